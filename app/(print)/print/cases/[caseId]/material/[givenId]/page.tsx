import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMaterialPrint } from "@/components/client-material/client-material-print";
import { reviewState } from "@/components/client-material/review-state";
import { getGivenClientMaterialForPrint } from "@/lib/data/client-material";
import { clientLanguageName } from "@/lib/client-material/languages";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";

type Params = { params: Promise<{ caseId: string; givenId: string }> };

export const generateMetadata = pageTitle("clientMaterial.print", "print");

/** A text given to the person on a case, in the very version recorded as given. */
export default async function GivenClientMaterialPrintPage({ params }: Params) {
  const { caseId, givenId } = await params;
  const printed = await getGivenClientMaterialForPrint(caseId, givenId);
  if (!printed) notFound();
  const t = await getTranslations("clientMaterial");
  const locale = await getLocale();
  const { given, text } = printed;
  const parts = [
    t("print.person", { name: `${printed.case.firstName} ${printed.case.lastName}` }) + ` (${printed.case.caseNumber})`,
    t("print.givenNote", {
      when: formatOfficeDateTime(given.givenAt),
      name: given.givenByName,
      version: given.version,
      review: reviewState({ language: given.language, ...text }, t),
    }),
    clientLanguageName(given.language, locale),
  ];
  if (given.consent) {
    const answer = given.consent === "CONSENTED" ? `${t("answers.CONSENTED")}: ${given.consentRecipients.map((r) => t(`recipients.${r}`)).join(", ")}` : t("answers.DECLINED");
    parts.push(t("print.recordedAnswer", { answer }));
  }
  return (
    <ClientMaterialPrint
      language={given.language}
      title={text.title}
      body={text.body}
      note={parts.join(" · ")}
      back={{ href: `/cases/${caseId}/material`, label: t("print.back") }}
      printLabel={t("print.print")}
    />
  );
}

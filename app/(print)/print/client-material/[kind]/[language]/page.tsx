import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMaterialPrint } from "@/components/client-material/client-material-print";
import { reviewState } from "@/components/client-material/review-state";
import { clientMaterialTextMetadata, type ClientMaterialTextParams } from "@/components/client-material/text-page";
import { findClientMaterialTextAt } from "@/lib/data/client-material";
import { authorize } from "@/lib/gate";
import { can } from "@/lib/permissions";

type Params = ClientMaterialTextParams;

export const generateMetadata = clientMaterialTextMetadata("clientMaterial.read", "print.title");

/** A text as it stands now, to read through or print, recording nothing on any case. */
export default async function ClientMaterialPreviewPage({ params, searchParams }: Params) {
  const user = await authorize("clientMaterial.read");
  const text = await findClientMaterialTextAt(params);
  if (!text) notFound();
  const t = await getTranslations("clientMaterial");
  // An adviser comes from a case (?case=…) and goes back to it; an administrator to the list.
  const caseId = (await searchParams).case;
  const back =
    typeof caseId === "string" && /^[A-Za-z0-9_-]{1,40}$/.test(caseId) && can(user.role, "clientMaterial.give")
      ? { href: `/cases/${caseId}/material`, label: t("print.back") }
      : { href: "/admin/client-material", label: t("print.backToList") };
  return (
    <ClientMaterialPrint
      language={text.language}
      title={text.title}
      body={text.body}
      note={t("print.previewNote", { version: text.version, review: reviewState(text, t) })}
      back={back}
      printLabel={t("print.print")}
    />
  );
}

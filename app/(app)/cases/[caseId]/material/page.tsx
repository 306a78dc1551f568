import Link from "next/link";
import { getLocale } from "next-intl/server";
import { Cell, Table } from "@/components/ui/table";
import { ClientMaterialTextsTable } from "@/components/client-material/texts-table";
import { listClientMaterialTexts, listGivenClientMaterial } from "@/lib/data/client-material";
import { CLIENT_LANGUAGES, clientLanguage, clientLanguageName } from "@/lib/client-material/languages";
import { GiveForm, type LanguageChoice } from "./_components/give-form";
import { giveClientMaterialAction } from "./actions";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { PageSection, Section } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";

export const generateMetadata = pageTitle("clientMaterial.case");

/**
 * The client material on a case: pick the text and the person's language,
 * record it as given and print it; what was given, in which version, when
 * and by whom; and every text to preview, with its review state.
 */
export default async function CaseMaterialPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: result, t } = await openCasePage(params, listGivenClientMaterial, "clientMaterial");
  const texts = await listClientMaterialTexts();
  const locale = await getLocale();
  const textOf = (kind: string, language: string) => texts.find((text) => text.kind === kind && text.language === language);
  const languages: LanguageChoice[] = CLIENT_LANGUAGES.filter((language) => textOf("INFORMATION_SHEET", language.code) || textOf("CONSENT", language.code)).map((language) => ({
    code: language.code,
    nativeName: language.nativeName,
    name: clientLanguageName(language.code, locale),
    unreviewed: { INFORMATION_SHEET: textOf("INFORMATION_SHEET", language.code)?.isUnreviewedTranslation ?? true, CONSENT: textOf("CONSENT", language.code)?.isUnreviewedTranslation ?? true },
  }));
  return (
    <PageSection id="material-heading" title={t("case.title")} intro={t("case.intro")}>
      {result.isOpen ? (
        <Section id="give-heading" title={t("case.giveHeading")} level={3} className="flex flex-col gap-2">
          <p className="max-w-prose text-sm text-slate-700">{t("case.giveHint")}</p>
          <GiveForm action={giveClientMaterialAction.bind(null, caseId)} languages={languages} />
        </Section>
      ) : (
        <p className="text-sm text-slate-700">{t("case.closed")}</p>
      )}

      <Section id="given-heading" title={t("case.givenHeading")} level={3} className="flex flex-col gap-2">
        {result.given.length === 0 ? (
          <p className="text-sm text-slate-700">{t("case.noneGiven")}</p>
        ) : (
          <Table caption={t("case.givenHeading")} headers={[t("case.given"), t("case.kind"), t("case.language"), t("case.version"), t("case.answer"), t("case.by"), t("case.printAgain")]}>
            {result.given.map((given) => (
              <tr key={given.id} data-testid="given-row">
                <Cell>
                  <time dateTime={given.givenAt.toISOString()}>{formatOfficeDateTime(given.givenAt)}</time>
                </Cell>
                <Cell>{t(`kinds.${given.kind}`)}</Cell>
                <Cell>
                  {clientLanguageName(given.language, locale)}
                  {given.wasReviewed ? null : <span className="block text-xs text-amber-900">{t("unreviewed")}</span>}
                </Cell>
                <Cell>{given.version}</Cell>
                <Cell>
                  {given.consent === null
                    ? "–"
                    : given.consent === "CONSENTED"
                      ? `${t("answers.CONSENTED")}: ${given.consentRecipients.map((recipient) => t(`recipients.${recipient}`)).join(", ")}`
                      : t("answers.DECLINED")}
                </Cell>
                <Cell>{given.givenByName}</Cell>
                <Cell>
                  <Link href={`/print/cases/${caseId}/material/${given.id}`} className="text-brand-700 underline">
                    {t("case.printAgain")}
                  </Link>
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section id="preview-heading" title={t("case.previewHeading")} level={3} className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">{t("case.previewHint")}</p>
        <ClientMaterialTextsTable
          caption={t("case.previewHeading")}
          languageHeader={t("case.language")}
          languages={languages.map((language) => ({ ...language, tag: clientLanguage(language.code)?.tag }))}
          texts={texts}
          linkLabel={t("case.preview")}
          hrefOf={(slug, code) => `/print/client-material/${slug}/${code}?case=${caseId}`}
          t={t}
        />
      </Section>
    </PageSection>
  );
}

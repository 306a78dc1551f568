import Link from "next/link";
import { getLocale } from "next-intl/server";
import { Cell, Table } from "@/components/ui/table";
import { CLIENT_SCRIPT_CLASS } from "@/components/client-material/script-fonts";
import { reviewState } from "@/components/client-material/review-state";
import { listClientMaterialTexts, listGivenClientMaterial } from "@/lib/data/client-material";
import { CLIENT_LANGUAGES, clientLanguage, clientLanguageName } from "@/lib/client-material/languages";
import { kindSlug } from "@/lib/client-material/kinds";
import { CLIENT_MATERIAL_KINDS } from "@/lib/vocabularies/client-material";
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
        <Table caption={t("case.previewHeading")} headers={[t("case.language"), ...CLIENT_MATERIAL_KINDS.map((kind) => t(`kinds.${kind}`))]}>
          {languages.map((language) => (
            <tr key={language.code}>
              <Cell>
                <span lang={clientLanguage(language.code)?.tag} dir="auto" className={`${CLIENT_SCRIPT_CLASS} block`}>
                  {language.nativeName}
                </span>
                <span className="text-xs text-slate-700">{language.name}</span>
              </Cell>
              {CLIENT_MATERIAL_KINDS.map((kind) => {
                const text = textOf(kind, language.code);
                return (
                  <Cell key={kind}>
                    {text ? (
                      <>
                        <Link href={`/print/client-material/${kindSlug(kind)}/${language.code}?case=${caseId}`} className="text-brand-700 underline">
                          {t("case.preview")}
                          <span className="sr-only">
                            {" "}
                            {t(`kinds.${kind}`)}, {language.name}
                          </span>
                        </Link>
                        <span className={`block text-xs ${text.isUnreviewedTranslation ? "text-amber-900" : "text-slate-700"}`}>{reviewState(text, t)}</span>
                      </>
                    ) : (
                      "–"
                    )}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </Table>
      </Section>
    </PageSection>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Cell, Table } from "@/components/ui/table";
import { CLIENT_SCRIPT_CLASS } from "@/components/client-material/script-fonts";
import { reviewState } from "@/components/client-material/review-state";
import { authorize } from "@/lib/gate";
import { listClientMaterialTexts } from "@/lib/data/client-material";
import { CLIENT_LANGUAGES, clientLanguageName } from "@/lib/client-material/languages";
import { kindSlug } from "@/lib/client-material/kinds";
import { CLIENT_MATERIAL_KINDS } from "@/lib/vocabularies/client-material";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("clientMaterial.admin");

/** Every client-material text by language, with its version and whether a translator has reviewed it. */
export default async function ClientMaterialAdminPage() {
  await authorize("clientMaterial.edit");
  const texts = await listClientMaterialTexts();
  const t = await getTranslations("clientMaterial");
  const locale = await getLocale();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
      <p className="max-w-prose text-sm text-slate-700">{t("admin.intro")}</p>
      <Table caption={t("admin.title")} headers={[t("admin.language"), ...CLIENT_MATERIAL_KINDS.map((kind) => t(`kinds.${kind}`))]}>
        {CLIENT_LANGUAGES.map((language) => (
          <tr key={language.code}>
            <Cell>
              <span lang={language.tag} dir="auto" className={`${CLIENT_SCRIPT_CLASS} block`}>
                {language.nativeName}
              </span>
              <span className="text-xs text-slate-700">{clientLanguageName(language.code, locale)}</span>
            </Cell>
            {CLIENT_MATERIAL_KINDS.map((kind) => {
              const text = texts.find((candidate) => candidate.kind === kind && candidate.language === language.code);
              return (
                <Cell key={kind}>
                  {text ? (
                    <>
                      <Link href={`/admin/client-material/${kindSlug(kind)}/${language.code}`} className="text-brand-700 underline">
                        {t("admin.edit")}
                        <span className="sr-only">
                          {" "}
                          {t(`kinds.${kind}`)}, {clientLanguageName(language.code, locale)}
                        </span>
                      </Link>
                      <span className="block text-xs text-slate-700">
                        {t("admin.version")} {text.version}
                      </span>
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
    </div>
  );
}

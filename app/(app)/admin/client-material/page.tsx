import { getLocale, getTranslations } from "next-intl/server";
import { ClientMaterialTextsTable } from "@/components/client-material/texts-table";
import { authorize } from "@/lib/gate";
import { listClientMaterialTexts } from "@/lib/data/client-material";
import { CLIENT_LANGUAGES, clientLanguageName } from "@/lib/client-material/languages";
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
      <ClientMaterialTextsTable
        caption={t("admin.title")}
        languageHeader={t("admin.language")}
        languages={CLIENT_LANGUAGES.map((language) => ({ ...language, name: clientLanguageName(language.code, locale) }))}
        texts={texts}
        linkLabel={t("admin.edit")}
        hrefOf={(slug, code) => `/admin/client-material/${slug}/${code}`}
        showVersion
        t={t}
      />
    </div>
  );
}

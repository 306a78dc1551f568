import { getTranslations } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { setLanguageAction } from "../actions";

/** Plain forms, so switching works before JavaScript has loaded. */
export async function LanguageSwitch({ current }: { current: string }) {
  const t = await getTranslations("app");
  return (
    <nav aria-label={t("language")} className="flex gap-1 text-sm">
      {LOCALES.map((locale) => (
        <form key={locale} action={setLanguageAction}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
            className={`rounded px-2 py-1 ${locale === current ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
          >
            {locale === "sv" ? "Svenska" : "English"}
          </button>
        </form>
      ))}
    </nav>
  );
}

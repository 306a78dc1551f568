export const LOCALES = ["sv", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "sv";
/** Set for visitors who are not signed in; a signed-in user's own setting wins. */
export const LOCALE_COOKIE = "hemvag-locale";

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

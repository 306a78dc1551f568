import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { checkAccess } from "@/lib/gate";
import { DEFAULT_LOCALE, isAppLocale, LOCALE_COOKIE, type AppLocale } from "./locales";
import { loadMessages } from "./messages";

// No locale in URLs: a signed-in user's own setting decides (the lookup is
// cached per request and pages make it anyway); before sign-in, a cookie the
// language switch sets.
async function resolveLocale(): Promise<AppLocale> {
  // Any sign-in, finished or not: the sign-in steps speak the user's language too.
  const access = await checkAccess({ allowIncompleteSession: true }).catch(() => null);
  if (access?.ok && isAppLocale(access.user.locale)) return access.user.locale;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isAppLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    timeZone: "Europe/Stockholm",
    messages: await loadMessages(locale),
  };
});

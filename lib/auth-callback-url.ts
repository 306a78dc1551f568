// Auth.js answers 500 (InvalidCallbackUrl) to a callbackUrl query parameter
// that is not a URL; the HTTP fuzz found it on every /api/auth route (issue 12
// L4). The route handler drops such a parameter before Auth.js reads it: only
// a path of ours ("/…", not "//…") or an address on the request's own origin stays.

/** The URL without an implausible callbackUrl; the same URL object when nothing is dropped. */
export function withoutBadCallbackUrl(url: URL): URL {
  const value = url.searchParams.get("callbackUrl");
  // Any parameter with control characters (the fuzz sent "error=\u0007\u001b[31m" to /api/auth/error) goes too.
  const controlled = [...url.searchParams.entries()].filter(([, v]) => CONTROL.test(v)).map(([k]) => k);
  if ((value === null || isPlausibleCallbackUrl(value, url.origin)) && controlled.length === 0) return url;
  const cleaned = new URL(url);
  if (value !== null && !isPlausibleCallbackUrl(value, url.origin)) cleaned.searchParams.delete("callbackUrl");
  for (const key of controlled) cleaned.searchParams.delete(key);
  return cleaned;
}

const CONTROL = /[\u0000-\u001F\u007F]/;

function isPlausibleCallbackUrl(value: string, origin: string): boolean {
  if (CONTROL.test(value)) return false;
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  try {
    return new URL(value).origin === origin;
  } catch {
    return false;
  }
}

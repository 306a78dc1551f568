// Auth.js answers 500 (InvalidCallbackUrl) to a callbackUrl query parameter
// that is not a URL; the HTTP fuzz found it on every /api/auth route (issue 12
// L4). The route handler drops such a parameter before Auth.js reads it: only
// a path of ours ("/…", not "//…") or an address on the request's own origin stays.

/** The URL without an implausible callbackUrl; the same URL object when nothing is dropped. */
export function withoutBadCallbackUrl(url: URL): URL {
  const value = url.searchParams.get("callbackUrl");
  if (value === null || isPlausibleCallbackUrl(value, url.origin)) return url;
  const cleaned = new URL(url);
  cleaned.searchParams.delete("callbackUrl");
  return cleaned;
}

function isPlausibleCallbackUrl(value: string, origin: string): boolean {
  if (/[\u0000-\u001F\u007F]/.test(value)) return false;
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  try {
    return new URL(value).origin === origin;
  } catch {
    return false;
  }
}

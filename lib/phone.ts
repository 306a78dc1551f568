import { parsePhoneNumberFromString } from "libphonenumber-js";

// Phone numbers as people type them in a Swedish office ("070-123 45 67",
// "08-123 456 78", "+46 70…", "00387 61…") are stored as E.164 ("+46701234567")
// and shown the Swedish way: national format for Swedish numbers, international
// format for the rest. Browser-safe (the form hint and the pages share it).

/** Numbers without a country prefix are Swedish. */
const HOME_COUNTRY = "SE";

/** The E.164 form of a typed number, or null when it is not a number that can be dialled. */
export function parsePhone(typed: string): string | null {
  // Only what people write in a number: digits, spaces, + ( ) - . and /.
  if (!/^[+\d\s().\-/]{3,40}$/.test(typed)) return null;
  const parsed = parsePhoneNumberFromString(typed, HOME_COUNTRY);
  return parsed?.isValid() ? parsed.number : null;
}

/** "+46701234567" → "070-123 45 67"; "+38761234567" → "+387 61 234 567"; anything else as it is. */
export function formatPhone(stored: string): string {
  const parsed = parsePhoneNumberFromString(stored, HOME_COUNTRY);
  if (!parsed?.isValid()) return stored;
  return parsed.country === HOME_COUNTRY ? parsed.formatNational() : parsed.formatInternational();
}

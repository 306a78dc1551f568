// Languages as ISO 639-1 codes, plus the ISO 639-3 codes the office's
// interpreters are booked by where 639-1 lumps languages together (Dari,
// Sorani, Kurmanji). Names come from Intl.DisplayNames. Browser-safe.

/**
 * Languages people speak and interpreters are booked in. Not "ku": Kurdish is
 * booked as Sorani (ckb) or Kurmanji (kmr), and the macro code showed a second
 * "Kurdish" beside them; not Norwegian twice (no, not nb/nn); no dead or
 * constructed languages (Avestan, Church Slavic, Pali, Latin, Sanskrit,
 * Esperanto, Ido, Interlingua, Interlingue, Volapük); not Twi (tw) beside
 * Akan (ak), which CLDR names the same. A stored code that is
 * no longer offered is still named; saving it again asks for a choice.
 */
export const LANGUAGE_CODES = [
  "aa", "ab", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm",
  "bn", "bo", "br", "bs", "ca", "ce", "ch", "ckb", "co", "cr", "cs", "cv", "cy", "da", "de", "dv",
  "dz", "ee", "el", "en", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd",
  "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "id", "ig", "ii",
  "ik", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kmr", "kn", "ko",
  "kr", "ks", "kv", "kw", "ky", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi",
  "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nd", "ne", "ng", "nl", "no", "nr", "nv", "ny",
  "oc", "oj", "om", "or", "os", "pa", "pl", "prs", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw",
  "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv",
  "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "ty", "ug",
  "uk", "ur", "uz", "ve", "vi", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
] as const;

export type LanguageCode = (typeof LANGUAGE_CODES)[number];

const CODE_SET: ReadonlySet<string> = new Set(LANGUAGE_CODES);

export function isLanguageCode(value: string): value is LanguageCode {
  return CODE_SET.has(value);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** Names CLDR gives too vaguely for booking an interpreter ("kmr" is plain "kurdiska" there). */
const OWN_NAMES: Record<string, Record<string, string>> = {
  ckb: { sv: "kurdiska (sorani)", en: "Kurdish (Sorani)" },
  kmr: { sv: "kurdiska (kurmanji)", en: "Kurdish (Kurmanji)" },
};

/** "ar" → "arabiska" (sv) or "Arabic" (en). */
export function languageName(code: string, locale: string): string {
  const own = OWN_NAMES[code]?.[locale.slice(0, 2)];
  if (own) return own;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

export function languageOptions(locale: string): { value: LanguageCode; label: string }[] {
  const collator = new Intl.Collator(locale);
  return LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));
}

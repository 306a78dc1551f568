// Languages as ISO 639-1 codes, plus the ISO 639-3 codes the office's
// interpreters are booked by where 639-1 lumps languages together (Dari,
// Sorani, Kurmanji). Names come from Intl.DisplayNames. Browser-safe.

import { codeLookup } from "@/lib/code-lookup";

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

/** Names CLDR gives too vaguely for booking an interpreter ("kmr" is plain "kurdiska" there). */
const OWN_NAMES: Record<string, Record<string, string>> = {
  ckb: { sv: "kurdiska (sorani)", en: "Kurdish (Sorani)" },
  kmr: { sv: "kurdiska (kurmanji)", en: "Kurdish (Kurmanji)" },
};

const LANGUAGES = codeLookup(LANGUAGE_CODES, "language", OWN_NAMES);

export const isLanguageCode: (value: string) => value is LanguageCode = LANGUAGES.isCode;

/** "ar" → "arabiska" (sv) or "Arabic" (en). */
export const languageName: (code: string, locale: string) => string = LANGUAGES.name;

export const languageOptions: (locale: string) => { value: LanguageCode; label: string }[] = LANGUAGES.options;

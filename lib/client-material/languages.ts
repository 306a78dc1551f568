// The languages the office gives its client material in: the languages of
// the people it meets (destinations in the seeds: Bosnia, Iraq, Iran,
// Afghanistan, Somalia, Eritrea, Kosovo…). Codes as in lib/languages.ts
// (ISO 639-1, and 639-3 where 639-1 lumps languages: Dari "prs", Sorani
// "ckb", Kurmanji "kmr"). Bosnian, Croatian and Serbian share one text in
// Latin script, under "bs". Browser-safe: the picker and the print view use it.

export type TextDirection = "ltr" | "rtl";
/** Which self-hosted font family a language's script needs (lib/client-material/fonts). */
export type Script = "latin" | "cyrillic" | "arabic" | "ethiopic";

type ClientLanguage = {
  code: string;
  /** BCP 47 tag for the `lang` attribute (browsers pick shaping and hyphenation by it). */
  tag: string;
  /** The language's name in itself, for the person to point at. */
  nativeName: string;
  script: Script;
  dir: TextDirection;
};

export const CLIENT_LANGUAGES = [
  { code: "sv", tag: "sv", nativeName: "svenska", script: "latin", dir: "ltr" },
  { code: "en", tag: "en", nativeName: "English", script: "latin", dir: "ltr" },
  { code: "ar", tag: "ar", nativeName: "العربية", script: "arabic", dir: "rtl" },
  { code: "prs", tag: "prs", nativeName: "دری", script: "arabic", dir: "rtl" },
  { code: "fa", tag: "fa", nativeName: "فارسی", script: "arabic", dir: "rtl" },
  { code: "so", tag: "so", nativeName: "Soomaali", script: "latin", dir: "ltr" },
  { code: "ti", tag: "ti", nativeName: "ትግርኛ", script: "ethiopic", dir: "ltr" },
  { code: "bs", tag: "bs", nativeName: "bosanski / hrvatski / srpski", script: "latin", dir: "ltr" },
  { code: "ckb", tag: "ckb", nativeName: "کوردیی ناوەندی (سۆرانی)", script: "arabic", dir: "rtl" },
  { code: "kmr", tag: "kmr", nativeName: "Kurdî (Kurmancî)", script: "latin", dir: "ltr" },
  { code: "ru", tag: "ru", nativeName: "русский", script: "cyrillic", dir: "ltr" },
  { code: "uk", tag: "uk", nativeName: "українська", script: "cyrillic", dir: "ltr" },
  { code: "tr", tag: "tr", nativeName: "Türkçe", script: "latin", dir: "ltr" },
  { code: "am", tag: "am", nativeName: "አማርኛ", script: "ethiopic", dir: "ltr" },
] as const satisfies readonly ClientLanguage[];

export type ClientLanguageCode = (typeof CLIENT_LANGUAGES)[number]["code"];

/** The language the texts are written in first; the others are translations of it. */
export const SOURCE_LANGUAGE: ClientLanguageCode = "sv";

const BY_CODE: ReadonlyMap<string, ClientLanguage> = new Map(CLIENT_LANGUAGES.map((language) => [language.code, language]));

export const CLIENT_LANGUAGE_CODES = CLIENT_LANGUAGES.map((language) => language.code) as [ClientLanguageCode, ...ClientLanguageCode[]];

export function isClientLanguage(value: string): value is ClientLanguageCode {
  return BY_CODE.has(value);
}

export function clientLanguage(code: string): ClientLanguage | null {
  return BY_CODE.get(code) ?? null;
}

/** "Bosnian/Croatian/Serbian" reads better than Intl's "bosniska" for the shared text. */
export function clientLanguageName(code: string, locale: string): string {
  if (code === "bs") return locale === "sv" ? "bosniska/kroatiska/serbiska" : "Bosnian/Croatian/Serbian";
  if (code === "prs") return locale === "sv" ? "dari" : "Dari";
  if (code === "ckb") return locale === "sv" ? "kurdiska (sorani)" : "Kurdish (Sorani)";
  if (code === "kmr") return locale === "sv" ? "kurdiska (kurmanji)" : "Kurdish (Kurmanji)";
  const names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  return names.of(code) ?? code;
}

/** A translation needs a translator's review; the source text does not. */
export function needsReview(code: string): boolean {
  return code !== SOURCE_LANGUAGE;
}

// Dari, Persian, Arabic and Sorani texts wrap phone numbers in U+2066/U+2069 (left-to-right isolate), so "+46 771-235 235" keeps its order inside right-to-left text.
/** One language's client information sheet and consent form (lib/seed/client-material.ts). */
export type LanguageTexts = {
  sheet: { title: string; body: string };
  consent: { title: string; body: string };
};

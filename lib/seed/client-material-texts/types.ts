/** One language's client information sheet and consent form (lib/seed/client-material.ts). */
export type LanguageTexts = {
  sheet: { title: string; body: string };
  consent: { title: string; body: string };
};

import "server-only";
import { getLocale } from "next-intl/server";
import { countryOptions } from "@/lib/countries";
import { languageOptions } from "@/lib/languages";
import type { CaseFieldOptions } from "./case-fields";

/** Country and language choices in the reader's language, computed once per locale. */
const cache = new Map<string, CaseFieldOptions>();

export async function caseFieldOptions(): Promise<CaseFieldOptions> {
  const locale = await getLocale();
  let options = cache.get(locale);
  if (!options) {
    options = { countries: countryOptions(locale), languages: languageOptions(locale) };
    cache.set(locale, options);
  }
  return options;
}

import { createTranslator } from "next-intl";
import { formatSek, type RuleSet } from "@/lib/eligibility";
import { formatDateLong } from "@/lib/eligibility/dates";
import en from "@/messages/en/guidance-wizard.json";
import sv from "@/messages/sv/guidance-wizard.json";

// The wizard's words, from the message catalogues, in both languages at once: the page shows
// one, and the staff member may read the other to the person. Dates and amounts come from the
// rule set in force and are filled into the texts (ICU placeholders such as {cutoff}).

export type Language = "sv" | "en";
export type LocalizedText = { sv: string; en: string };

export const WIZARD_NAMESPACE = "guidanceWizardContent";
export const WIZARD_CATALOGUES = { sv, en } as const;

/** The values a text may quote; the yes/no ones choose between wordings (ICU select). */
function textValues(ruleSet: RuleSet, language: Language): Record<string, string> {
  const cap = (code: string) => ruleSet.caps.find((entry) => entry.code === code);
  const amount = (value: number | undefined) => (value === undefined ? "" : formatSek(value, language));
  const yesNo = (value: unknown) => (value ? "yes" : "no");
  const family = cap("CAP_FAMILY_TOTAL");
  const couple = cap("CAP_COUPLE");
  const household = cap("CAP_HOUSEHOLD");
  const cutoff = ruleSet.permitGrantedOnOrBefore;
  return {
    cutoff: cutoff ? formatDateLong(cutoff, language) : "",
    hasCutoff: yesNo(cutoff),
    perAdult: amount(ruleSet.perAdultSek),
    perChild: amount(ruleSet.perChildSek),
    familyCap: amount(family?.maxSek),
    hasFamilyCap: yesNo(family),
    coupleCap: amount(couple?.maxSek),
    hasCoupleCap: yesNo(couple),
    householdCap: amount(household?.maxSek),
    hasHouseholdCap: yesNo(household),
    mustLiveTogether: yesNo(ruleSet.requiresLivingWithApplicant),
  };
}

export type WizardTexts = {
  /** The text at `key` (below guidanceWizardContent) in both languages. */
  text: (key: string) => LocalizedText;
  /** Whether the catalogues hold a text at `key`, for the optional ones such as hints. */
  has: (key: string) => boolean;
};

const cache = new Map<string, WizardTexts>();

/** A rule set's texts never change, and formatting parses the message each time: each is made once. */
function remembered<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key) as T;
  };
}

/** The wizard's texts with the dates and amounts of `ruleSet` filled in. */
export function wizardTexts(ruleSet: RuleSet): WizardTexts {
  const cached = cache.get(ruleSet.id);
  if (cached) return cached;
  const translator = (language: Language) => {
    // Keys come from the table, checked against both catalogues when it loads, so untyped here.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped on purpose, see above
    const messages: Record<string, any> = WIZARD_CATALOGUES[language];
    const t = createTranslator({ locale: language, messages, namespace: WIZARD_NAMESPACE });
    const values = textValues(ruleSet, language);
    return { text: (key: string) => t(key, values), has: (key: string) => t.has(key) };
  };
  const texts = { sv: translator("sv"), en: translator("en") };
  const wizard: WizardTexts = {
    text: remembered((key) => ({ sv: texts.sv.text(key), en: texts.en.text(key) })),
    has: remembered((key) => texts.sv.has(key)),
  };
  cache.set(ruleSet.id, wizard);
  return wizard;
}

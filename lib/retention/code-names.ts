// The names a reader sees for the stored codes in a person's extract and the
// archive's case record ("IN_PERSON" is "Besök", "CHILD" is "Barn"), taken from
// the same message catalogues as the app's pages, so a code has one name
// everywhere. The JSON in the extract keeps the codes: it is the machine-readable
// copy; the PDF is for the person.
import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";
import type { LetterLanguage } from "@/lib/referrals/letter-content";

/** Where each vocabulary's names stand in the catalogues ({code} is the stored value). */
const KEYS = {
  caseStatus: "caseStatus.{code}",
  caseOutcome: "caseOutcome.{code}",
  relation: "householdRelation.{code}",
  asylumStatus: "asylumStatus.{code}",
  gender: "gender.{code}",
  permitGround: "permitGround.{code}",
  sessionMode: "casework.modes.{code}",
  topic: "casework.topics.{code}",
  journalKind: "journal.kinds.{code}",
  planStep: "plan.kinds.{code}.title",
  planStepStatus: "plan.statuses.{code}",
  referralType: "referrals.types.{code}",
  referralStatus: "referrals.statuses.{code}",
  referralDecision: "referrals.decisions.{code}",
  eligibilityOutcome: "eligibility.result.outcome.{code}",
  role: "roles.{code}",
} as const;

export type Vocabulary = keyof typeof KEYS;
/** A code's name in the reader's language; a code without a name stays as it is. */
export type CodeNames = (vocabulary: Vocabulary, code: string | null) => string;

export async function codeNamesIn(language: LetterLanguage): Promise<CodeNames> {
  const translate = createTranslator({ locale: language, messages: (await loadMessages(language)) as never });
  return (vocabulary, code) => {
    if (code === null || code === "") return "–";
    const key = KEYS[vocabulary].replace("{code}", code);
    return translate.has(key as never) ? translate(key as never) : code;
  };
}

import type { ReasonCode, Severity } from "@/lib/eligibility";
import { ARTICLE, type ArticleSlug } from "./slugs";

// The guidance wizard's questions and outcomes as data: a table a content editor could own.
// Each question lists its answers and where each leads; each outcome lists its referrals,
// what to say, which of the eligibility engine's notes to show and which articles to read.
// The words themselves are in the message catalogues (messages/<locale>/guidance-wizard.json,
// namespace guidanceWizardContent), under the keys this table names. wizard-table-check.ts
// checks the table when it loads: every answer leads somewhere real, every question can be
// reached, no walk goes round in a circle, and every text exists in both languages.

export const QUESTION_IDS = ["citizen", "permit", "asylum", "ground", "permanent", "grantedBy", "registered", "destination"] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const OUTCOME_CODES = [
  "SWEDISH_CITIZEN",
  "REESTABLISHMENT_SUPPORT",
  "ASYLUM_PENDING",
  "NO_PERMIT",
  "TEMPORARY_PROTECTION",
  "GROUND_NOT_QUALIFYING",
  "FAMILY_MEMBER",
  "GRANT_MAY_APPLY",
  "GRANT_NOT_AVAILABLE",
  "CHECK_WITH_OFFICE",
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** Where an answer leads: another question, an outcome, or the eligibility engine's verdict (VERDICTS). */
export type Target = { question: QuestionId } | { outcome: OutcomeCode } | { verdict: true };

/**
 * Conditions the rules in force set on a question, by name (wizard-engine.ts says what each
 * means): a question whose condition does not hold for the ground given is skipped.
 */
export type AskCondition = "permitMustBePermanent" | "permitDateCounts" | "registrationCounts" | "groundQualifies";

export type QuestionRow = {
  /** Answer value (its label is answers.<value>.label) → where it leads, in the order shown. */
  answers: Record<string, Target>;
  /** Asked only when this holds; otherwise the walk goes on to `otherwise`. */
  askWhen?: AskCondition;
  otherwise?: Target;
  /** Before asking, let the engine judge the answers so far, and end at its verdict when they already rule the grant out. */
  endsWhenRuledOut?: boolean;
};

export const FIRST_QUESTION: QuestionId = "citizen";

const grantQuestion = (next: Target, askWhen: AskCondition): QuestionRow => ({
  answers: { YES: next, NO: next, UNKNOWN: next },
  askWhen,
  otherwise: next,
  endsWhenRuledOut: true,
});

/** Texts: questions.<id>.text, optional .hint, and .ifUnknown (what to find out) for a question with an UNKNOWN answer. */
export const QUESTIONS: Record<QuestionId, QuestionRow> = {
  citizen: { answers: { YES: { outcome: "SWEDISH_CITIZEN" }, NO: { question: "permit" } } },
  permit: { answers: { YES: { question: "ground" }, NO: { question: "asylum" } } },
  asylum: {
    answers: {
      REJECTED_OR_WITHDRAWN: { outcome: "REESTABLISHMENT_SUPPORT" },
      PENDING: { outcome: "ASYLUM_PENDING" },
      NEVER: { outcome: "NO_PERMIT" },
    },
  },
  // Grounds as the person's decision from Migrationsverket names them; the engine judges each.
  ground: {
    answers: {
      REFUGEE: { question: "permanent" },
      SUBSIDIARY_PROTECTION: { question: "permanent" },
      QUOTA_REFUGEE: { question: "permanent" },
      EXCEPTIONALLY_DISTRESSING: { question: "permanent" },
      UPPER_SECONDARY_SCHOOL_LAW: { question: "permanent" },
      TEMPORARY_LAW_2016: { question: "permanent" },
      FAMILY_TIES: { outcome: "FAMILY_MEMBER" },
      TEMPORARY_PROTECTION_DIRECTIVE: { question: "permanent" },
      WORK: { question: "permanent" },
      STUDIES: { question: "permanent" },
      OTHER: { question: "permanent" },
      UNKNOWN: { outcome: "CHECK_WITH_OFFICE" },
    },
  },
  // The grant questions: each asked only when the rules in force make it matter for the
  // ground given, and not at all once an answer has ruled the grant out.
  permanent: grantQuestion({ question: "grantedBy" }, "permitMustBePermanent"),
  grantedBy: grantQuestion({ question: "registered" }, "permitDateCounts"),
  registered: grantQuestion({ question: "destination" }, "registrationCounts"),
  destination: {
    answers: { HOME_COUNTRY: { verdict: true }, OTHER_COUNTRY: { verdict: true }, UNDECIDED: { verdict: true } },
    askWhen: "groundQualifies",
    otherwise: { verdict: true },
    endsWhenRuledOut: true,
  },
};

/**
 * The engine's verdict on the answers (one adult, unknowns taken the favourable way) as an
 * outcome: the first row that fits. `blockedBy` fits a NOT_ELIGIBLE verdict with that
 * blocking reason ("ANY": any); `answered` fits when some answer has that value.
 */
export type VerdictRow = { blockedBy?: ReasonCode | "ANY"; answered?: string; outcome: OutcomeCode };

export const VERDICTS: readonly VerdictRow[] = [
  { blockedBy: "TEMPORARY_PROTECTION_DIRECTIVE", outcome: "TEMPORARY_PROTECTION" },
  { blockedBy: "GROUND_NOT_QUALIFYING", outcome: "GROUND_NOT_QUALIFYING" },
  { blockedBy: "ANY", outcome: "GRANT_NOT_AVAILABLE" },
  { answered: "UNKNOWN", outcome: "CHECK_WITH_OFFICE" },
  { outcome: "GRANT_MAY_APPLY" },
];

export type ReferralId = "migrationsverket" | "receptionOfficer" | "office";

/** Texts: referrals.<id>.organisation and .route. */
export const REFERRALS: Record<ReferralId, { url?: string }> = {
  migrationsverket: { url: "https://www.migrationsverket.se" },
  receptionOfficer: { url: "https://www.migrationsverket.se" },
  office: {},
};

/** Shown only when every listed answer was given and the rules in force warn of the EU/EEA rule, if that is asked. */
export type LineCondition = { answers?: Partial<Record<QuestionId, string>>; rulesWarnEuEea?: true };

/** One point of what to say: a text (say.<key>), or one that the engine or the answers supply. */
export type SayLine =
  | { say: string; when?: LineCondition }
  /** The texts of the engine's notes that rule the grant out. */
  | { from: "blockingNotes" }
  /** The engine's alternatives to the grant (återetableringsstöd and the like). */
  | { from: "alternatives" }
  /** What to find out, for each question answered "don't know" (questions.<id>.ifUnknown). */
  | { from: "unknownAnswers" };

export type OutcomeRow = {
  /** Where to refer, most important first. */
  referTo: ReferralId[];
  /** What to tell the person, one point each, in order. */
  say: SayLine[];
  /** Which of the engine's notes to show, by severity (none when the engine ran on guesses). */
  notes: Severity[];
  /** Whether the engine's verdict and the rules it used are shown. */
  showsVerdict: boolean;
  /** Articles to read; "GRANT_RULES_IN_FORCE" is the article on the grant rules of the day. */
  articles: (ArticleSlug | "GRANT_RULES_IN_FORCE")[];
  /** Offers the grant calculator, to those allowed to use it. */
  offersCalculator: boolean;
};

/** Texts: outcomes.<code>.title, and the say.<key> each line names. */
export const OUTCOMES: Record<OutcomeCode, OutcomeRow> = {
  SWEDISH_CITIZEN: {
    referTo: ["office", "migrationsverket"],
    say: [{ say: "swedishCitizenNoGrant" }, { say: "noMunicipalGrant" }, { say: "officeMoveInformation" }],
    notes: ["BLOCKS"],
    showsVerdict: true,
    articles: [ARTICLE.swedishCitizens, ARTICLE.whoQualifies, ARTICLE.office],
    offersCalculator: false,
  },
  REESTABLISHMENT_SUPPORT: {
    referTo: ["receptionOfficer"],
    say: [{ say: "rejectedNoGrant" }, { from: "alternatives" }],
    notes: ["BLOCKS"],
    showsVerdict: true,
    articles: [ARTICLE.reestablishment, ARTICLE.terminology, ARTICLE.contacts],
    offersCalculator: false,
  },
  ASYLUM_PENDING: {
    referTo: ["receptionOfficer"],
    say: [{ say: "noPermitNoGrant" }, { say: "withdrawMayGetSupport" }, { say: "noAsylumAdvice" }],
    notes: ["BLOCKS"],
    showsVerdict: true,
    articles: [ARTICLE.reestablishment, ARTICLE.terminology, ARTICLE.contacts],
    offersCalculator: false,
  },
  NO_PERMIT: {
    referTo: ["migrationsverket"],
    say: [{ say: "grantRequiresPermit" }, { say: "referToMigrationsverket" }],
    notes: ["BLOCKS"],
    showsVerdict: true,
    articles: [ARTICLE.whoQualifies, ARTICLE.contacts],
    offersCalculator: false,
  },
  TEMPORARY_PROTECTION: {
    referTo: ["migrationsverket"],
    say: [{ from: "blockingNotes" }, { say: "referForReturn" }],
    notes: ["BLOCKS"],
    showsVerdict: true,
    articles: [ARTICLE.whoQualifies, ARTICLE.contacts],
    offersCalculator: false,
  },
  GROUND_NOT_QUALIFYING: {
    referTo: ["office", "migrationsverket"],
    say: [{ from: "blockingNotes" }, { say: "stillCounselling" }],
    notes: ["BLOCKS"],
    showsVerdict: true,
    articles: [ARTICLE.whoQualifies, ARTICLE.office],
    offersCalculator: false,
  },
  FAMILY_MEMBER: {
    referTo: ["office", "migrationsverket"],
    say: [{ say: "familyConditions" }, { say: "referHousehold" }, { say: "noMunicipalGrant" }],
    notes: [],
    // The engine judged the family member as if they were the applicant: not an answer here.
    showsVerdict: false,
    articles: ["GRANT_RULES_IN_FORCE", ARTICLE.whoQualifies, ARTICLE.office],
    offersCalculator: true,
  },
  GRANT_MAY_APPLY: {
    referTo: ["migrationsverket", "office"],
    say: [
      { say: "mayBeEntitled" },
      { say: "amounts" },
      { say: "commonRefusals" },
      { say: "otherCountry", when: { answers: { destination: "OTHER_COUNTRY" } } },
      { say: "euEeaReported", when: { answers: { destination: "OTHER_COUNTRY" }, rulesWarnEuEea: true } },
      { say: "voluntary", when: { answers: { destination: "UNDECIDED" } } },
      { say: "offerCounselling" },
    ],
    notes: ["WARNS", "INFO"],
    showsVerdict: true,
    articles: ["GRANT_RULES_IN_FORCE", ARTICLE.whoQualifies, ARTICLE.contacts],
    offersCalculator: true,
  },
  GRANT_NOT_AVAILABLE: {
    referTo: ["office", "migrationsverket"],
    say: [{ from: "blockingNotes" }, { say: "migrationsverketAssesses" }],
    notes: ["BLOCKS"],
    showsVerdict: true,
    articles: ["GRANT_RULES_IN_FORCE", ARTICLE.whoQualifies, ARTICLE.office],
    offersCalculator: false,
  },
  CHECK_WITH_OFFICE: {
    referTo: ["office", "migrationsverket"],
    say: [{ say: "answersNotEnough" }, { from: "unknownAnswers" }, { say: "bringDecision" }],
    notes: [],
    // The engine ran with the unknowns taken the favourable way: its verdict is not an answer here.
    showsVerdict: false,
    articles: [ARTICLE.whoQualifies, "GRANT_RULES_IN_FORCE", ARTICLE.office],
    offersCalculator: false,
  },
};

/**
 * Engine notes the wizard words itself, because the engine's text quotes a date or a
 * country the wizard never asked for: "own" (engineNotes.<code>) or "hidden".
 */
export const ENGINE_NOTE_WORDING: Partial<Record<ReasonCode, "own" | "hidden">> = {
  PERMIT_AFTER_CUTOFF: "own",
  DESTINATION_NOT_HOME_COUNTRY: "hidden",
  DESTINATION_EU_EEA: "hidden",
};

/** The whole table, as wizard-table-check.ts reads it. */
export type WizardTable = {
  first: string;
  questions: Record<string, QuestionRow>;
  outcomes: Record<string, OutcomeRow>;
  verdicts: readonly VerdictRow[];
  referrals: Record<string, { url?: string }>;
  engineNoteWording: Partial<Record<string, "own" | "hidden">>;
};

export const WIZARD_TABLE: WizardTable = {
  first: FIRST_QUESTION,
  questions: QUESTIONS,
  outcomes: OUTCOMES,
  verdicts: VERDICTS,
  referrals: REFERRALS,
  engineNoteWording: ENGINE_NOTE_WORDING,
};

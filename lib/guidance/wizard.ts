// "Var ska personen vända sig?": a few questions for city staff that end in
// where to refer, what to say and which guidance to read. Pure: no I/O, no
// clock (today comes in), so pages, tests and a browser bundle can use it.
//
// The questions and their branches are data (QUESTIONS, BRANCHES). Where the
// return grant is the question, the eligibility engine decides, with a
// minimal household of one adult built from the answers; no answer identifies
// anyone, and nothing is stored: the answers live only in the URL.
import {
  checkEligibility,
  fallbackRuleSet,
  formatSek,
  ruleSetFor,
  type EligibilityInput,
  type EligibilityResult,
  type Outcome,
  type PermitGround,
  type Reason,
  type RuleSet,
} from "@/lib/eligibility";
import { addDays, formatDateLong } from "@/lib/eligibility/dates";
import { ARTICLE, type ArticleSlug } from "./slugs";

export type Language = "sv" | "en";
export type LocalizedText = { sv: string; en: string };

export const QUESTION_IDS = ["citizen", "permit", "asylum", "ground", "permanent", "grantedBy", "registered", "destination"] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export type Option = { value: string; label: LocalizedText; hint?: LocalizedText };
export type Question = { id: QuestionId; text: LocalizedText; hint?: LocalizedText; options: readonly Option[] };

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

export type Referral = { organisation: LocalizedText; route: LocalizedText; url?: string };

/** A note from the eligibility engine, with the source it rests on. */
export type Note = { code: string; severity: Reason["severity"]; text: LocalizedText; citation: string };

export type WizardOutcome = {
  code: OutcomeCode;
  title: LocalizedText;
  /** Where to refer, most important first. */
  referTo: Referral[];
  /** What to tell the person, one point each. */
  say: LocalizedText[];
  /** What the eligibility engine said, when it was asked. */
  notes: Note[];
  articleSlugs: ArticleSlug[];
  eligibility: null | { outcome: Outcome; ruleSetTitle: LocalizedText; citation: string };
};

export type Answers = Partial<Record<QuestionId, string>>;

export type WizardState = {
  /** The answers on the way here, in order; anything else in the input is dropped. */
  path: { question: Question; answer: Option }[];
  current: { kind: "question"; question: Question; error: boolean } | { kind: "outcome"; outcome: WizardOutcome };
  /** The grant rules in force on the day, which some questions depend on. */
  ruleSet: RuleSet;
};

// ───────────────────────────── Questions ─────────────────────────────

const YES_NO: readonly Option[] = [
  { value: "YES", label: { sv: "Ja", en: "Yes" } },
  { value: "NO", label: { sv: "Nej", en: "No" } },
];
const YES_NO_UNKNOWN: readonly Option[] = [...YES_NO, { value: "UNKNOWN", label: { sv: "Vet inte", en: "Don't know" } }];

/** Grounds as the person's decision from Migrationsverket names them. */
const GROUND_OPTIONS: readonly Option[] = [
  { value: "REFUGEE", label: { sv: "Flykting", en: "Refugee" } },
  { value: "SUBSIDIARY_PROTECTION", label: { sv: "Alternativt skyddsbehövande", en: "Subsidiary protection" } },
  { value: "QUOTA_REFUGEE", label: { sv: "Kvotflykting", en: "Quota refugee" } },
  {
    value: "EXCEPTIONALLY_DISTRESSING",
    label: { sv: "Synnerligen ömmande omständigheter", en: "Exceptionally distressing circumstances" },
  },
  { value: "UPPER_SECONDARY_SCHOOL_LAW", label: { sv: "Gymnasielagen", en: "Upper secondary school law (gymnasielagen)" } },
  { value: "TEMPORARY_LAW_2016", label: { sv: "Den tillfälliga lagen från 2016", en: "The temporary law of 2016" } },
  {
    value: "FAMILY_TIES",
    label: { sv: "Anknytning till en familjemedlem", en: "Ties to a family member" },
    hint: { sv: "Till exempel make, maka eller förälder i Sverige.", en: "For example a spouse or parent in Sweden." },
  },
  {
    value: "TEMPORARY_PROTECTION_DIRECTIVE",
    label: { sv: "Tillfälligt skydd (massflyktsdirektivet)", en: "Temporary protection (Temporary Protection Directive)" },
  },
  { value: "WORK", label: { sv: "Arbete", en: "Work" } },
  { value: "STUDIES", label: { sv: "Studier", en: "Studies" } },
  { value: "OTHER", label: { sv: "Annan grund", en: "Another ground" } },
  { value: "UNKNOWN", label: { sv: "Vet inte", en: "Don't know" } },
];

const GROUND_VALUES = ["REFUGEE", "SUBSIDIARY_PROTECTION", "QUOTA_REFUGEE", "EXCEPTIONALLY_DISTRESSING", "UPPER_SECONDARY_SCHOOL_LAW", "TEMPORARY_LAW_2016", "FAMILY_TIES", "TEMPORARY_PROTECTION_DIRECTIVE", "WORK", "STUDIES", "OTHER"] as const satisfies readonly PermitGround[];

function isPermitGround(value: string | undefined): value is PermitGround {
  return (GROUND_VALUES as readonly string[]).includes(value ?? "");
}

const QUESTIONS: Record<QuestionId, (ruleSet: RuleSet) => Question> = {
  citizen: () => ({
    id: "citizen",
    text: { sv: "Är personen svensk medborgare?", en: "Is the person a Swedish citizen?" },
    hint: { sv: "Svara ja även om personen också har ett annat medborgarskap.", en: "Answer yes even if the person also has another citizenship." },
    options: YES_NO,
  }),
  permit: () => ({
    id: "permit",
    text: { sv: "Har personen uppehållstillstånd i Sverige?", en: "Does the person have a Swedish residence permit?" },
    options: YES_NO,
  }),
  asylum: () => ({
    id: "asylum",
    text: { sv: "Har personen sökt asyl i Sverige?", en: "Has the person applied for asylum in Sweden?" },
    options: [
      {
        value: "REJECTED_OR_WITHDRAWN",
        label: { sv: "Ja, och fått avslag eller tagit tillbaka ansökan", en: "Yes, and the application was rejected or withdrawn" },
      },
      { value: "PENDING", label: { sv: "Ja, och väntar på beslut", en: "Yes, and is waiting for a decision" } },
      { value: "NEVER", label: { sv: "Nej", en: "No" } },
    ],
  }),
  ground: () => ({
    id: "ground",
    text: { sv: "På vilken grund har personen fått sitt uppehållstillstånd?", en: "On what ground was the person's residence permit granted?" },
    hint: {
      sv: "Grunden står i beslutet från Migrationsverket.",
      en: "The ground is stated in the decision from Migrationsverket.",
    },
    options: GROUND_OPTIONS,
  }),
  permanent: () => ({
    id: "permanent",
    text: { sv: "Är uppehållstillståndet permanent?", en: "Is the residence permit permanent?" },
    hint: {
      sv: "Ett tidsbegränsat tillstånd har ett slutdatum på beslutet och på kortet.",
      en: "A temporary permit has an end date on the decision and the card.",
    },
    options: YES_NO_UNKNOWN,
  }),
  grantedBy: (ruleSet) => ({
    id: "grantedBy",
    text: {
      sv: `Beviljades uppehållstillståndet senast den ${formatDateLong(ruleSet.permitGrantedOnOrBefore ?? "", "sv")}?`,
      en: `Was the residence permit granted on or before ${formatDateLong(ruleSet.permitGrantedOnOrBefore ?? "", "en")}?`,
    },
    hint: { sv: "Datumet står i beslutet från Migrationsverket.", en: "The date is on the decision from Migrationsverket." },
    options: YES_NO_UNKNOWN,
  }),
  registered: () => ({
    id: "registered",
    text: { sv: "Är personen folkbokförd i Sverige?", en: "Is the person registered in the Swedish population register (folkbokförd)?" },
    options: YES_NO_UNKNOWN,
  }),
  destination: () => ({
    id: "destination",
    text: { sv: "Vart vill personen flytta?", en: "Where does the person want to move?" },
    options: [
      { value: "HOME_COUNTRY", label: { sv: "Till sitt hemland", en: "To their home country" } },
      { value: "OTHER_COUNTRY", label: { sv: "Till ett annat land", en: "To another country" } },
      { value: "UNDECIDED", label: { sv: "Har inte bestämt sig", en: "Has not decided" } },
    ],
  }),
};

// ───────────────────────────── Branches ─────────────────────────────

/** Where an answer leads: another question, an outcome, or on into the grant questions. */
type Target = { question: QuestionId } | { outcome: OutcomeCode } | { grant: true };

const BRANCHES: Record<"citizen" | "permit" | "asylum" | "ground", Record<string, Target>> = {
  citizen: { YES: { outcome: "SWEDISH_CITIZEN" }, NO: { question: "permit" } },
  permit: { YES: { question: "ground" }, NO: { question: "asylum" } },
  asylum: {
    REJECTED_OR_WITHDRAWN: { outcome: "REESTABLISHMENT_SUPPORT" },
    PENDING: { outcome: "ASYLUM_PENDING" },
    NEVER: { outcome: "NO_PERMIT" },
  },
  ground: {
    ...Object.fromEntries(GROUND_VALUES.map((ground) => [ground, { grant: true } as Target])),
    FAMILY_TIES: { outcome: "FAMILY_MEMBER" },
    UNKNOWN: { outcome: "CHECK_WITH_OFFICE" },
  },
};

/**
 * The grant questions, in order, each asked only when the rules in force make
 * it matter for the ground given. A ground that never qualifies asks none.
 */
const GRANT_QUESTIONS: { id: QuestionId; applies: (ruleSet: RuleSet, ground: PermitGround) => boolean }[] = [
  { id: "permanent", applies: (ruleSet, ground) => ruleSet.groundsRequiringPermanentPermit.includes(ground) },
  { id: "grantedBy", applies: (ruleSet, ground) => ruleSet.permitGrantedOnOrBefore !== null && ruleSet.qualifyingGrounds.includes(ground) },
  { id: "registered", applies: (ruleSet, ground) => ruleSet.requiresRegistration && ruleSet.qualifyingGrounds.includes(ground) },
  { id: "destination", applies: (ruleSet, ground) => ruleSet.qualifyingGrounds.includes(ground) },
];

// ───────────────────────────── Organisations ─────────────────────────────

const MIGRATIONSVERKET: Referral = {
  organisation: { sv: "Migrationsverket", en: "Migrationsverket (the Swedish Migration Agency)" },
  route: {
    sv: "migrationsverket.se, sidorna om frivillig återvandring och återvandringsbidrag. Ansökan görs hos Migrationsverket, som också beslutar.",
    en: "migrationsverket.se, the pages on voluntary return and the repatriation grant. The application is made to Migrationsverket, which also decides.",
  },
  url: "https://www.migrationsverket.se",
};

const RECEPTION_OFFICER: Referral = {
  organisation: { sv: "Migrationsverket, mottagningen", en: "Migrationsverket, reception unit" },
  route: {
    sv: "Personens mottagningshandläggare på Migrationsverket. Den som inte vet vem det är kan kontakta Migrationsverket via migrationsverket.se.",
    en: "The person's reception officer at Migrationsverket. Anyone who does not know who that is can contact Migrationsverket through migrationsverket.se.",
  },
  url: "https://www.migrationsverket.se",
};

const OFFICE: Referral = {
  organisation: { sv: "Återvandringskontoret, Stockholms stad", en: "Återvandringskontoret (the city's voluntary-return office)" },
  route: {
    sv: "Rådgivning och information om återvandring, i ett eller flera samtal. Kontaktvägar finns i artikeln Kontakter.",
    en: "Counselling and information about return, over one or several meetings. Contact routes are in the Contacts article.",
  },
};

// ───────────────────────────── Texts ─────────────────────────────

const NO_MUNICIPAL_GRANT: LocalizedText = {
  sv: "Kommunen betalar inga bidrag för återvandring. Det är Migrationsverket som prövar ansökningar och beslutar.",
  en: "The city pays no grants for return. Migrationsverket assesses applications and decides.",
};
const VOLUNTARY: LocalizedText = {
  sv: "Återvandring är frivillig. Personen bestämmer själv om och när.",
  en: "Return is voluntary. The person decides whether and when.",
};
const OFFER_COUNSELLING: LocalizedText = {
  sv: "Erbjud rådgivning hos Återvandringskontoret, där personen kan gå igenom sin situation och planera.",
  en: "Offer counselling at Återvandringskontoret, where the person can go through their situation and plan.",
};

function amountsText(ruleSet: RuleSet): LocalizedText {
  const sek = (amount: number, language: Language) => formatSek(amount, language);
  const family = ruleSet.caps.find((cap) => cap.code === "CAP_FAMILY_TOTAL");
  const couple = ruleSet.caps.find((cap) => cap.code === "CAP_COUPLE");
  const household = ruleSet.caps.find((cap) => cap.code === "CAP_HOUSEHOLD");
  const build = (language: Language) => {
    const sv = language === "sv";
    const parts = [
      sv
        ? `Bidraget är högst ${sek(ruleSet.perAdultSek, language)} per vuxen och ${sek(ruleSet.perChildSek, language)} per barn under 18 år`
        : `The grant is at most ${sek(ruleSet.perAdultSek, language)} per adult and ${sek(ruleSet.perChildSek, language)} per child under 18`,
    ];
    if (family) parts.push(sv ? `högst ${sek(family.maxSek, language)} per familj` : `at most ${sek(family.maxSek, language)} per family`);
    if (couple) parts.push(sv ? `ett par tillsammans högst ${sek(couple.maxSek, language)}` : `a couple together at most ${sek(couple.maxSek, language)}`);
    if (household) parts.push(sv ? `ett hushåll högst ${sek(household.maxSek, language)}` : `a household at most ${sek(household.maxSek, language)}`);
    // The city's papers state the older amounts as on top of the travel cost; the 2026 sources say nothing of travel.
    const travel = family ? (sv ? ", utöver resekostnaden." : ", on top of the travel cost.") : ".";
    return parts.join(", ") + travel;
  };
  return { sv: build("sv"), en: build("en") };
}

/** What the rule set needs of a family member, for the FAMILY_MEMBER outcome. */
function familyConditions(ruleSet: RuleSet): LocalizedText {
  const sv: string[] = ["Make, maka och barn kan få bidrag med tillstånd på grund av anknytning, om huvudsökanden har rätt till bidrag."];
  const en: string[] = ["A spouse and children can get the grant with a permit based on family ties if the main applicant qualifies."];
  if (ruleSet.permitGrantedOnOrBefore) {
    sv.push(`Familjemedlemmens tillstånd ska ha beviljats senast ${formatDateLong(ruleSet.permitGrantedOnOrBefore, "sv")}.`);
    en.push(`The family member's permit must have been granted on or before ${formatDateLong(ruleSet.permitGrantedOnOrBefore, "en")}.`);
  }
  if (ruleSet.requiresLivingWithApplicant) {
    sv.push("Familjemedlemmen ska bo tillsammans med huvudsökanden.");
    en.push("The family member must live with the main applicant.");
  }
  return { sv: sv.join(" "), en: en.join(" ") };
}

const UNKNOWN_TEXTS: Partial<Record<QuestionId, (ruleSet: RuleSet) => LocalizedText>> = {
  ground: () => ({
    sv: "Ta reda på vilken grund uppehållstillståndet har: den står i beslutet från Migrationsverket.",
    en: "Find out the ground of the residence permit: it is stated in the decision from Migrationsverket.",
  }),
  permanent: () => ({
    sv: "Ta reda på om tillståndet är permanent: enligt reglerna räknas det bara då.",
    en: "Find out whether the permit is permanent: under the rules it counts only then.",
  }),
  grantedBy: (ruleSet) => ({
    sv: `Ta reda på när tillståndet beviljades: det ska ha skett senast ${formatDateLong(ruleSet.permitGrantedOnOrBefore ?? "", "sv")}.`,
    en: `Find out when the permit was granted: it must have been on or before ${formatDateLong(ruleSet.permitGrantedOnOrBefore ?? "", "en")}.`,
  }),
  registered: () => ({
    sv: "Ta reda på om personen är folkbokförd i Sverige: det är ett krav.",
    en: "Find out whether the person is registered in Sweden (folkbokförd): it is a requirement.",
  }),
};

/** Engine texts that quote a date or country the wizard never asked for; the wizard says these itself. */
function noteText(reason: Reason, ruleSet: RuleSet): LocalizedText | null {
  switch (reason.code) {
    case "PERMIT_AFTER_CUTOFF":
      return {
        sv: `Tillståndet beviljades efter ${formatDateLong(ruleSet.permitGrantedOnOrBefore ?? "", "sv")}. Det måste ha beviljats senast det datumet.`,
        en: `The permit was granted after ${formatDateLong(ruleSet.permitGrantedOnOrBefore ?? "", "en")}. It must have been granted on or before that date.`,
      };
    case "DESTINATION_NOT_HOME_COUNTRY":
    case "DESTINATION_EU_EEA":
      return null;
    default:
      return reason.text;
  }
}

function notesOf(result: EligibilityResult, ruleSet: RuleSet, severities: readonly Reason["severity"][]): Note[] {
  return result.reasons
    .filter((reason) => severities.includes(reason.severity))
    .flatMap((reason) => {
      const text = noteText(reason, ruleSet);
      return text ? [{ code: reason.code, severity: reason.severity, text, citation: reason.citation }] : [];
    });
}

// ───────────────────────────── The engine ─────────────────────────────

/** Someone aged 30 on the day: the person asking is taken to be an adult. */
function adultBirthDate(today: string): string {
  const [year] = today.split("-");
  return `${Number(year) - 30}-01-01`;
}

/**
 * The smallest household the engine can judge: one adult, with unknown
 * answers taken the favourable way, so that a NOT_ELIGIBLE result means the
 * grant is out whatever the unknowns turn out to be.
 */
export function eligibilityInputFor(answers: Answers, today: string, ruleSet: RuleSet): EligibilityInput {
  const ground = answers.ground;
  const cutoff = ruleSet.permitGrantedOnOrBefore;
  const grantedOn = cutoff ? (answers.grantedBy === "NO" ? (addDays(cutoff, 1) ?? cutoff) : cutoff) : today;
  return {
    applicationDate: today,
    // "ZZ": no country is asked for; only whether it is the home country.
    destination: { country: "ZZ", isHomeCountry: answers.destination !== "OTHER_COUNTRY" },
    registeredInSweden: answers.registered !== "NO",
    hasDebtsToCsnOrKronofogden: false,
    canPayOwnTravel: false,
    hadGrantBefore: false,
    travelCostSek: 0,
    members: [
      {
        role: "APPLICANT",
        birthDate: adultBirthDate(today),
        citizenships: answers.citizen === "YES" ? ["SE"] : ["ZZ"],
        permit: answers.permit === "YES" && isPermitGround(ground) ? { ground, permanent: answers.permanent !== "NO", grantedOn } : null,
        livesWithApplicant: true,
      },
    ],
  };
}

function eligibilitySummary(result: EligibilityResult, ruleSet: RuleSet): WizardOutcome["eligibility"] {
  return { outcome: result.outcome, ruleSetTitle: { sv: ruleSet.title, en: ruleSet.titleEn }, citation: ruleSet.citation };
}

function grantArticle(ruleSet: RuleSet): ArticleSlug {
  return ruleSet.validTo === null ? ARTICLE.grant2026 : ARTICLE.grantUntil2025;
}

// ───────────────────────────── Outcomes ─────────────────────────────

function outcomeFor(code: OutcomeCode, answers: Answers, today: string, ruleSet: RuleSet): WizardOutcome {
  const result = checkEligibility(eligibilityInputFor(answers, today, ruleSet));
  const eligibility = eligibilitySummary(result, ruleSet);
  const blocking = notesOf(result, ruleSet, ["BLOCKS"]);
  switch (code) {
    case "SWEDISH_CITIZEN":
      return {
        code,
        title: { sv: "Inget statligt bidrag: information och rådgivning", en: "No state grant: information and counselling" },
        referTo: [OFFICE, MIGRATIONSVERKET],
        say: [
          {
            sv: "Svenska medborgare kan inte få återvandringsbidrag, inte heller den som också har ett annat medborgarskap.",
            en: "Swedish citizens cannot get the repatriation grant, even if they also hold another citizenship.",
          },
          NO_MUNICIPAL_GRANT,
          {
            sv: "Återvandringskontoret kan ge information om vad en flytt innebär och vilka myndigheter personen behöver kontakta.",
            en: "Återvandringskontoret can give information on what a move involves and which authorities the person needs to contact.",
          },
        ],
        notes: blocking,
        articleSlugs: [ARTICLE.swedishCitizens, ARTICLE.whoQualifies, ARTICLE.office],
        eligibility,
      };
    case "REESTABLISHMENT_SUPPORT":
      return {
        code,
        title: { sv: "Återetableringsstöd via Migrationsverket", en: "Reintegration support (återetableringsstöd) through Migrationsverket" },
        referTo: [RECEPTION_OFFICER],
        say: [
          {
            sv: "Den som har fått avslag på sin asylansökan eller har tagit tillbaka den kan inte få återvandringsbidrag. Det som kan finnas är återetableringsstöd, som är något annat.",
            en: "Someone whose asylum application was rejected or withdrawn cannot get the repatriation grant. What may be available is reintegration support (återetableringsstöd), which is something else.",
          },
          // The engine's alternatives for someone without a permit: återetableringsstöd and the EU programme.
          ...result.alternatives.map((alternative) => alternative.text),
        ],
        notes: blocking,
        articleSlugs: [ARTICLE.reestablishment, ARTICLE.terminology, ARTICLE.contacts],
        eligibility,
      };
    case "ASYLUM_PENDING":
      return {
        code,
        title: { sv: "Prata med Migrationsverkets mottagning", en: "Talk to Migrationsverket's reception unit" },
        referTo: [RECEPTION_OFFICER],
        say: [
          {
            sv: "Utan uppehållstillstånd finns inget återvandringsbidrag.",
            en: "Without a residence permit there is no repatriation grant.",
          },
          {
            sv: "Den som tar tillbaka sin asylansökan och återvänder kan ha rätt till återetableringsstöd, om hemlandet är ett av de länder stödet gäller. Mottagningshandläggaren på Migrationsverket kan förklara vad som gäller.",
            en: "Someone who withdraws their asylum application and returns may get reintegration support (återetableringsstöd) if the home country is one of the countries it applies to. The reception officer at Migrationsverket can explain what applies.",
          },
          {
            sv: "Ge inga råd om själva asylärendet: det är Migrationsverkets sak.",
            en: "Give no advice on the asylum case itself: that is for Migrationsverket.",
          },
        ],
        notes: blocking,
        articleSlugs: [ARTICLE.reestablishment, ARTICLE.terminology, ARTICLE.contacts],
        eligibility,
      };
    case "NO_PERMIT":
      return {
        code,
        title: { sv: "Inget återvandringsbidrag utan uppehållstillstånd", en: "No repatriation grant without a residence permit" },
        referTo: [MIGRATIONSVERKET],
        say: [
          {
            sv: "Återvandringsbidrag kräver ett uppehållstillstånd i Sverige.",
            en: "The repatriation grant requires a Swedish residence permit.",
          },
          {
            sv: "Hänvisa till Migrationsverket för information om vad som gäller för personen.",
            en: "Refer the person to Migrationsverket for information on what applies to them.",
          },
        ],
        notes: blocking,
        articleSlugs: [ARTICLE.whoQualifies, ARTICLE.contacts],
        eligibility,
      };
    case "TEMPORARY_PROTECTION":
      return {
        code,
        title: { sv: "Tillfälligt skydd ger inte rätt till återvandringsbidrag", en: "Temporary protection gives no right to the repatriation grant" },
        referTo: [MIGRATIONSVERKET],
        say: [
          ...blocking.map((note) => note.text),
          {
            sv: "Hänvisa till Migrationsverket för information om vad som gäller vid en återresa.",
            en: "Refer the person to Migrationsverket for information on what applies when returning.",
          },
        ],
        notes: blocking,
        articleSlugs: [ARTICLE.whoQualifies, ARTICLE.contacts],
        eligibility,
      };
    case "GROUND_NOT_QUALIFYING":
      return {
        code,
        title: { sv: "Tillståndet ger inte rätt till återvandringsbidrag", en: "The permit gives no right to the repatriation grant" },
        referTo: [OFFICE, MIGRATIONSVERKET],
        say: [
          ...blocking.map((note) => note.text),
          {
            sv: "Personen kan ändå få information och rådgivning om att flytta hos Återvandringskontoret.",
            en: "The person can still get information and counselling about moving at Återvandringskontoret.",
          },
        ],
        notes: blocking,
        articleSlugs: [ARTICLE.whoQualifies, ARTICLE.office],
        eligibility,
      };
    case "FAMILY_MEMBER":
      return {
        code,
        title: { sv: "Beror på familjemedlemmen: gå igenom hushållet", en: "Depends on the family member: go through the household" },
        referTo: [OFFICE, MIGRATIONSVERKET],
        say: [
          familyConditions(ruleSet),
          {
            sv: "Hänvisa hela hushållet till Återvandringskontoret, som går igenom familjens situation. Ansökan görs hos Migrationsverket.",
            en: "Refer the whole household to Återvandringskontoret, which goes through the family's situation. The application is made to Migrationsverket.",
          },
          NO_MUNICIPAL_GRANT,
        ],
        notes: [],
        articleSlugs: [grantArticle(ruleSet), ARTICLE.whoQualifies, ARTICLE.office],
        eligibility: null,
      };
    case "GRANT_MAY_APPLY": {
      const say: LocalizedText[] = [
        {
          sv: "Personen kan ha rätt till återvandringsbidrag från Migrationsverket. Ansökan görs hos Migrationsverket, som prövar den och beslutar.",
          en: "The person may be entitled to the repatriation grant from Migrationsverket. The application is made to Migrationsverket, which assesses it and decides.",
        },
        amountsText(ruleSet),
        {
          sv: "Vanliga skäl till avslag är skulder till CSN eller Kronofogden och att personen redan har fått bidraget en gång.",
          en: "Common reasons for refusal are debts to CSN or Kronofogden and having had the grant once already.",
        },
      ];
      if (answers.destination === "OTHER_COUNTRY") {
        say.push({
          sv: "Resmålet är inte hemlandet: då krävs tillstånd att bo i det landet, och ett permanent uppehållstillstånd i Sverige återkallas efter utresan.",
          en: "The destination is not the home country: a permit to live there is needed, and a permanent Swedish residence permit is revoked after departure.",
        });
        if (ruleSet.warnEuEeaDestination) {
          say.push({
            sv: "Enligt uppgift gäller bidraget bara den som bosätter sig utanför EU/EES och Schweiz. Det står inte i förordningstexten: kontrollera med Migrationsverket.",
            en: "It is reported that the grant is only for settling outside the EU/EEA and Switzerland. This is not in the ordinance text: check with Migrationsverket.",
          });
        }
      }
      say.push(answers.destination === "UNDECIDED" ? VOLUNTARY : OFFER_COUNSELLING);
      if (answers.destination === "UNDECIDED") say.push(OFFER_COUNSELLING);
      return {
        code,
        title: { sv: "Återvandringsbidrag kan vara möjligt", en: "The repatriation grant may be possible" },
        referTo: [MIGRATIONSVERKET, OFFICE],
        say,
        notes: notesOf(result, ruleSet, ["WARNS", "INFO"]),
        articleSlugs: [grantArticle(ruleSet), ARTICLE.whoQualifies, ARTICLE.contacts],
        eligibility,
      };
    }
    case "GRANT_NOT_AVAILABLE":
      return {
        code,
        title: { sv: "Villkoren för återvandringsbidrag är inte uppfyllda", en: "The conditions for the repatriation grant are not met" },
        referTo: [OFFICE, MIGRATIONSVERKET],
        say: [
          ...blocking.map((note) => note.text),
          {
            sv: "Det är Migrationsverket som prövar en ansökan. Personen kan få information och rådgivning hos Återvandringskontoret.",
            en: "Migrationsverket assesses any application. The person can get information and counselling at Återvandringskontoret.",
          },
        ],
        notes: blocking,
        articleSlugs: [grantArticle(ruleSet), ARTICLE.whoQualifies, ARTICLE.office],
        eligibility,
      };
    case "CHECK_WITH_OFFICE": {
      const unknowns = QUESTION_IDS.filter((id) => answers[id] === "UNKNOWN").flatMap((id) => UNKNOWN_TEXTS[id]?.(ruleSet) ?? []);
      return {
        code,
        title: { sv: "Ta reda på mer: Återvandringskontoret kan hjälpa", en: "Find out more: Återvandringskontoret can help" },
        referTo: [OFFICE, MIGRATIONSVERKET],
        say: [
          {
            sv: "Svaren räcker inte för att säga om återvandringsbidrag kan vara möjligt.",
            en: "The answers are not enough to tell whether the repatriation grant may be possible.",
          },
          ...unknowns,
          {
            sv: "Be personen ta med beslutet om uppehållstillstånd till Återvandringskontoret.",
            en: "Ask the person to bring the residence permit decision to Återvandringskontoret.",
          },
        ],
        notes: [],
        articleSlugs: [ARTICLE.whoQualifies, grantArticle(ruleSet), ARTICLE.office],
        // The engine ran with the unknowns taken the favourable way: its verdict is not an answer here.
        eligibility: null,
      };
    }
  }
}

/** After the grant questions (or as soon as an answer rules the grant out), the engine decides. */
function grantOutcome(answers: Answers, today: string, ruleSet: RuleSet): OutcomeCode {
  const result = checkEligibility(eligibilityInputFor(answers, today, ruleSet));
  if (result.outcome === "NOT_ELIGIBLE") {
    const codes = result.reasons.filter((reason) => reason.severity === "BLOCKS").map((reason) => reason.code);
    if (codes.includes("TEMPORARY_PROTECTION_DIRECTIVE")) return "TEMPORARY_PROTECTION";
    if (codes.includes("GROUND_NOT_QUALIFYING")) return "GROUND_NOT_QUALIFYING";
    return "GRANT_NOT_AVAILABLE";
  }
  return QUESTION_IDS.some((id) => answers[id] === "UNKNOWN") ? "CHECK_WITH_OFFICE" : "GRANT_MAY_APPLY";
}

// ───────────────────────────── Walking the tree ─────────────────────────────

/** The rules in force on the day (the newest that had started, if none is). */
export function ruleSetOn(today: string): RuleSet {
  return ruleSetFor(today) ?? fallbackRuleSet(today);
}

export function questionOf(id: QuestionId, ruleSet: RuleSet): Question {
  return QUESTIONS[id](ruleSet);
}

/**
 * Follows the answers from the first question and stops at the first one
 * missing or not among the options (asked again, flagged when `asked` names
 * it: the form was sent without a choice), or at an outcome.
 */
export function resolveWizard(input: Answers, today: string, asked?: string): WizardState {
  const ruleSet = ruleSetOn(today);
  const answers: Answers = {};
  const path: WizardState["path"] = [];
  let next: Target = { question: "citizen" };

  for (;;) {
    if ("outcome" in next) {
      return { path, ruleSet, current: { kind: "outcome", outcome: outcomeFor(next.outcome, answers, today, ruleSet) } };
    }
    let id: QuestionId;
    if ("grant" in next) {
      const ground = answers.ground as PermitGround;
      // Each grant answer may already rule the grant out: then there is no need to ask on.
      const decided = grantOutcome(answers, today, ruleSet);
      const pending = GRANT_QUESTIONS.find((grantQuestion) => grantQuestion.applies(ruleSet, ground) && !(grantQuestion.id in answers));
      if (!pending || (decided !== "GRANT_MAY_APPLY" && decided !== "CHECK_WITH_OFFICE")) {
        return { path, ruleSet, current: { kind: "outcome", outcome: outcomeFor(decided, answers, today, ruleSet) } };
      }
      id = pending.id;
    } else {
      id = next.question;
    }
    const question = questionOf(id, ruleSet);
    const answer = question.options.find((option) => option.value === input[id]);
    if (!answer) return { path, ruleSet, current: { kind: "question", question, error: asked === id } };
    answers[id] = answer.value;
    path.push({ question, answer });
    next = id in BRANCHES ? BRANCHES[id as keyof typeof BRANCHES][answer.value]! : { grant: true };
  }
}

/** Reads the answers from a query string; unknown keys are ignored. */
export function answersFrom(params: Record<string, string | string[] | undefined>): Answers {
  const answers: Answers = {};
  for (const id of QUESTION_IDS) {
    const value = params[id];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.length <= 40) answers[id] = first;
  }
  return answers;
}

/** The query string for a path of answers (the first `count` of them). */
export function queryFor(path: WizardState["path"], count = path.length): string {
  const params = new URLSearchParams();
  for (const step of path.slice(0, count)) params.set(step.question.id, step.answer.value);
  return params.toString();
}

import type { LocalizedText, PermitGround, Reason, Severity } from "./types";
import type { RuleSet } from "./rule-sets";
import { formatDateLong } from "./dates";

// The reason catalogue: every code the engine can report, with its severity, a text a
// layperson can follow in Swedish and English, and the source it rests on. Texts are
// functions because many quote the amounts and dates of the rule set in force.

export type ReasonContext = {
  ruleSet: RuleSet;
  ground?: PermitGround;
  /** A per-person amount. */
  amountSek?: number;
  isChild?: boolean;
  capSek?: number;
  /** The date the text is about (permit date, application date). */
  date?: string;
  country?: string;
};

type ReasonDefinition = {
  severity: Severity;
  text: (context: ReasonContext) => LocalizedText;
  citation: (ruleSet: RuleSet) => string;
};

type Language = keyof LocalizedText;

/** "350 000 kr" / "SEK 350,000" (no Intl: output must not depend on the runtime's ICU data). */
export function formatSek(amount: number, language: Language): string {
  const digits = String(Math.trunc(Math.abs(amount)));
  const sign = amount < 0 ? "-" : "";
  if (language === "sv") return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")}\u00a0kr`;
  return `${sign}SEK ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

const GROUND_PHRASES: Record<PermitGround, LocalizedText> = {
  REFUGEE: { sv: "som flykting", en: "as a refugee" },
  SUBSIDIARY_PROTECTION: {
    sv: "som alternativt skyddsbehövande",
    en: "as a person in need of subsidiary protection",
  },
  QUOTA_REFUGEE: { sv: "som kvotflykting", en: "as a quota refugee" },
  EXCEPTIONALLY_DISTRESSING: {
    sv: "på grund av synnerligen ömmande omständigheter",
    en: "because of exceptionally distressing circumstances",
  },
  UPPER_SECONDARY_SCHOOL_LAW: {
    sv: "enligt gymnasielagen",
    en: "under the upper secondary school law (gymnasielagen)",
  },
  TEMPORARY_LAW_2016: {
    sv: "enligt den tillfälliga lagen från 2016",
    en: "under the temporary law of 2016",
  },
  FAMILY_TIES: { sv: "på grund av anknytning till en familjemedlem", en: "based on family ties" },
  TEMPORARY_PROTECTION_DIRECTIVE: {
    sv: "enligt massflyktsdirektivet (tillfälligt skydd)",
    en: "under the EU Temporary Protection Directive",
  },
  WORK: { sv: "för arbete", en: "for work" },
  STUDIES: { sv: "för studier", en: "for studies" },
  OTHER: { sv: "på en annan grund", en: "on another ground" },
};

function joinList(items: readonly string[], language: Language): string {
  const last = items.at(-1);
  if (items.length <= 1 || last === undefined) return last ?? "";
  return `${items.slice(0, -1).join(", ")} ${language === "sv" ? "eller" : "or"} ${last}`;
}

function qualifyingPermits(ruleSet: RuleSet, language: Language): string {
  const items = ruleSet.qualifyingGrounds.map((ground) => {
    const phrase = GROUND_PHRASES[ground][language];
    if (!ruleSet.groundsRequiringPermanentPermit.includes(ground)) return phrase;
    return language === "sv" ? `${phrase} (bara permanent tillstånd)` : `${phrase} (permanent permits only)`;
  });
  return joinList(items, language);
}

function requirementText(ruleSet: RuleSet): LocalizedText {
  return {
    sv:
      `Bidraget kräver uppehållstillstånd ${qualifyingPermits(ruleSet, "sv")}. ` +
      "Make, maka och barn kan också få bidrag med tillstånd på grund av anknytning till huvudsökanden.",
    en:
      `The grant requires a residence permit ${qualifyingPermits(ruleSet, "en")}. ` +
      "A spouse and children can also get it with a permit based on ties to the main applicant.",
  };
}

function perPersonText(context: ReasonContext): LocalizedText {
  const amount = context.amountSek ?? (context.isChild ? context.ruleSet.perChildSek : context.ruleSet.perAdultSek);
  return context.isChild
    ? { sv: `Högst ${formatSek(amount, "sv")} för ett barn under 18 år.`, en: `At most ${formatSek(amount, "en")} for a child under 18.` }
    : { sv: `Högst ${formatSek(amount, "sv")} för en vuxen (18 år eller äldre).`, en: `At most ${formatSek(amount, "en")} for an adult (18 or over).` };
}

const sinceText = (ruleSet: RuleSet): LocalizedText => ({
  sv: `Enligt reglerna som gäller från ${formatDateLong(ruleSet.validFrom, "sv")}`,
  en: `Under the rules in force from ${formatDateLong(ruleSet.validFrom, "en")}`,
});

const capReduced: LocalizedText = {
  sv: "Beloppen har minskats i proportion så att taket inte överskrids.",
  en: "The amounts have been reduced in proportion so that the cap is not exceeded.",
};

// Citations. Every reason that changes the outcome or an amount names the ordinance version
// and where Migrationsverket explains it.
const ordinance = (ruleSet: RuleSet) => `${ruleSet.citation}; ${ruleSet.source}`;
const oncePerPerson = (ruleSet: RuleSet) =>
  `${ruleSet.citation}, ändrad genom / amended by SFS 2009:1162; ${ruleSet.source}`;
const revocation = (ruleSet: RuleSet) =>
  `${ruleSet.citation}; Migrationsverket, Frivillig återvandring; ` +
  "Stockholms stad, tjänsteutlåtande om återvandring (2018)";
const unconfirmed = (ruleSet: RuleSet) =>
  `${ruleSet.citation}: står inte i förordningstexten, uppgiften är obekräftad / ` +
  `not in the ordinance text, reported but unconfirmed; ${ruleSet.source}`;
const inputRequirement = () => "Hemväg: krav på indata / input requirement (ELIGIBILITY.md)";
const ruleSetChoice = (ruleSet: RuleSet) => `${ruleSet.citation}; Hemväg: regeluppsättningar / rule sets`;

export const REASONS = {
  // Input the engine cannot judge. The schema rejects these before they get here.
  NO_APPLICANT: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Ansökan saknar huvudsökande. Ange exakt en person som huvudsökande.",
      en: "The application has no main applicant. Mark exactly one person as the main applicant.",
    }),
    citation: inputRequirement,
  },
  MULTIPLE_APPLICANTS: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Ansökan har mer än en huvudsökande. Ange exakt en person som huvudsökande.",
      en: "The application has more than one main applicant. Mark exactly one person as the main applicant.",
    }),
    citation: inputRequirement,
  },
  INVALID_DATE: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Ett datum i ansökan är inte ett riktigt datum i formen ÅÅÅÅ-MM-DD. Rätta datumet och pröva igen.",
      en: "A date in the application is not a real date in the form YYYY-MM-DD. Correct it and check again.",
    }),
    citation: inputRequirement,
  },
  RULE_SET_NOT_IN_FORCE: {
    severity: "WARNS",
    text: ({ ruleSet, date = "" }) => ({
      sv:
        `Hemväg har inga regler för ansökningsdatumet ${date}. Bedömningen bygger på de närmaste reglerna ` +
        `("${ruleSet.title}") och måste kontrolleras.`,
      en:
        `Hemväg has no rules for the application date ${date}. The check uses the nearest rules ` +
        `("${ruleSet.titleEn}") and must be verified.`,
    }),
    citation: ruleSetChoice,
  },
  HYPOTHETICAL_RULE_SET: {
    severity: "INFO",
    text: ({ ruleSet, date = "" }) => ({
      sv: `Jämförelse: reglerna "${ruleSet.title}" gäller inte på ansökningsdatumet ${date}.`,
      en: `Comparison only: the rules "${ruleSet.titleEn}" are not in force on the application date ${date}.`,
    }),
    citation: ruleSetChoice,
  },

  // One person's own conditions.
  SWEDISH_CITIZEN: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Svenska medborgare kan inte få återvandringsbidrag, inte heller den som också har ett annat medborgarskap.",
      en: "Swedish citizens cannot get the repatriation grant, even if they also hold another citizenship.",
    }),
    citation: ordinance,
  },
  NO_PERMIT: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Personen har inget uppehållstillstånd i Sverige. Återvandringsbidrag kräver ett uppehållstillstånd.",
      en: "This person has no Swedish residence permit. The repatriation grant requires one.",
    }),
    citation: ordinance,
  },
  TEMPORARY_PROTECTION_DIRECTIVE: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Den som har uppehållstillstånd enligt massflyktsdirektivet (tillfälligt skydd) kan inte få återvandringsbidrag.",
      en: "A person with a residence permit under the EU Temporary Protection Directive cannot get the repatriation grant.",
    }),
    citation: ordinance,
  },
  GROUND_NOT_QUALIFYING: {
    severity: "BLOCKS",
    text: ({ ruleSet, ground = "OTHER" }) => {
      const requirement = requirementText(ruleSet);
      return {
        sv: `Uppehållstillstånd ${GROUND_PHRASES[ground].sv} ger inte rätt till återvandringsbidrag. ${requirement.sv}`,
        en: `A residence permit ${GROUND_PHRASES[ground].en} does not give a right to the repatriation grant. ${requirement.en}`,
      };
    },
    citation: ordinance,
  },
  PERMIT_NOT_PERMANENT: {
    severity: "BLOCKS",
    text: ({ ruleSet, ground = "OTHER" }) => ({
      sv: `${sinceText(ruleSet).sv} räknas tillstånd ${GROUND_PHRASES[ground].sv} bara om det är permanent. Personens tillstånd är tidsbegränsat.`,
      en: `${sinceText(ruleSet).en}, a permit ${GROUND_PHRASES[ground].en} counts only if it is permanent. This person's permit is temporary.`,
    }),
    citation: ordinance,
  },
  PERMIT_AFTER_CUTOFF: {
    severity: "BLOCKS",
    text: ({ ruleSet, date = "" }) => {
      const cutoff = ruleSet.permitGrantedOnOrBefore ?? "";
      return {
        sv: `Tillståndet beviljades ${formatDateLong(date, "sv")}. ${sinceText(ruleSet).sv} måste tillståndet ha beviljats senast ${formatDateLong(cutoff, "sv")}.`,
        en: `The permit was granted on ${formatDateLong(date, "en")}. ${sinceText(ruleSet).en}, it must have been granted on or before ${formatDateLong(cutoff, "en")}.`,
      };
    },
    citation: ordinance,
  },
  FAMILY_TIES_APPLICANT_NOT_QUALIFYING: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Personens tillstånd bygger på anknytning till huvudsökanden, men huvudsökanden uppfyller inte villkoren. Då kan inte heller familjemedlemmen få bidrag.",
      en: "This person's permit is based on ties to the main applicant, who does not meet the conditions. So this family member cannot get the grant either.",
    }),
    citation: ordinance,
  },
  FAMILY_TIES_ROLE_NOT_COVERED: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Tillstånd på grund av anknytning räknas bara för huvudsökandens make, maka och barn. Andra släktingar behöver ett eget tillstånd som ger rätt till bidrag.",
      en: "A permit based on family ties counts only for the main applicant's spouse and children. Other relatives need a qualifying permit of their own.",
    }),
    citation: ordinance,
  },
  NOT_LIVING_WITH_APPLICANT: {
    severity: "BLOCKS",
    text: ({ ruleSet }) => ({
      sv: `${sinceText(ruleSet).sv} måste familjemedlemmar bo tillsammans med huvudsökanden. Den här personen gör inte det.`,
      en: `${sinceText(ruleSet).en}, family members must live with the main applicant. This person does not.`,
    }),
    citation: ordinance,
  },
  ADULT_CHILD_FAMILY_TIES: {
    severity: "WARNS",
    text: () => ({
      sv: "Personen är angiven som barn men har fyllt 18. Enligt dessa regler räknas barn under 18 år till familjen; Migrationsverket prövar om personen omfattas.",
      en: "This person is listed as a child but is 18 or over. Under these rules, children under 18 count as family; Migrationsverket decides whether this person is covered.",
    }),
    citation: ordinance,
  },
  QUALIFIES_OWN_PERMIT: {
    severity: "INFO",
    text: (context) => ({
      sv: `Uppfyller villkoren med eget uppehållstillstånd ${GROUND_PHRASES[context.ground ?? "OTHER"].sv}. ${perPersonText(context).sv}`,
      en: `Meets the conditions with a residence permit of their own ${GROUND_PHRASES[context.ground ?? "OTHER"].en}. ${perPersonText(context).en}`,
    }),
    citation: ordinance,
  },
  QUALIFIES_FAMILY_TIES: {
    severity: "INFO",
    text: (context) => ({
      sv: `Uppfyller villkoren med tillstånd på grund av anknytning till huvudsökanden. ${perPersonText(context).sv}`,
      en: `Meets the conditions with a permit based on ties to the main applicant. ${perPersonText(context).en}`,
    }),
    citation: ordinance,
  },
  HOUSEHOLD_NOT_ELIGIBLE: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Personen uppfyller själv villkoren, men hushållet kan inte få bidrag. Se skälen för hela ansökan.",
      en: "This person meets the conditions, but the household cannot get the grant. See the reasons for the whole application.",
    }),
    citation: ordinance,
  },

  // The household.
  NOT_REGISTERED: {
    severity: "BLOCKS",
    text: ({ ruleSet }) => ({
      sv: `${sinceText(ruleSet).sv} måste huvudsökanden vara folkbokförd i Sverige.`,
      en: `${sinceText(ruleSet).en}, the main applicant must be registered in the Swedish population register (folkbokförd).`,
    }),
    citation: ordinance,
  },
  PREVIOUS_GRANT: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Någon i hushållet har redan fått återvandringsbidrag. Bidraget ges bara en gång per person.",
      en: "Someone in the household has already had a repatriation grant. The grant is given only once per person.",
    }),
    citation: oncePerPerson,
  },
  DEBTS_CSN_KRONOFOGDEN: {
    severity: "BLOCKS",
    text: () => ({
      sv: "Den som har skulder till CSN eller hos Kronofogden kan inte få återvandringsbidrag.",
      en: "A person with debts to CSN (student finance) or registered with Kronofogden (the Enforcement Authority) cannot get the repatriation grant.",
    }),
    citation: ordinance,
  },
  OWN_MEANS: {
    severity: "WARNS",
    text: () => ({
      sv: "Hushållet kan betala resan själv. Migrationsverket prövar då om bidrag ska ges: den som har egna inkomster eller tillgångar som räcker får normalt inget bidrag. Beloppen nedan gäller bara om prövningen går hushållet till godo.",
      en: "The household can pay for the journey itself. Migrationsverket then assesses whether to give a grant: people whose own income or assets are enough normally get none. The amounts below apply only if the assessment goes in the household's favour.",
    }),
    citation: ordinance,
  },
  OTHER_MEMBER_MAY_APPLY: {
    severity: "INFO",
    text: () => ({
      sv: "En annan vuxen i hushållet har ett eget tillstånd som kan ge rätt till bidrag. Undersök om den personen ska vara huvudsökande.",
      en: "Another adult in the household holds a permit of their own that can qualify. Check whether that person should be the main applicant.",
    }),
    citation: ordinance,
  },
  DESTINATION_NOT_HOME_COUNTRY: {
    severity: "WARNS",
    text: ({ country = "" }) => ({
      sv: `Resmålet (${country}) är inte hemlandet. Då krävs tillstånd att bo i det landet, och ett permanent uppehållstillstånd i Sverige återkallas efter utresan.`,
      en: `The destination (${country}) is not the home country. A permit to live there is needed, and a permanent Swedish residence permit is revoked after departure.`,
    }),
    citation: revocation,
  },
  DESTINATION_EU_EEA: {
    severity: "WARNS",
    text: ({ country = "" }) => ({
      sv: `Resmålet (${country}) ligger inom EU/EES eller i Schweiz. Enligt uppgift gäller bidraget från 2026 bara den som bosätter sig utanför EU/EES och Schweiz. Det står inte i förordningstexten: kontrollera med Migrationsverket.`,
      en: `The destination (${country}) is in the EU/EEA or Switzerland. It is reported that from 2026 the grant is only for settling outside the EU/EEA and Switzerland. This is not in the ordinance text: check with Migrationsverket.`,
    }),
    citation: unconfirmed,
  },
  TRAVEL_COST_INCLUDES_NON_ELIGIBLE: {
    severity: "WARNS",
    text: () => ({
      sv: "Reskostnaden gäller hela hushållet, men alla i hushållet får inte bidrag. Migrationsverket betalar resan för dem som får bidrag, så beloppet för resan kan bli lägre.",
      en: "The travel cost is for the whole household, but not everyone in it gets the grant. Migrationsverket pays the journey of those who get the grant, so the travel amount may be lower.",
    }),
    citation: ordinance,
  },
  CAP_FAMILY_TOTAL: {
    severity: "INFO",
    text: ({ capSek = 0 }) => ({
      sv: `En familj kan få högst ${formatSek(capSek, "sv")} i bidrag utöver resekostnaden. ${capReduced.sv}`,
      en: `A family can get at most ${formatSek(capSek, "en")} in allowances on top of the travel cost. ${capReduced.en}`,
    }),
    citation: ordinance,
  },
  CAP_COUPLE: {
    severity: "INFO",
    text: ({ capSek = 0 }) => ({
      sv: `Huvudsökanden och make eller maka kan tillsammans få högst ${formatSek(capSek, "sv")}. ${capReduced.sv}`,
      en: `The main applicant and spouse can get at most ${formatSek(capSek, "en")} together. ${capReduced.en}`,
    }),
    citation: ordinance,
  },
  CAP_HOUSEHOLD: {
    severity: "INFO",
    text: ({ capSek = 0 }) => ({
      sv: `Ett hushåll kan få högst ${formatSek(capSek, "sv")} i bidrag. ${capReduced.sv}`,
      en: `A household can get at most ${formatSek(capSek, "en")} in allowances. ${capReduced.en}`,
    }),
    citation: ordinance,
  },

  // General notices (RuleSet.notices).
  ONCE_PER_PERSON: {
    severity: "INFO",
    text: () => ({
      sv: "Återvandringsbidrag ges bara en gång i livet per person.",
      en: "A person can get the repatriation grant only once in their life.",
    }),
    citation: oncePerPerson,
  },
  SUBJECT_TO_FUNDS: {
    severity: "INFO",
    text: () => ({
      sv: "Bidraget ges \"i mån av tillgång på medel\": bara om det finns pengar kvar för ändamålet i statens budget det året.",
      en: "The grant is given \"i mån av tillgång på medel\" (subject to available funds): only if money for it remains in that year's state budget.",
    }),
    citation: ordinance,
  },
  PASSPORT_REQUIRED: {
    severity: "INFO",
    text: () => ({
      sv: "Var och en som reser behöver ett giltigt pass från hemlandet.",
      en: "Everyone who travels needs a valid passport from their home country.",
    }),
    citation: ordinance,
  },
  PAID_IN_INSTALMENTS: {
    severity: "INFO",
    text: ({ ruleSet }) => ({
      sv: `Bidraget betalas ut i ${ruleSet.instalments} delar, inte på en gång.`,
      en: `The grant is paid in ${ruleSet.instalments} instalments, not all at once.`,
    }),
    citation: ordinance,
  },
  REPAYMENT_ON_RETURN_REPORTED: {
    severity: "WARNS",
    text: () => ({
      sv: "Enligt uppgift kan bidraget behöva betalas tillbaka om personen flyttar tillbaka till Sverige. Det står inte i förordningstexten: kontrollera med Migrationsverket.",
      en: "It is reported that the grant may have to be paid back if the person moves back to Sweden. This is not in the ordinance text: check with Migrationsverket.",
    }),
    citation: unconfirmed,
  },
  DECIDED_BY_MIGRATIONSVERKET: {
    severity: "INFO",
    text: () => ({
      sv: "Det här är en preliminär bedömning. Det är Migrationsverket som prövar ansökan och beslutar om bidrag.",
      en: "This is a preliminary check. Migrationsverket assesses the application and decides on the grant.",
    }),
    citation: ordinance,
  },
} as const satisfies Record<string, ReasonDefinition>;

export type ReasonCode = keyof typeof REASONS;

export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

export function isReasonCode(code: string): code is ReasonCode {
  return Object.hasOwn(REASONS, code);
}

export function makeReason(code: ReasonCode, context: ReasonContext): Reason {
  const definition: ReasonDefinition = REASONS[code];
  return {
    code,
    severity: definition.severity,
    text: definition.text(context),
    citation: definition.citation(context.ruleSet),
  };
}

export type AlternativeCode = "ATERETABLERINGSSTOD" | "EU_REINTEGRATION_PROGRAMME";

export const ALTERNATIVES: Record<AlternativeCode, { text: LocalizedText; source: string }> = {
  ATERETABLERINGSSTOD: {
    text: {
      sv:
        "Återetableringsstöd: för den som har fått avslag på sin asylansökan eller har tagit tillbaka den och " +
        "återvänder. Det är inte återvandringsbidrag. Stödet handläggs av en mottagningshandläggare på " +
        "Migrationsverket, gäller bara vissa länder och betalas ut i hemlandet via IOM. Hänvisa personen till " +
        "Migrationsverkets mottagning.",
      en:
        "Reintegration support (återetableringsstöd): for people whose asylum application was rejected or " +
        "withdrawn and who return. It is not the repatriation grant. A reception officer at Migrationsverket " +
        "handles it; it applies only to certain countries and is paid in the home country through IOM. Refer " +
        "the person to Migrationsverket's reception unit.",
    },
    source: "Migrationsverket, Återetableringsstöd / Reintegration support",
  },
  EU_REINTEGRATION_PROGRAMME: {
    text: {
      sv:
        "EU:s återintegreringsprogram (EU Reintegration Programme): stöd i form av varor och tjänster, inte " +
        "kontanter, värt 3 000 euro per person (från 1 juli 2024). Fråga Migrationsverkets mottagning om " +
        "personen kan omfattas.",
      en:
        "EU Reintegration Programme: in-kind support (goods and services, not cash) worth EUR 3,000 per person " +
        "(from 1 July 2024). Ask Migrationsverket's reception unit whether the person can be included.",
    },
    source: "Migrationsverket; EU Reintegration Programme (EURP)",
  },
};

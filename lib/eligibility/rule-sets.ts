import type { MemberRole, PermitGround } from "./types";
import { addDays, isIsoDate } from "./dates";

// The rules of SFS 1984:890 as data, one entry per version in force. An amendment is a new
// entry (and the previous entry's validTo is set to the day before): never edit the
// conditions of a version that has been in force, or old cases would be re-judged by new law.

export type CapCode = "CAP_FAMILY_TOTAL" | "CAP_COUPLE" | "CAP_HOUSEHOLD";

export type AllowanceCap = {
  code: CapCode;
  /** The members whose amounts the cap limits together. */
  appliesTo: "ALL" | readonly MemberRole[];
  maxSek: number;
};

/** General notices shown with every result under the set. */
export type NoticeCode =
  | "ONCE_PER_PERSON"
  | "SUBJECT_TO_FUNDS"
  | "PASSPORT_REQUIRED"
  | "PAID_IN_INSTALMENTS"
  | "REPAYMENT_ON_RETURN_REPORTED"
  | "DECIDED_BY_MIGRATIONSVERKET";

export type RuleSet = {
  id: string;
  title: string;
  titleEn: string;
  validFrom: string;
  /** Last day in force (inclusive); null while in force. */
  validTo: string | null;
  /** The ordinance version. */
  citation: string;
  /** Where the rules are explained (Migrationsverket; the city's papers). */
  source: string;
  /** Grounds that qualify on their own (FAMILY_TIES is handled separately). */
  qualifyingGrounds: readonly PermitGround[];
  /** Of the qualifying grounds, those that count only when the permit is permanent. */
  groundsRequiringPermanentPermit: readonly PermitGround[];
  /** Grounds that exclude the person outright, whatever else holds. */
  excludedGrounds: readonly PermitGround[];
  /** Every qualifying permit (incl. family ties) must be granted on or before; null: no cutoff. */
  permitGrantedOnOrBefore: string | null;
  requiresRegistration: boolean;
  requiresLivingWithApplicant: boolean;
  /** Under the older rules "family" meant spouse and children under 18 (warn, not rule). */
  warnAdultChildOnFamilyTies: boolean;
  perAdultSek: number;
  perChildSek: number;
  /** Applied in this order; each only lowers amounts, so every earlier cap still holds. */
  caps: readonly AllowanceCap[];
  coversTravelCost: boolean;
  warnEuEeaDestination: boolean;
  /** Number of instalments the grant is paid in. */
  instalments: number;
  notices: readonly NoticeCode[];
};

const PROTECTION_GROUNDS = [
  "REFUGEE",
  "SUBSIDIARY_PROTECTION",
  "QUOTA_REFUGEE",
  "EXCEPTIONALLY_DISTRESSING",
] as const satisfies readonly PermitGround[];

export const RULE_SETS: readonly [RuleSet, ...RuleSet[]] = [
  {
    id: "sfs-1984-890@2010-01-01",
    title: "Återvandringsbidrag enligt SFS 1984:890, regler t.o.m. 2025-12-31",
    titleEn: "Repatriation grant under SFS 1984:890, rules until 2025-12-31",
    // The once-per-person rule (SFS 2009:1162) took effect 2010-01-01; the amounts below are
    // those in the city's papers of 2010 and 2018. Earlier dates fall back with a warning.
    validFrom: "2010-01-01",
    validTo: "2025-12-31",
    citation: "SFS 1984:890 (i lydelse t.o.m. 2025-12-31 / as in force until 2025-12-31)",
    source:
      "Migrationsverket, Frivillig återvandring / Återvandring (migrationsverket.se); " +
      "Stockholms stad, tjänsteutlåtanden om återvandring (2010, 2018)",
    qualifyingGrounds: PROTECTION_GROUNDS,
    groundsRequiringPermanentPermit: [],
    excludedGrounds: ["TEMPORARY_PROTECTION_DIRECTIVE"],
    permitGrantedOnOrBefore: null,
    requiresRegistration: false,
    requiresLivingWithApplicant: false,
    warnAdultChildOnFamilyTies: true,
    perAdultSek: 10_000,
    perChildSek: 5_000,
    caps: [{ code: "CAP_FAMILY_TOTAL", appliesTo: "ALL", maxSek: 40_000 }],
    coversTravelCost: true,
    warnEuEeaDestination: false,
    instalments: 1,
    notices: ["ONCE_PER_PERSON", "SUBJECT_TO_FUNDS", "PASSPORT_REQUIRED", "DECIDED_BY_MIGRATIONSVERKET"],
  },
  {
    id: "sfs-1984-890@2026-01-01",
    title: "Återvandringsbidrag enligt SFS 1984:890, regler fr.o.m. 2026-01-01",
    titleEn: "Repatriation grant under SFS 1984:890, rules from 2026-01-01",
    validFrom: "2026-01-01",
    validTo: null,
    citation:
      "SFS 1984:890 (i lydelse fr.o.m. 2026-01-01 / as in force 2026-01-01; regeringsbeslut 2025-10-30)",
    source: "Migrationsverket, Återvandringsbidrag / Repatriation grant (migrationsverket.se/en)",
    qualifyingGrounds: [...PROTECTION_GROUNDS, "UPPER_SECONDARY_SCHOOL_LAW", "TEMPORARY_LAW_2016"],
    groundsRequiringPermanentPermit: ["UPPER_SECONDARY_SCHOOL_LAW", "TEMPORARY_LAW_2016"],
    excludedGrounds: ["TEMPORARY_PROTECTION_DIRECTIVE"],
    permitGrantedOnOrBefore: "2024-09-12",
    requiresRegistration: true,
    requiresLivingWithApplicant: true,
    warnAdultChildOnFamilyTies: false,
    perAdultSek: 350_000,
    perChildSek: 25_000,
    caps: [
      // The couple cap first: it is the narrower one, and the household cap then works
      // on amounts the couple cap has already lowered.
      { code: "CAP_COUPLE", appliesTo: ["APPLICANT", "SPOUSE"], maxSek: 500_000 },
      { code: "CAP_HOUSEHOLD", appliesTo: "ALL", maxSek: 600_000 },
    ],
    // DOMAIN.md gives the 2026 allowances but does not restate travel costs; the ordinance
    // is a grant for travel, so they stay covered until a source says otherwise.
    coversTravelCost: true,
    warnEuEeaDestination: true,
    instalments: 3,
    notices: [
      "ONCE_PER_PERSON",
      "SUBJECT_TO_FUNDS",
      "PAID_IN_INSTALMENTS",
      "REPAYMENT_ON_RETURN_REPORTED",
      "DECIDED_BY_MIGRATIONSVERKET",
    ],
  },
];

const MAX_WHAT_IF_DAYS = 36_525;

export function isInForce(ruleSet: RuleSet, date: string): boolean {
  if (!isIsoDate(date)) return false;
  return ruleSet.validFrom <= date && (ruleSet.validTo === null || date <= ruleSet.validTo);
}

/** The rule set in force on `date` ("YYYY-MM-DD"), or undefined (before 2010, or not a date). */
export function ruleSetFor(date: string): RuleSet | undefined {
  return RULE_SETS.find((ruleSet) => isInForce(ruleSet, date));
}

export function ruleSetById(id: string): RuleSet | undefined {
  return RULE_SETS.find((ruleSet) => ruleSet.id === id);
}

/**
 * The set to judge by when none is in force: the earliest for a date before every set,
 * else the latest that had started. An unreadable date gets the newest rules (the engine
 * blocks it anyway).
 */
export function fallbackRuleSet(date: string): RuleSet {
  const newest = RULE_SETS[RULE_SETS.length - 1] ?? RULE_SETS[0];
  if (!isIsoDate(date)) return newest;
  return RULE_SETS.filter((ruleSet) => ruleSet.validFrom <= date).at(-1) ?? RULE_SETS[0];
}

/**
 * The rule sets in force at some day within `days` days before or after `date`, oldest
 * first: the sets a what-if view should compare. Empty when `date` is not a real date.
 */
export function ruleSetsNear(date: string, days: number): RuleSet[] {
  // Capped at a century so the arithmetic stays within four-digit years.
  const span = Math.min(MAX_WHAT_IF_DAYS, Math.abs(Math.trunc(Number.isFinite(days) ? days : 0)));
  const from = addDays(date, -span);
  const to = addDays(date, span);
  if (from === null || to === null) return [];
  return RULE_SETS.filter(
    (ruleSet) => ruleSet.validFrom <= to && (ruleSet.validTo === null || ruleSet.validTo >= from),
  );
}

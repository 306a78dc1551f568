// The engine's public contract (see /work/shared/domain/ELIGIBILITY.md). The names and
// fields listed there are fixed; fields added here are marked "extra".

import { PERMIT_GROUNDS } from "@/lib/vocabularies/permit-grounds";

// The grounds are the database's PermitGround enum (lib/vocabularies/permit-grounds);
// the contract's names stay as they were.
export { PERMIT_GROUNDS };

export type PermitGround = (typeof PERMIT_GROUNDS)[number];

export const MEMBER_ROLES = ["APPLICANT", "SPOUSE", "CHILD", "OTHER"] as const;

export type MemberRole = (typeof MEMBER_ROLES)[number];

export type Permit = { ground: PermitGround; permanent: boolean; grantedOn: string };

export type HouseholdMember = {
  role: MemberRole;
  /** "YYYY-MM-DD" */
  birthDate: string;
  /** ISO 3166-1 alpha-2; "SE" is Swedish. */
  citizenships: string[];
  permit: null | Permit;
  livesWithApplicant: boolean;
};

export type EligibilityInput = {
  /** "YYYY-MM-DD": picks the rule set in force that day. */
  applicationDate: string;
  /** country: ISO 3166-1 alpha-2. */
  destination: { country: string; isHomeCountry: boolean };
  /** folkbokförd */
  registeredInSweden: boolean;
  hasDebtsToCsnOrKronofogden: boolean;
  canPayOwnTravel: boolean;
  /** Any member already had a return grant. */
  hadGrantBefore: boolean;
  /** Estimated travel cost of the whole household, >= 0. */
  travelCostSek: number;
  /** Exactly one APPLICANT (the engine reports NO_APPLICANT / MULTIPLE_APPLICANTS otherwise). */
  members: HouseholdMember[];
};

export type LocalizedText = { sv: string; en: string };

export type Severity = "BLOCKS" | "WARNS" | "INFO";

export type Reason = {
  /** Stable, e.g. "SWEDISH_CITIZEN"; see REASON_CODES. */
  code: string;
  severity: Severity;
  text: LocalizedText;
  citation: string;
};

export type Outcome = "ELIGIBLE" | "NOT_ELIGIBLE" | "NEEDS_ASSESSMENT";

export type MemberResult = {
  index: number;
  eligible: boolean;
  isChild: boolean;
  allowanceSek: number;
  reasons: Reason[];
  /** extra */
  role: MemberRole;
  /** extra: whole years on the application date; null when a date cannot be read. */
  ageYears: number | null;
  /** extra: meets the person-level conditions, whatever blocks the household. */
  qualifies: boolean;
  /** extra: what the person qualifies on. */
  qualifiesOn: "OWN_PERMIT" | "FAMILY_TIES" | null;
  /** extra: the per-person amount before caps (0 when the person does not get the grant). */
  uncappedAllowanceSek: number;
};

export type RuleSetSummary = {
  id: string;
  title: string;
  validFrom: string;
  validTo: string | null;
  source: string;
  /** extra */
  titleEn: string;
  /** extra: the ordinance version, e.g. "SFS 1984:890 (i lydelse fr.o.m. 2026-01-01) …". */
  citation: string;
  /** extra: false when no rule set was in force (fallback) or a what-if ran another set. */
  inForceOnApplicationDate: boolean;
};

export type Alternative = {
  code: string;
  text: LocalizedText;
  /** extra */
  source: string;
};

export type EligibilityResult = {
  ruleSet: RuleSetSummary;
  outcome: Outcome;
  members: MemberResult[];
  /** After every cap, travel cost excluded. Equals the sum of the members' allowanceSek. */
  allowanceSek: number;
  /** Travel cost covered, whole kronor (0 when NOT_ELIGIBLE). */
  travelCostSek: number;
  /** allowanceSek + travelCostSek */
  totalSek: number;
  reasons: Reason[];
  alternatives: Alternative[];
  /** extra: codes of the caps that reduced the allowance, in the order applied. */
  capsApplied: string[];
  /** extra: the sum of the per-person amounts before caps. */
  uncappedAllowanceSek: number;
  /** extra */
  perAdultSek: number;
  /** extra */
  perChildSek: number;
  /**
   * extra: true when the amounts depend on an assessment (NEEDS_ASSESSMENT) or the rule
   * set was not in force on the application date.
   */
  isProvisional: boolean;
};

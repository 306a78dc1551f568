import type {
  Alternative,
  EligibilityInput,
  EligibilityResult,
  HouseholdMember,
  MemberResult,
  Outcome,
  Reason,
  Severity,
} from "./types";
import { ageOn, isIsoDate } from "./dates";
import { isEuEeaOrSwitzerland } from "./eu-eea";
import { applyCaps } from "./caps";
import { ALTERNATIVES, makeReason, type AlternativeCode, type ReasonCode, type ReasonContext } from "./reasons";
import { fallbackRuleSet, isInForce, ruleSetFor, type RuleSet } from "./rule-sets";

// How the engine reads the contract where it is silent (see ELIGIBILITY.md):
// - Exactly one APPLICANT is an input rule the schema enforces. The engine still answers
//   anything it is given: no applicant or several gives NOT_ELIGIBLE with NO_APPLICANT or
//   MULTIPLE_APPLICANTS, and a date that is not a real "YYYY-MM-DD" gives INVALID_DATE.
// - A BLOCKS reason at household level means NOT_ELIGIBLE. Reasons that only concern one
//   person (a Swedish-citizen child, a spouse living elsewhere) drop that person to 0 and
//   leave the others alone; the applicant's own BLOCKS reasons are repeated at household
//   level, because without a qualifying applicant nobody gets the grant.
// - NEEDS_ASSESSMENT (own means, or no rule set in force) still shows the amounts that
//   would apply if Migrationsverket's assessment goes the household's way, with
//   isProvisional set; members are then `eligible` provisionally.
// - The travel cost covered is the household's estimate in whole kronor whenever the
//   outcome is not NOT_ELIGIBLE, and 0 otherwise. The estimate is for the whole household,
//   so when some member does not qualify it is an upper bound (TRAVEL_COST_INCLUDES_NON_ELIGIBLE).

type Mode = "IN_FORCE" | "FALLBACK" | "HYPOTHETICAL";

type PersonCheck = {
  qualifies: boolean;
  basis: "OWN_PERMIT" | "FAMILY_TIES" | null;
  reasons: Reason[];
};

const SEVERITY_ORDER: Record<Severity, number> = { BLOCKS: 0, WARNS: 1, INFO: 2 };

const ADULT_AGE = 18;

/** Judges `input` by the rule set in force on its application date. Never throws. */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const inForce = ruleSetFor(input.applicationDate);
  if (inForce) return evaluate(input, inForce, "IN_FORCE");
  return evaluate(input, fallbackRuleSet(input.applicationDate), "FALLBACK");
}

/**
 * Judges `input` by a chosen rule set, for a what-if comparison (see ruleSetsNear). When the
 * set is not in force on the application date the result says so (HYPOTHETICAL_RULE_SET)
 * but is otherwise judged exactly as if it were.
 */
export function checkEligibilityWithRuleSet(input: EligibilityInput, ruleSet: RuleSet): EligibilityResult {
  return evaluate(input, ruleSet, isInForce(ruleSet, input.applicationDate) ? "IN_FORCE" : "HYPOTHETICAL");
}

export function countApplicants(members: readonly Pick<HouseholdMember, "role">[]): number {
  return members.filter((member) => member.role === "APPLICANT").length;
}

/** The contract's "exactly one APPLICANT"; the engine reports the other cases as BLOCKS. */
export function hasExactlyOneApplicant(input: Pick<EligibilityInput, "members">): boolean {
  return countApplicants(input.members) === 1;
}

export function isSwedishCitizen(member: Pick<HouseholdMember, "citizenships">): boolean {
  return member.citizenships.some((code) => code.trim().toUpperCase() === "SE");
}

function isChildOn(member: HouseholdMember, applicationDate: string): boolean {
  const age = ageOn(member.birthDate, applicationDate);
  return age !== null && age < ADULT_AGE;
}

function hasOnlyRealDates(input: EligibilityInput): boolean {
  return (
    isIsoDate(input.applicationDate) &&
    input.members.every(
      (member) => isIsoDate(member.birthDate) && (member.permit === null || isIsoDate(member.permit.grantedOn)),
    )
  );
}

function isAfterCutoff(grantedOn: string, ruleSet: RuleSet): boolean {
  return ruleSet.permitGrantedOnOrBefore !== null && grantedOn > ruleSet.permitGrantedOnOrBefore;
}

function checkPerson(
  member: HouseholdMember,
  isChild: boolean,
  applicantQualifies: boolean,
  ruleSet: RuleSet,
): PersonCheck {
  const reason = (code: ReasonCode, extra: Partial<ReasonContext> = {}) =>
    makeReason(code, { ruleSet, isChild, ...extra });
  const isApplicant = member.role === "APPLICANT";
  const reasons: Reason[] = [];
  let basis: PersonCheck["basis"] = null;

  // Swedish citizenship and a missing permit end the check: nothing else can help.
  if (isSwedishCitizen(member)) {
    reasons.push(reason("SWEDISH_CITIZEN"));
  } else if (member.permit === null) {
    reasons.push(reason("NO_PERMIT"));
  } else {
    const { ground, permanent, grantedOn } = member.permit;
    if (ruleSet.excludedGrounds.includes(ground)) {
      reasons.push(reason(ground === "TEMPORARY_PROTECTION_DIRECTIVE" ? "TEMPORARY_PROTECTION_DIRECTIVE" : "GROUND_NOT_QUALIFYING", { ground }));
    } else if (ruleSet.qualifyingGrounds.includes(ground)) {
      const before = reasons.length;
      if (ruleSet.groundsRequiringPermanentPermit.includes(ground) && !permanent) {
        reasons.push(reason("PERMIT_NOT_PERMANENT", { ground }));
      }
      if (isAfterCutoff(grantedOn, ruleSet)) reasons.push(reason("PERMIT_AFTER_CUTOFF", { date: grantedOn }));
      if (reasons.length === before) basis = "OWN_PERMIT";
    } else if (ground === "FAMILY_TIES" && (member.role === "SPOUSE" || member.role === "CHILD")) {
      const before = reasons.length;
      if (!applicantQualifies) reasons.push(reason("FAMILY_TIES_APPLICANT_NOT_QUALIFYING"));
      if (isAfterCutoff(grantedOn, ruleSet)) reasons.push(reason("PERMIT_AFTER_CUTOFF", { date: grantedOn }));
      if (reasons.length === before) basis = "FAMILY_TIES";
      if (ruleSet.warnAdultChildOnFamilyTies && member.role === "CHILD" && !isChild) {
        reasons.push(reason("ADULT_CHILD_FAMILY_TIES"));
      }
    } else if (ground === "FAMILY_TIES" && member.role === "OTHER") {
      reasons.push(reason("FAMILY_TIES_ROLE_NOT_COVERED"));
    } else {
      reasons.push(reason("GROUND_NOT_QUALIFYING", { ground }));
    }
  }

  if (!isApplicant && ruleSet.requiresLivingWithApplicant && !member.livesWithApplicant) {
    reasons.push(reason("NOT_LIVING_WITH_APPLICANT"));
    basis = null;
  }

  if (basis !== null) {
    const ground = member.permit?.ground;
    reasons.push(reason(basis === "OWN_PERMIT" ? "QUALIFIES_OWN_PERMIT" : "QUALIFIES_FAMILY_TIES", { ground }));
  }
  return { qualifies: basis !== null, basis, reasons };
}

function bySeverity(reasons: Reason[]): Reason[] {
  // Array.prototype.sort is stable, so reasons keep the order of the checks within a severity.
  return [...reasons].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function wholeKronor(amount: number): number {
  return Number.isFinite(amount) && amount > 0 ? Math.round(amount) : 0;
}

function alternative(code: AlternativeCode): Alternative {
  return { code, text: { ...ALTERNATIVES[code].text }, source: ALTERNATIVES[code].source };
}

function evaluate(input: EligibilityInput, ruleSet: RuleSet, mode: Mode): EligibilityResult {
  const reason = (code: ReasonCode, extra: Partial<ReasonContext> = {}) => makeReason(code, { ruleSet, ...extra });
  const household: Reason[] = [];
  const alternatives: Alternative[] = [];
  const { applicationDate } = input;

  if (mode === "FALLBACK") household.push(reason("RULE_SET_NOT_IN_FORCE", { date: applicationDate }));
  if (mode === "HYPOTHETICAL") household.push(reason("HYPOTHETICAL_RULE_SET", { date: applicationDate }));
  if (!hasOnlyRealDates(input)) household.push(reason("INVALID_DATE"));

  const applicantCount = countApplicants(input.members);
  if (applicantCount === 0) household.push(reason("NO_APPLICANT"));
  if (applicantCount > 1) household.push(reason("MULTIPLE_APPLICANTS"));
  const applicantIndex = applicantCount === 1 ? input.members.findIndex((m) => m.role === "APPLICANT") : -1;
  const applicant = input.members[applicantIndex];

  const isChild = input.members.map((member) => isChildOn(member, applicationDate));
  const applicantCheck = applicant
    ? checkPerson(applicant, isChild[applicantIndex] ?? false, false, ruleSet)
    : null;
  const applicantQualifies = applicantCheck?.qualifies ?? false;
  const checks = input.members.map((member, index) =>
    index === applicantIndex && applicantCheck
      ? applicantCheck
      : checkPerson(member, isChild[index] ?? false, applicantQualifies, ruleSet),
  );

  if (applicant && applicantCheck && !applicantQualifies) {
    household.push(...applicantCheck.reasons.filter((r) => r.severity === "BLOCKS"));
    if (!isSwedishCitizen(applicant) && applicant.permit === null) {
      alternatives.push(alternative("ATERETABLERINGSSTOD"), alternative("EU_REINTEGRATION_PROGRAMME"));
    }
    const otherAdultHasOwnPermit = checks.some(
      (check, index) => index !== applicantIndex && check.basis === "OWN_PERMIT" && !isChild[index],
    );
    if (otherAdultHasOwnPermit) household.push(reason("OTHER_MEMBER_MAY_APPLY"));
  }
  if (ruleSet.requiresRegistration && !input.registeredInSweden) household.push(reason("NOT_REGISTERED"));
  if (input.hadGrantBefore) household.push(reason("PREVIOUS_GRANT"));
  if (input.hasDebtsToCsnOrKronofogden) household.push(reason("DEBTS_CSN_KRONOFOGDEN"));

  const isBlocked = household.some((r) => r.severity === "BLOCKS");
  if (input.canPayOwnTravel) household.push(reason("OWN_MEANS"));

  const country = input.destination.country.trim().toUpperCase();
  if (!input.destination.isHomeCountry) household.push(reason("DESTINATION_NOT_HOME_COUNTRY", { country }));
  if (ruleSet.warnEuEeaDestination && isEuEeaOrSwitzerland(country)) {
    household.push(reason("DESTINATION_EU_EEA", { country }));
  }

  const outcome: Outcome = isBlocked
    ? "NOT_ELIGIBLE"
    : input.canPayOwnTravel || mode === "FALLBACK"
      ? "NEEDS_ASSESSMENT"
      : "ELIGIBLE";

  const uncapped = checks.map((check, index) => {
    if (isBlocked || !check.qualifies) return 0;
    return isChild[index] ? ruleSet.perChildSek : ruleSet.perAdultSek;
  });
  const capped = applyCaps(
    input.members.map((member, index) => ({ role: member.role, amountSek: uncapped[index] ?? 0 })),
    ruleSet.caps,
  );
  for (const { cap } of capped.applied) household.push(reason(cap.code, { capSek: cap.maxSek }));

  const members: MemberResult[] = input.members.map((member, index) => {
    const check = checks[index] ?? { qualifies: false, basis: null, reasons: [] };
    const memberReasons = [...check.reasons];
    if (isBlocked && check.qualifies) memberReasons.push(reason("HOUSEHOLD_NOT_ELIGIBLE"));
    for (const { cap, reducedIndexes } of capped.applied) {
      if (reducedIndexes.includes(index)) memberReasons.push(reason(cap.code, { capSek: cap.maxSek }));
    }
    return {
      index,
      eligible: check.qualifies && !isBlocked,
      isChild: isChild[index] ?? false,
      allowanceSek: capped.amounts[index] ?? 0,
      reasons: bySeverity(memberReasons),
      role: member.role,
      ageYears: ageOn(member.birthDate, applicationDate),
      qualifies: check.qualifies,
      qualifiesOn: check.basis,
      uncappedAllowanceSek: uncapped[index] ?? 0,
    };
  });

  const travelCostSek = !isBlocked && ruleSet.coversTravelCost ? wholeKronor(input.travelCostSek) : 0;
  if (travelCostSek > 0 && members.some((member) => !member.eligible)) {
    household.push(reason("TRAVEL_COST_INCLUDES_NON_ELIGIBLE"));
  }
  for (const notice of ruleSet.notices) household.push(reason(notice));

  const allowanceSek = members.reduce((sum, member) => sum + member.allowanceSek, 0);
  return {
    ruleSet: {
      id: ruleSet.id,
      title: ruleSet.title,
      validFrom: ruleSet.validFrom,
      validTo: ruleSet.validTo,
      source: ruleSet.source,
      titleEn: ruleSet.titleEn,
      citation: ruleSet.citation,
      inForceOnApplicationDate: mode === "IN_FORCE",
    },
    outcome,
    members,
    allowanceSek,
    travelCostSek,
    totalSek: allowanceSek + travelCostSek,
    reasons: bySeverity(household),
    alternatives,
    capsApplied: capped.applied.map(({ cap }) => cap.code),
    uncappedAllowanceSek: uncapped.reduce((sum, amount) => sum + amount, 0),
    perAdultSek: ruleSet.perAdultSek,
    perChildSek: ruleSet.perChildSek,
    isProvisional: outcome === "NEEDS_ASSESSMENT" || mode !== "IN_FORCE",
  };
}

// Return-grant eligibility (SFS 1984:890): a pure engine. No I/O, no clock, no Node-only
// imports, so a server action, a route handler, a test and a browser bundle can all use it.
// The contract is /work/shared/domain/ELIGIBILITY.md.

export type {
  Alternative,
  EligibilityInput,
  EligibilityResult,
  HouseholdMember,
  LocalizedText,
  MemberResult,
  MemberRole,
  Outcome,
  Permit,
  PermitGround,
  Reason,
  RuleSetSummary,
  Severity,
} from "./types";
export { MEMBER_ROLES, PERMIT_GROUNDS } from "./types";
export {
  checkEligibility,
  checkEligibilityWithRuleSet,
  countApplicants,
  hasExactlyOneApplicant,
  isSwedishCitizen,
} from "./check-eligibility";
export type { AllowanceCap, CapCode, NoticeCode, RuleSet } from "./rule-sets";
export { RULE_SETS, fallbackRuleSet, isInForce, ruleSetById, ruleSetFor, ruleSetsNear } from "./rule-sets";
export type { AlternativeCode, ReasonCode } from "./reasons";
export { ALTERNATIVES, REASONS, REASON_CODES, formatSek, isReasonCode } from "./reasons";
export { ageOn, isIsoDate, parseIsoDate } from "./dates";
export { EU_EEA_CH_COUNTRIES, isEuEeaOrSwitzerland } from "./eu-eea";

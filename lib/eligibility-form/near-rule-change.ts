import { checkEligibility, checkEligibilityWithRuleSet, ruleSetsNear, type EligibilityInput, type EligibilityResult } from "@/lib/eligibility";

// The what-if comparison the form shows near a change of rules: the same household under
// each rule set in force within a window of its application date, side by side.

/** How close to a change of rules an application date must be for a side-by-side view. */
export const RULE_CHANGE_WINDOW_DAYS = 60;

/**
 * The household judged by the rules in force on its date and, when another rule set is in
 * force within `days` of it, by each of those too (oldest first), with the day the later
 * rules start. One result and no date when no change is near.
 */
export function resultsNearRuleChange(
  input: EligibilityInput,
  days: number = RULE_CHANGE_WINDOW_DAYS,
): { results: EligibilityResult[]; ruleChangeOn: string | null } {
  const near = ruleSetsNear(input.applicationDate, days);
  if (near.length < 2) return { results: [checkEligibility(input)], ruleChangeOn: null };
  // Each later set starts a change; show the one nearest the date.
  const at = Date.parse(input.applicationDate);
  const distance = (from: string) => Math.abs(Date.parse(from) - at);
  const changes = near.slice(1).map((ruleSet) => ruleSet.validFrom);
  const ruleChangeOn = changes.reduce((nearest, from) => (distance(from) < distance(nearest) ? from : nearest));
  return { results: near.map((ruleSet) => checkEligibilityWithRuleSet(input, ruleSet)), ruleChangeOn };
}

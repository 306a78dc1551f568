import { describe, expect, it } from "vitest";
import { checkEligibility } from "@/lib/eligibility";
import { child, household, member, spouse } from "@/lib/eligibility/test-fixtures";
import { resultsNearRuleChange } from "./near-rule-change";

describe("resultsNearRuleChange", () => {
  const family = household({ members: [member(), spouse(), child()] });

  it("gives one result, by the rules in force, far from a change", () => {
    const near = resultsNearRuleChange({ ...family, applicationDate: "2025-06-15" });
    expect(near.ruleChangeOn).toBeNull();
    expect(near.results).toEqual([checkEligibility({ ...family, applicationDate: "2025-06-15" })]);
  });

  it("gives both rule sets, oldest first, within 60 days of 2026-01-01", () => {
    for (const date of ["2025-11-20", "2025-12-31", "2026-01-01", "2026-02-15"]) {
      const near = resultsNearRuleChange({ ...family, applicationDate: date });
      expect(near.ruleChangeOn, date).toBe("2026-01-01");
      expect(near.results.map((result) => result.ruleSet.id)).toEqual(["sfs-1984-890@2010-01-01", "sfs-1984-890@2026-01-01"]);
      expect(near.results.filter((result) => result.ruleSet.inForceOnApplicationDate)).toHaveLength(1);
    }
    const december = resultsNearRuleChange({ ...family, applicationDate: "2025-12-15" }).results;
    expect(december[0]).toEqual(checkEligibility({ ...family, applicationDate: "2025-12-15" }));
    expect(december[0]?.totalSek).toBe(25_000 + 15_000);
    expect(december[1]?.reasons.map((reason) => reason.code)).toContain("HYPOTHETICAL_RULE_SET");
    // Two adults capped together at 500 000, plus a child.
    expect(december[1]?.allowanceSek).toBe(525_000);
  });

  it("honours a narrower window", () => {
    expect(resultsNearRuleChange({ ...family, applicationDate: "2025-11-20" }, 30).results).toHaveLength(1);
  });
});

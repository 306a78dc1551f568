import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  checkEligibilityWithRuleSet,
  hasExactlyOneApplicant,
  ruleSetById,
  type EligibilityInput,
  type EligibilityResult,
  type PermitGround,
} from "./index";
import {
  DATE_2025,
  DATE_2026,
  child,
  codes,
  household,
  member,
  memberCodes,
  permit,
  spouse,
} from "./test-fixtures";

const RULES_2025 = "sfs-1984-890@2010-01-01";
const RULES_2026 = "sfs-1984-890@2026-01-01";

const BOTH_SETS = [
  { label: "2025 rules", date: DATE_2025 },
  { label: "2026 rules", date: DATE_2026 },
] as const;

function check(overrides: Partial<EligibilityInput> = {}): EligibilityResult {
  return checkEligibility(household(overrides));
}

const allowances = (result: EligibilityResult) => result.members.map((m) => m.allowanceSek);

function children(count: number) {
  return Array.from({ length: count }, (_, i) => child({ birthDate: `2012-0${(i % 9) + 1}-01` }));
}

describe("choosing the rule set", () => {
  it("uses the old rules on 2025-12-31 and the new ones on 2026-01-01", () => {
    const before = check({ applicationDate: "2025-12-31" });
    const after = check({ applicationDate: "2026-01-01" });
    expect(before.ruleSet.id).toBe(RULES_2025);
    expect(before.allowanceSek).toBe(10_000);
    expect(after.ruleSet.id).toBe(RULES_2026);
    expect(after.allowanceSek).toBe(350_000);
    expect(before.ruleSet.inForceOnApplicationDate).toBe(true);
    expect(after.ruleSet.inForceOnApplicationDate).toBe(true);
  });

  it("falls back to the oldest rules with a warning before any rule set, and needs assessment", () => {
    const result = check({ applicationDate: "2009-12-31" });
    expect(result.ruleSet.id).toBe(RULES_2025);
    expect(result.ruleSet.inForceOnApplicationDate).toBe(false);
    expect(codes(result.reasons)).toContain("RULE_SET_NOT_IN_FORCE");
    expect(result.outcome).toBe("NEEDS_ASSESSMENT");
    expect(result.isProvisional).toBe(true);
  });

  it("runs a what-if under a rule set not in force without changing the outcome", () => {
    const input = household({ applicationDate: "2025-12-20", members: [member(), spouse()] });
    const rules2026 = ruleSetById(RULES_2026);
    if (!rules2026) throw new Error("missing rule set");
    const result = checkEligibilityWithRuleSet(input, rules2026);
    expect(result.ruleSet.id).toBe(RULES_2026);
    expect(result.ruleSet.inForceOnApplicationDate).toBe(false);
    expect(codes(result.reasons)).toContain("HYPOTHETICAL_RULE_SET");
    expect(result.outcome).toBe("ELIGIBLE");
    expect(result.allowanceSek).toBe(500_000);
    expect(checkEligibility(input).allowanceSek).toBe(20_000);
  });
});

describe("amounts and caps, 2025 rules", () => {
  it("gives 10,000 per adult and 5,000 per child", () => {
    const result = check({ applicationDate: DATE_2025, members: [member(), spouse(), ...children(2)] });
    expect(result.outcome).toBe("ELIGIBLE");
    expect(allowances(result)).toEqual([10_000, 10_000, 5_000, 5_000]);
    expect(result.allowanceSek).toBe(30_000);
    expect(result.capsApplied).toEqual([]);
  });

  it("does not report the family cap when the amounts reach exactly 40,000", () => {
    const result = check({ applicationDate: DATE_2025, members: [member(), spouse(), ...children(4)] });
    expect(result.allowanceSek).toBe(40_000);
    expect(result.capsApplied).toEqual([]);
    expect(codes(result.reasons)).not.toContain("CAP_FAMILY_TOTAL");
  });

  it("caps the family at 40,000 in all, the travel cost on top", () => {
    const result = check({
      applicationDate: DATE_2025,
      travelCostSek: 60_000,
      members: [member(), spouse(), ...children(5)],
    });
    expect(result.uncappedAllowanceSek).toBe(45_000);
    expect(result.allowanceSek).toBe(40_000);
    expect(result.travelCostSek).toBe(60_000);
    expect(result.totalSek).toBe(100_000);
    expect(result.capsApplied).toEqual(["CAP_FAMILY_TOTAL"]);
    expect(codes(result.reasons)).toContain("CAP_FAMILY_TOTAL");
    // 40,000 / 45,000 of each amount: 8,888.9 per adult and 4,444.4 per child, whole kronor.
    expect(allowances(result)).toEqual([8_889, 8_889, 4_445, 4_445, 4_444, 4_444, 4_444]);
    expect(memberCodes(result, 0)).toContain("CAP_FAMILY_TOTAL");
  });

  it("has no couple or household cap", () => {
    const result = check({
      applicationDate: DATE_2025,
      members: [member(), spouse(), member({ role: "OTHER", birthDate: "1960-01-01" })],
    });
    expect(result.allowanceSek).toBe(30_000);
  });
});

describe("amounts and caps, 2026 rules", () => {
  it("gives 350,000 per adult and 25,000 per child", () => {
    const result = check({ members: [member(), child()] });
    expect(allowances(result)).toEqual([350_000, 25_000]);
    expect(result.perAdultSek).toBe(350_000);
    expect(result.perChildSek).toBe(25_000);
  });

  it("caps applicant and spouse together at 500,000", () => {
    const result = check({ members: [member(), spouse(), child()] });
    expect(result.capsApplied).toEqual(["CAP_COUPLE"]);
    expect(allowances(result)).toEqual([250_000, 250_000, 25_000]);
    expect(result.allowanceSek).toBe(525_000);
    expect(memberCodes(result, 0)).toContain("CAP_COUPLE");
    expect(memberCodes(result, 2)).not.toContain("CAP_COUPLE");
  });

  it("does not apply the couple cap to an adult who is not a spouse", () => {
    const result = check({ members: [member(), member({ role: "OTHER", birthDate: "1960-01-01" }), child()] });
    // 725,000 uncapped: only the household cap bites, so the child keeps its share of it.
    expect(result.capsApplied).toEqual(["CAP_HOUSEHOLD"]);
    expect(allowances(result)).toEqual([289_655, 289_655, 20_690]);
  });

  it("reaches exactly 600,000 without reporting the household cap", () => {
    const result = check({ members: [member(), spouse(), ...children(4)] });
    expect(result.allowanceSek).toBe(600_000);
    expect(result.capsApplied).toEqual(["CAP_COUPLE"]);
  });

  it("caps the household at 600,000 after the couple cap", () => {
    const result = check({ members: [member(), spouse(), ...children(5)] });
    expect(result.uncappedAllowanceSek).toBe(825_000);
    expect(result.capsApplied).toEqual(["CAP_COUPLE", "CAP_HOUSEHOLD"]);
    expect(result.allowanceSek).toBe(600_000);
    // 500,000 + 125,000 scaled by 600/625.
    expect(allowances(result)).toEqual([240_000, 240_000, 24_000, 24_000, 24_000, 24_000, 24_000]);
    expect(codes(result.reasons)).toEqual(expect.arrayContaining(["CAP_COUPLE", "CAP_HOUSEHOLD"]));
  });

  it("caps a household with adult children at 600,000 without the couple cap", () => {
    const adultChild = (birthDate: string) => child({ birthDate });
    const result = check({ members: [member(), adultChild("2000-01-01"), adultChild("2002-01-01")] });
    expect(result.capsApplied).toEqual(["CAP_HOUSEHOLD"]);
    expect(allowances(result)).toEqual([200_000, 200_000, 200_000]);
  });
});

describe("who counts as a child", () => {
  it("counts a person whose 18th birthday is the application date as an adult", () => {
    const result = check({ applicationDate: "2026-03-10", members: [member(), child({ birthDate: "2008-03-10" })] });
    expect(result.members[1]).toMatchObject({ isChild: false, ageYears: 18, uncappedAllowanceSek: 350_000 });
  });

  it("counts a person who turns 18 the day after as a child", () => {
    const result = check({ applicationDate: "2026-03-10", members: [member(), child({ birthDate: "2008-03-11" })] });
    expect(result.members[1]).toMatchObject({ isChild: true, ageYears: 17, uncappedAllowanceSek: 25_000 });
  });

  it("applies the same age rule under the 2025 rules, and warns about an adult child on family ties", () => {
    const adult = check({ applicationDate: "2025-03-10", members: [member(), child({ birthDate: "2007-03-10" })] });
    const minor = check({ applicationDate: "2025-03-10", members: [member(), child({ birthDate: "2007-03-11" })] });
    expect(adult.members[1]?.allowanceSek).toBe(10_000);
    expect(memberCodes(adult, 1)).toContain("ADULT_CHILD_FAMILY_TIES");
    expect(minor.members[1]?.allowanceSek).toBe(5_000);
    expect(memberCodes(minor, 1)).not.toContain("ADULT_CHILD_FAMILY_TIES");
  });
});

describe("Swedish citizens", () => {
  it.each(BOTH_SETS)("never lets a Swedish-citizen applicant qualify ($label)", ({ date }) => {
    const result = check({ applicationDate: date, members: [member({ citizenships: ["SY", "SE"] }), spouse()] });
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(result.reasons)).toContain("SWEDISH_CITIZEN");
    expect(result.totalSek).toBe(0);
    expect(result.alternatives).toEqual([]);
    expect(memberCodes(result, 1)).toContain("FAMILY_TIES_APPLICANT_NOT_QUALIFYING");
  });

  it("leaves out a Swedish-citizen child but not the rest of the household", () => {
    const result = check({ members: [member(), child({ citizenships: ["SE"] }), child({ birthDate: "2016-01-01" })] });
    expect(result.outcome).toBe("ELIGIBLE");
    expect(result.members[1]).toMatchObject({ eligible: false, allowanceSek: 0 });
    expect(memberCodes(result, 1)).toContain("SWEDISH_CITIZEN");
    expect(result.members[2]).toMatchObject({ eligible: true, allowanceSek: 25_000 });
    expect(codes(result.reasons)).not.toContain("SWEDISH_CITIZEN");
  });
});

describe("household blocks under both rule sets", () => {
  it.each(BOTH_SETS)("blocks a Temporary Protection Directive permit ($label)", ({ date }) => {
    const result = check({
      applicationDate: date,
      members: [member({ permit: permit({ ground: "TEMPORARY_PROTECTION_DIRECTIVE" }) })],
    });
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(result.reasons)).toContain("TEMPORARY_PROTECTION_DIRECTIVE");
  });

  it("leaves out a family member on temporary protection but not the household", () => {
    const result = check({ members: [member(), spouse({ permit: permit({ ground: "TEMPORARY_PROTECTION_DIRECTIVE" }) })] });
    expect(result.outcome).toBe("ELIGIBLE");
    expect(memberCodes(result, 1)).toContain("TEMPORARY_PROTECTION_DIRECTIVE");
    expect(result.members[1]?.allowanceSek).toBe(0);
  });

  it.each(BOTH_SETS)("blocks debts to CSN or Kronofogden ($label)", ({ date }) => {
    const result = check({ applicationDate: date, hasDebtsToCsnOrKronofogden: true, members: [member(), child()] });
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(result.reasons)).toContain("DEBTS_CSN_KRONOFOGDEN");
    expect(result).toMatchObject({ allowanceSek: 0, travelCostSek: 0, totalSek: 0 });
    expect(result.members.every((m) => !m.eligible && m.qualifies)).toBe(true);
    expect(memberCodes(result, 1)).toContain("HOUSEHOLD_NOT_ELIGIBLE");
  });

  it.each(BOTH_SETS)("blocks a previous grant ($label)", ({ date }) => {
    const result = check({ applicationDate: date, hadGrantBefore: true });
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(result.reasons)).toContain("PREVIOUS_GRANT");
    expect(result.totalSek).toBe(0);
  });

  it.each(BOTH_SETS)("needs an assessment when the household can pay its own travel ($label)", ({ date }) => {
    const result = check({ applicationDate: date, canPayOwnTravel: true });
    expect(result.outcome).toBe("NEEDS_ASSESSMENT");
    expect(result.isProvisional).toBe(true);
    expect(codes(result.reasons)).toContain("OWN_MEANS");
    expect(result.allowanceSek).toBeGreaterThan(0);
    expect(result.travelCostSek).toBe(15_000);
  });

  it("lets a block win over own means", () => {
    const result = check({ canPayOwnTravel: true, hadGrantBefore: true });
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(result.reasons)).toEqual(expect.arrayContaining(["OWN_MEANS", "PREVIOUS_GRANT"]));
  });
});

describe("rules only in the 2026 set", () => {
  it("requires the applicant to be folkbokförd from 2026 only", () => {
    const after = check({ registeredInSweden: false });
    const before = check({ applicationDate: DATE_2025, registeredInSweden: false });
    expect(after.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(after.reasons)).toContain("NOT_REGISTERED");
    expect(before.outcome).toBe("ELIGIBLE");
    expect(codes(before.reasons)).not.toContain("NOT_REGISTERED");
  });

  it("requires family members to live with the applicant from 2026 only", () => {
    const members = [member(), spouse({ livesWithApplicant: false })];
    const after = check({ members });
    const before = check({ applicationDate: DATE_2025, members });
    expect(after.outcome).toBe("ELIGIBLE");
    expect(memberCodes(after, 1)).toContain("NOT_LIVING_WITH_APPLICANT");
    expect(allowances(after)).toEqual([350_000, 0]);
    expect(allowances(before)).toEqual([10_000, 10_000]);
  });

  it("does not ask whether the applicant lives with themselves", () => {
    const result = check({ members: [member({ livesWithApplicant: false })] });
    expect(result.outcome).toBe("ELIGIBLE");
  });

  it("accepts a permit granted on 2024-09-12 and blocks one granted on 2024-09-13", () => {
    const onCutoff = check({ members: [member({ permit: permit({ grantedOn: "2024-09-12" }) })] });
    const afterCutoff = check({ members: [member({ permit: permit({ grantedOn: "2024-09-13" }) })] });
    expect(onCutoff.outcome).toBe("ELIGIBLE");
    expect(afterCutoff.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(afterCutoff.reasons)).toContain("PERMIT_AFTER_CUTOFF");
    const text = afterCutoff.reasons.find((r) => r.code === "PERMIT_AFTER_CUTOFF")?.text;
    expect(text?.sv).toContain("12 september 2024");
    expect(text?.en).toContain("13 September 2024");
  });

  it("has no permit cutoff under the 2025 rules", () => {
    const result = check({ applicationDate: DATE_2025, members: [member({ permit: permit({ grantedOn: "2025-01-20" }) })] });
    expect(result.outcome).toBe("ELIGIBLE");
  });

  it("applies the cutoff to family-ties permits too", () => {
    const late = permit({ ground: "FAMILY_TIES", grantedOn: "2024-09-13" });
    const result = check({ members: [member(), spouse({ permit: late }), child()] });
    expect(result.outcome).toBe("ELIGIBLE");
    expect(memberCodes(result, 1)).toContain("PERMIT_AFTER_CUTOFF");
    expect(allowances(result)).toEqual([350_000, 0, 25_000]);
  });

  it.each<PermitGround>(["UPPER_SECONDARY_SCHOOL_LAW", "TEMPORARY_LAW_2016"])(
    "counts %s only when permanent, and only from 2026",
    (ground) => {
      const temporary = check({ members: [member({ permit: permit({ ground, permanent: false }) })] });
      const permanent = check({ members: [member({ permit: permit({ ground, permanent: true }) })] });
      const old = check({ applicationDate: DATE_2025, members: [member({ permit: permit({ ground, permanent: true }) })] });
      expect(temporary.outcome).toBe("NOT_ELIGIBLE");
      expect(codes(temporary.reasons)).toContain("PERMIT_NOT_PERMANENT");
      expect(permanent.outcome).toBe("ELIGIBLE");
      expect(permanent.allowanceSek).toBe(350_000);
      expect(old.outcome).toBe("NOT_ELIGIBLE");
      expect(codes(old.reasons)).toContain("GROUND_NOT_QUALIFYING");
    },
  );

  it("reports both a temporary permit and a late grant", () => {
    const result = check({
      members: [member({ permit: permit({ ground: "TEMPORARY_LAW_2016", permanent: false, grantedOn: "2025-01-01" }) })],
    });
    expect(codes(result.reasons)).toEqual(expect.arrayContaining(["PERMIT_NOT_PERMANENT", "PERMIT_AFTER_CUTOFF"]));
  });
});

describe("permit grounds", () => {
  const protection: PermitGround[] = ["REFUGEE", "SUBSIDIARY_PROTECTION", "QUOTA_REFUGEE", "EXCEPTIONALLY_DISTRESSING"];

  it.each(protection.flatMap((ground) => BOTH_SETS.map(({ date, label }) => ({ ground, date, label }))))(
    "qualifies on $ground, temporary or permanent ($label)",
    ({ ground, date }) => {
      const result = check({ applicationDate: date, members: [member({ permit: permit({ ground, permanent: false }) })] });
      expect(result.outcome).toBe("ELIGIBLE");
      expect(result.members[0]?.qualifiesOn).toBe("OWN_PERMIT");
    },
  );

  it.each<PermitGround>(["WORK", "STUDIES", "OTHER", "FAMILY_TIES"])("does not qualify an applicant on %s", (ground) => {
    for (const { date } of BOTH_SETS) {
      const result = check({ applicationDate: date, members: [member({ permit: permit({ ground }) })] });
      expect(result.outcome).toBe("NOT_ELIGIBLE");
      expect(codes(result.reasons)).toContain("GROUND_NOT_QUALIFYING");
      expect(result.alternatives).toEqual([]);
    }
  });

  it("lets a family member qualify on a protection permit of their own", () => {
    const result = check({ members: [member(), spouse({ permit: permit({ ground: "SUBSIDIARY_PROTECTION" }) })] });
    expect(result.members[1]).toMatchObject({ eligible: true, qualifiesOn: "OWN_PERMIT" });
  });

  it("lets another relative qualify on their own permit but not on family ties", () => {
    const own = member({ role: "OTHER", birthDate: "1955-01-01" });
    const ties = member({ role: "OTHER", birthDate: "1956-01-01", permit: permit({ ground: "FAMILY_TIES" }) });
    const result = check({ members: [member(), own, ties] });
    expect(result.members[1]?.eligible).toBe(true);
    expect(result.members[2]?.eligible).toBe(false);
    expect(memberCodes(result, 2)).toContain("FAMILY_TIES_ROLE_NOT_COVERED");
  });

  it("does not give family-ties members anything when the applicant does not qualify", () => {
    const result = check({ members: [member({ permit: permit({ ground: "WORK" }) }), spouse(), child()] });
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(memberCodes(result, 1)).toContain("FAMILY_TIES_APPLICANT_NOT_QUALIFYING");
    expect(memberCodes(result, 2)).toContain("FAMILY_TIES_APPLICANT_NOT_QUALIFYING");
  });

  it("points out another adult who could be the main applicant", () => {
    const result = check({
      members: [member({ permit: permit({ ground: "WORK" }) }), spouse({ permit: permit({ ground: "REFUGEE" }) })],
    });
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(result.reasons)).toContain("OTHER_MEMBER_MAY_APPLY");
    expect(memberCodes(result, 1)).toContain("HOUSEHOLD_NOT_ELIGIBLE");
  });

  it("leaves out a family member without a permit", () => {
    const result = check({ members: [member(), child({ permit: null })] });
    expect(result.outcome).toBe("ELIGIBLE");
    expect(memberCodes(result, 1)).toContain("NO_PERMIT");
    expect(result.alternatives).toEqual([]);
  });
});

describe("no applicant permit", () => {
  it.each(BOTH_SETS)("is NOT_ELIGIBLE and points to återetableringsstöd ($label)", ({ date }) => {
    const result = check({ applicationDate: date, members: [member({ permit: null })] });
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(result.reasons)).toContain("NO_PERMIT");
    expect(result.alternatives.map((a) => a.code)).toEqual(["ATERETABLERINGSSTOD", "EU_REINTEGRATION_PROGRAMME"]);
    const support = result.alternatives[0];
    expect(support?.text.sv).toMatch(/avslag/);
    expect(support?.text.sv).toMatch(/IOM/);
    expect(support?.text.en).toMatch(/rejected or withdrawn/);
    expect(result.alternatives[1]?.text.en).toMatch(/EUR 3,000/);
  });
});

describe("destination", () => {
  it.each(BOTH_SETS)("warns that a permanent permit is revoked when not going home ($label)", ({ date }) => {
    const result = check({ applicationDate: date, destination: { country: "TR", isHomeCountry: false } });
    expect(result.outcome).toBe("ELIGIBLE");
    const warning = result.reasons.find((r) => r.code === "DESTINATION_NOT_HOME_COUNTRY");
    expect(warning?.severity).toBe("WARNS");
    expect(warning?.text.sv).toMatch(/återkallas/);
    expect(codes(check({ applicationDate: date }).reasons)).not.toContain("DESTINATION_NOT_HOME_COUNTRY");
  });

  it.each(["DE", "NO", "CH", "IS"])("warns about %s (EU/EEA/Switzerland) under the 2026 rules only", (country) => {
    const destination = { country, isHomeCountry: false };
    const after = check({ destination });
    const before = check({ applicationDate: DATE_2025, destination });
    expect(after.outcome).toBe("ELIGIBLE");
    expect(after.reasons.find((r) => r.code === "DESTINATION_EU_EEA")?.severity).toBe("WARNS");
    expect(codes(before.reasons)).not.toContain("DESTINATION_EU_EEA");
  });

  it("does not warn about a destination outside the EU/EEA", () => {
    expect(codes(check({ destination: { country: "GB", isHomeCountry: false } }).reasons)).not.toContain(
      "DESTINATION_EU_EEA",
    );
  });
});

describe("travel cost", () => {
  it("covers the travel cost in whole kronor when eligible", () => {
    const result = check({ travelCostSek: 12_345.6 });
    expect(result.travelCostSek).toBe(12_346);
    expect(result.totalSek).toBe(350_000 + 12_346);
  });

  it("covers nothing when not eligible", () => {
    expect(check({ hadGrantBefore: true, travelCostSek: 9_000 }).travelCostSek).toBe(0);
  });

  it.each([-100, Number.NaN, Number.POSITIVE_INFINITY])("reads a travel cost of %s as 0", (travelCostSek) => {
    const result = check({ travelCostSek });
    expect(result.travelCostSek).toBe(0);
    expect(result.totalSek).toBe(350_000);
  });

  it("warns when the travel cost includes someone who gets no grant", () => {
    const result = check({ members: [member(), child({ citizenships: ["SE"] })] });
    expect(codes(result.reasons)).toContain("TRAVEL_COST_INCLUDES_NON_ELIGIBLE");
    expect(codes(check({ members: [member(), child()] }).reasons)).not.toContain("TRAVEL_COST_INCLUDES_NON_ELIGIBLE");
  });
});

describe("notices", () => {
  it.each(BOTH_SETS)("says the grant is once per person and subject to funds ($label)", ({ date }) => {
    const reasons = check({ applicationDate: date }).reasons;
    expect(codes(reasons)).toEqual(expect.arrayContaining(["ONCE_PER_PERSON", "SUBJECT_TO_FUNDS"]));
    expect(reasons.find((r) => r.code === "SUBJECT_TO_FUNDS")?.text.sv).toContain("i mån av tillgång på medel");
  });

  it("says the grant is paid in three instalments from 2026 only", () => {
    const after = check().reasons.find((r) => r.code === "PAID_IN_INSTALMENTS");
    expect(after?.text.sv).toContain("3 delar");
    expect(after?.text.en).toContain("3 instalments");
    expect(codes(check({ applicationDate: DATE_2025 }).reasons)).not.toContain("PAID_IN_INSTALMENTS");
  });

  it("lists blocks first, then warnings, then information", () => {
    const severities = check({ hadGrantBefore: true, destination: { country: "DE", isHomeCountry: false } }).reasons.map(
      (r) => r.severity,
    );
    const rank = { BLOCKS: 0, WARNS: 1, INFO: 2 };
    expect(severities.map((s) => rank[s])).toEqual([...severities.map((s) => rank[s])].sort());
    expect(severities[0]).toBe("BLOCKS");
  });
});

describe("citations", () => {
  it.each(BOTH_SETS)("cites the ordinance version in force on every reason that changes the result ($label)", ({ date }) => {
    const result = check({
      applicationDate: date,
      hadGrantBefore: true,
      canPayOwnTravel: true,
      members: [member({ citizenships: ["SE"] }), spouse(), ...children(6)],
    });
    const all = [...result.reasons, ...result.members.flatMap((m) => m.reasons)];
    const changing = all.filter((r) => r.severity !== "INFO" || r.code.startsWith("CAP_"));
    expect(changing.length).toBeGreaterThan(3);
    const version = date === DATE_2025 ? "t.o.m. 2025-12-31" : "fr.o.m. 2026-01-01";
    for (const reason of changing) {
      expect(reason.citation).toContain("SFS 1984:890");
      expect(reason.citation).toContain(version);
      expect(reason.citation).toContain("Migrationsverket");
    }
  });
});

describe("input the schema would reject", () => {
  it("reports a household without an applicant", () => {
    const input = household({ members: [spouse()] });
    expect(hasExactlyOneApplicant(input)).toBe(false);
    const result = checkEligibility(input);
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(result.reasons)).toContain("NO_APPLICANT");
  });

  it("reports more than one applicant", () => {
    const input = household({ members: [member(), member()] });
    expect(hasExactlyOneApplicant(input)).toBe(false);
    expect(hasExactlyOneApplicant(household())).toBe(true);
    expect(codes(checkEligibility(input).reasons)).toContain("MULTIPLE_APPLICANTS");
  });

  it("reports an empty household without throwing", () => {
    const result = check({ members: [] });
    expect(result).toMatchObject({ outcome: "NOT_ELIGIBLE", allowanceSek: 0, members: [] });
  });

  it.each([
    { applicationDate: "2026-02-30" },
    { applicationDate: "01/02/2026" },
    { members: [member({ birthDate: "1985-13-01" })] },
    { members: [member({ permit: permit({ grantedOn: "yesterday" }) })] },
  ])("blocks a date that is not a real date: %o", (overrides) => {
    const result = check(overrides);
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(codes(result.reasons)).toContain("INVALID_DATE");
  });

  it("does not modify its input", () => {
    const input = household({ members: [member(), spouse(), ...children(6)] });
    const frozen = structuredClone(input);
    deepFreeze(input);
    expect(() => checkEligibility(input)).not.toThrow();
    expect(input).toEqual(frozen);
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

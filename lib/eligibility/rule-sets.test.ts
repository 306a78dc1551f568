import { describe, expect, it } from "vitest";
import { RULE_SETS, fallbackRuleSet, ruleSetById, ruleSetFor, ruleSetsNear } from "./rule-sets";
import { addDays } from "./dates";

const ids = (sets: { id: string }[]) => sets.map((set) => set.id);
const OLD = "sfs-1984-890@2010-01-01";
const NEW = "sfs-1984-890@2026-01-01";

describe("RULE_SETS", () => {
  it("follow each other without gaps or overlaps, the last one open-ended", () => {
    RULE_SETS.forEach((set, i) => {
      const next = RULE_SETS[i + 1];
      if (next) {
        expect(set.validTo).not.toBeNull();
        expect(addDays(set.validTo ?? "", 1)).toBe(next.validFrom);
      } else {
        expect(set.validTo).toBeNull();
      }
    });
    expect(new Set(ids([...RULE_SETS])).size).toBe(RULE_SETS.length);
  });

  it("hold the amounts and conditions of each version of the ordinance", () => {
    const old = ruleSetById(OLD);
    const current = ruleSetById(NEW);
    expect(old).toMatchObject({
      validTo: "2025-12-31",
      perAdultSek: 10_000,
      perChildSek: 5_000,
      permitGrantedOnOrBefore: null,
      requiresRegistration: false,
      requiresLivingWithApplicant: false,
      warnEuEeaDestination: false,
      caps: [{ code: "CAP_FAMILY_TOTAL", appliesTo: "ALL", maxSek: 40_000 }],
    });
    expect(current).toMatchObject({
      validFrom: "2026-01-01",
      perAdultSek: 350_000,
      perChildSek: 25_000,
      permitGrantedOnOrBefore: "2024-09-12",
      requiresRegistration: true,
      requiresLivingWithApplicant: true,
      warnEuEeaDestination: true,
      instalments: 3,
      caps: [
        { code: "CAP_COUPLE", appliesTo: ["APPLICANT", "SPOUSE"], maxSek: 500_000 },
        { code: "CAP_HOUSEHOLD", appliesTo: "ALL", maxSek: 600_000 },
      ],
    });
    expect([...(old?.qualifyingGrounds ?? [])].sort()).toEqual(
      ["EXCEPTIONALLY_DISTRESSING", "QUOTA_REFUGEE", "REFUGEE", "SUBSIDIARY_PROTECTION"],
    );
    expect([...(current?.groundsRequiringPermanentPermit ?? [])].sort()).toEqual([
      "TEMPORARY_LAW_2016",
      "UPPER_SECONDARY_SCHOOL_LAW",
    ]);
    for (const set of RULE_SETS) expect(set.excludedGrounds).toContain("TEMPORARY_PROTECTION_DIRECTIVE");
  });
});

describe("ruleSetFor", () => {
  it.each([
    ["2010-01-01", OLD],
    ["2025-12-31", OLD],
    ["2026-01-01", NEW],
    ["2031-07-01", NEW],
  ])("picks the set in force on %s", (date, id) => {
    expect(ruleSetFor(date)?.id).toBe(id);
  });

  it.each(["2009-12-31", "2026-02-30", "next year"])("finds none for %s", (date) => {
    expect(ruleSetFor(date)).toBeUndefined();
  });

  it("falls back to the oldest set before 2010 and the newest for an unreadable date", () => {
    expect(fallbackRuleSet("2005-05-05").id).toBe(OLD);
    expect(fallbackRuleSet("garbage").id).toBe(NEW);
  });
});

describe("ruleSetsNear", () => {
  it("lists both sets around the switch", () => {
    expect(ids(ruleSetsNear("2025-12-20", 30))).toEqual([OLD, NEW]);
    expect(ids(ruleSetsNear("2026-01-15", 15))).toEqual([OLD, NEW]);
  });

  it("lists only one set away from it", () => {
    expect(ids(ruleSetsNear("2026-01-15", 14))).toEqual([NEW]);
    expect(ids(ruleSetsNear("2025-06-01", 30))).toEqual([OLD]);
    expect(ids(ruleSetsNear("2025-12-31", 0))).toEqual([OLD]);
  });

  it("is empty for a date it cannot read", () => {
    expect(ruleSetsNear("2025-13-01", 30)).toEqual([]);
  });
});

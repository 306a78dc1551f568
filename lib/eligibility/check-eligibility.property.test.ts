import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEligibility, type EligibilityInput, type EligibilityResult } from "./index";
import { householdArbitrary, shiftYears } from "./test-fixtures";

// The law restated independently of RULE_SETS, so a wrong number in the data fails here.
const LAW = {
  "sfs-1984-890@2010-01-01": { adult: 10_000, child: 5_000, couple: Number.POSITIVE_INFINITY, total: 40_000 },
  "sfs-1984-890@2026-01-01": { adult: 350_000, child: 25_000, couple: 500_000, total: 600_000 },
} as const;

const NUM_RUNS = 400;

function lawFor(input: EligibilityInput) {
  return input.applicationDate < "2026-01-01" ? LAW["sfs-1984-890@2010-01-01"] : LAW["sfs-1984-890@2026-01-01"];
}

// A string comparison, not ageOn: someone is a child until the day they turn 18.
const isChild = (birthDate: string, applicationDate: string) => shiftYears(birthDate, 18) > applicationDate;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const isCouple = (role: string) => role === "APPLICANT" || role === "SPOUSE";

function property(predicate: (input: EligibilityInput, result: EligibilityResult) => void) {
  fc.assert(
    fc.property(householdArbitrary, (input) => predicate(input, checkEligibility(input))),
    { numRuns: NUM_RUNS },
  );
}

describe("checkEligibility on random households", () => {
  it("judges by the rule set in force on the application date", () => {
    property((input, result) => {
      const expected = input.applicationDate < "2026-01-01" ? "sfs-1984-890@2010-01-01" : "sfs-1984-890@2026-01-01";
      expect(result.ruleSet.id).toBe(expected);
    });
  });

  it("never pays more than any cap or the per-person amount", () => {
    property((input, result) => {
      const law = lawFor(input);
      result.members.forEach((member, i) => {
        const source = input.members[i];
        if (!source) throw new Error("member missing");
        expect(member.isChild).toBe(isChild(source.birthDate, input.applicationDate));
        expect(member.allowanceSek).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(member.allowanceSek)).toBe(true);
        expect(member.allowanceSek).toBeLessThanOrEqual(member.isChild ? law.child : law.adult);
      });
      const couple = sum(result.members.filter((m) => isCouple(m.role)).map((m) => m.allowanceSek));
      expect(couple).toBeLessThanOrEqual(law.couple);
      expect(result.allowanceSek).toBeLessThanOrEqual(law.total);
    });
  });

  it("pays exactly what the caps allow for the members who get the grant", () => {
    property((input, result) => {
      const law = lawFor(input);
      const eligible = result.members.filter((m) => m.eligible);
      const amount = (m: (typeof eligible)[number]) => (m.isChild ? law.child : law.adult);
      const couple = Math.min(law.couple, sum(eligible.filter((m) => isCouple(m.role)).map(amount)));
      const others = sum(eligible.filter((m) => !isCouple(m.role)).map(amount));
      expect(result.allowanceSek).toBe(Math.min(law.total, couple + others));
    });
  });

  it("adds up: members to allowance, allowance and travel to total", () => {
    property((input, result) => {
      expect(sum(result.members.map((m) => m.allowanceSek))).toBe(result.allowanceSek);
      expect(result.totalSek).toBe(result.allowanceSek + result.travelCostSek);
      const travel = result.outcome === "NOT_ELIGIBLE" ? 0 : Math.round(input.travelCostSek);
      expect(result.travelCostSek).toBe(travel);
    });
  });

  it("is NOT_ELIGIBLE exactly when a household reason blocks, and then pays nothing", () => {
    property((_input, result) => {
      const isBlocked = result.reasons.some((r) => r.severity === "BLOCKS");
      expect(result.outcome === "NOT_ELIGIBLE").toBe(isBlocked);
      if (isBlocked) {
        expect(result.totalSek).toBe(0);
        expect(result.members.every((m) => !m.eligible && m.allowanceSek === 0)).toBe(true);
      } else {
        expect(result.members.some((m) => m.eligible)).toBe(true);
      }
    });
  });

  it("is never ELIGIBLE when a household condition fails", () => {
    property((input, result) => {
      const applicant = input.members[0];
      const fails =
        input.hadGrantBefore ||
        input.hasDebtsToCsnOrKronofogden ||
        !applicant?.permit ||
        applicant.citizenships.includes("SE") ||
        applicant.permit.ground === "TEMPORARY_PROTECTION_DIRECTIVE" ||
        (input.applicationDate >= "2026-01-01" &&
          (!input.registeredInSweden || applicant.permit.grantedOn > "2024-09-12"));
      if (fails) expect(result.outcome).toBe("NOT_ELIGIBLE");
      if (input.canPayOwnTravel) expect(result.outcome).not.toBe("ELIGIBLE");
    });
  });

  it("never lets a Swedish citizen, or a 2026 member living apart or with a late permit, get the grant", () => {
    property((input, result) => {
      const is2026 = input.applicationDate >= "2026-01-01";
      result.members.forEach((member, i) => {
        const source = input.members[i];
        if (!source) throw new Error("member missing");
        const excluded =
          source.citizenships.includes("SE") ||
          source.permit === null ||
          (is2026 && source.role !== "APPLICANT" && !source.livesWithApplicant) ||
          (is2026 && source.permit.grantedOn > "2024-09-12");
        if (excluded) {
          expect(member.eligible).toBe(false);
          expect(member.allowanceSek).toBe(0);
          expect(member.reasons.some((r) => r.severity === "BLOCKS")).toBe(true);
        }
      });
    });
  });

  it("never makes a household with a Swedish-citizen applicant ELIGIBLE", () => {
    fc.assert(
      fc.property(householdArbitrary, (input) => {
        const [applicant, ...others] = input.members;
        if (!applicant) throw new Error("no applicant");
        const swedish = { ...input, members: [{ ...applicant, citizenships: [...applicant.citizenships, "SE"] }, ...others] };
        const result = checkEligibility(swedish);
        expect(result.outcome).toBe("NOT_ELIGIBLE");
        expect(result.totalSek).toBe(0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("never lowers the allowance when an eligible child joins", () => {
    fc.assert(
      fc.property(householdArbitrary, fc.integer({ min: 0, max: 16 * 365 }), (input, ageDays) => {
        const birthYear = Number(input.applicationDate.slice(0, 4)) - 1 - Math.floor(ageDays / 365);
        const birthDate = `${birthYear}-06-15`;
        const newChild = {
          role: "CHILD" as const,
          birthDate,
          citizenships: ["SY"],
          permit: { ground: "FAMILY_TIES" as const, permanent: true, grantedOn: birthDate < "2024-09-12" ? birthDate : "2024-09-12" },
          livesWithApplicant: true,
        };
        const before = checkEligibility(input);
        const after = checkEligibility({ ...input, members: [...input.members, newChild] });
        expect(after.allowanceSek).toBeGreaterThanOrEqual(before.allowanceSek);
        expect(after.outcome).toBe(before.outcome);
        const added = after.members.at(-1);
        expect(added?.isChild).toBe(true);
        expect(added?.eligible).toBe(before.outcome !== "NOT_ELIGIBLE");
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("gives the same answer for the same input, without touching the input", () => {
    property((input, result) => {
      const copy = structuredClone(input);
      expect(checkEligibility(copy)).toEqual(result);
      expect(input).toEqual(copy);
    });
  });

  it("does not depend on the order of the family members", () => {
    fc.assert(
      fc.property(householdArbitrary, fc.infiniteStream(fc.nat()), (input, randoms) => {
        const [applicant, ...others] = input.members;
        if (!applicant) throw new Error("no applicant");
        const shuffled = others
          .map((m) => ({ m, key: randoms.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map(({ m }) => m);
        const original = checkEligibility(input);
        const reordered = checkEligibility({ ...input, members: [...shuffled, applicant] });
        expect(reordered.outcome).toBe(original.outcome);
        expect(reordered.allowanceSek).toBe(original.allowanceSek);
        expect(reordered.capsApplied).toEqual(original.capsApplied);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("explains itself: every reason has text in both languages, and BLOCKS and WARNS cite a source", () => {
    property((_input, result) => {
      const reasons = [...result.reasons, ...result.members.flatMap((m) => m.reasons)];
      for (const reason of reasons) {
        expect(reason.text.sv.length).toBeGreaterThan(0);
        expect(reason.text.en.length).toBeGreaterThan(0);
        if (reason.severity !== "INFO") expect(reason.citation.length).toBeGreaterThan(0);
      }
      result.members.forEach((member) => {
        if (!member.eligible) expect(member.reasons.some((r) => r.severity === "BLOCKS")).toBe(true);
      });
    });
  });

  it("never throws, whatever the strings and numbers", () => {
    const junk = fc.oneof(fc.string(), fc.constantFrom("2026-02-30", "2025-12-31", "", "SE"));
    fc.assert(
      fc.property(
        fc.record({
          applicationDate: junk,
          destination: fc.record({ country: junk, isHomeCountry: fc.boolean() }),
          registeredInSweden: fc.boolean(),
          hasDebtsToCsnOrKronofogden: fc.boolean(),
          canPayOwnTravel: fc.boolean(),
          hadGrantBefore: fc.boolean(),
          travelCostSek: fc.double(),
          members: fc.array(
            fc.record({
              role: fc.constantFrom("APPLICANT", "SPOUSE", "CHILD", "OTHER" as const),
              birthDate: junk,
              citizenships: fc.array(junk, { maxLength: 3 }),
              permit: fc.option(
                fc.record({
                  ground: fc.constantFrom("REFUGEE", "FAMILY_TIES", "WORK" as const),
                  permanent: fc.boolean(),
                  grantedOn: junk,
                }),
                { nil: null },
              ),
              livesWithApplicant: fc.boolean(),
            }),
            { maxLength: 5 },
          ),
        }),
        (input) => {
          const result = checkEligibility(input);
          expect(Number.isFinite(result.totalSek)).toBe(true);
          expect(result.members).toHaveLength(input.members.length);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

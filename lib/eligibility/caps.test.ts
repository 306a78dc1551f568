import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCaps, scaleDownToCap } from "./caps";
import type { AllowanceCap } from "./rule-sets";

describe("scaleDownToCap", () => {
  it("leaves amounts under or at the cap alone", () => {
    expect(scaleDownToCap([10_000, 5_000], 40_000)).toEqual([10_000, 5_000]);
    expect(scaleDownToCap([20_000, 20_000], 40_000)).toEqual([20_000, 20_000]);
  });

  it("scales in proportion", () => {
    expect(scaleDownToCap([350_000, 350_000], 500_000)).toEqual([250_000, 250_000]);
    expect(scaleDownToCap([300, 100], 200)).toEqual([150, 50]);
  });

  it("hands the leftover kronor to the largest remainders, ties to the lower index", () => {
    expect(scaleDownToCap([1, 1, 1], 2)).toEqual([1, 1, 0]);
    expect(scaleDownToCap([10, 10, 10], 20)).toEqual([7, 7, 6]);
    expect(scaleDownToCap([5, 7], 10)).toEqual([4, 6]);
  });

  it("keeps zero amounts at zero", () => {
    expect(scaleDownToCap([0, 100, 0, 100], 100)).toEqual([0, 50, 0, 50]);
  });

  it("sums to the cap exactly, never raises a share and never goes below zero", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 350_000 }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (amounts, cap) => {
          const scaled = scaleDownToCap(amounts, cap);
          const total = amounts.reduce((a, b) => a + b, 0);
          expect(scaled.reduce((a, b) => a + b, 0)).toBe(Math.min(total, cap));
          scaled.forEach((share, i) => {
            expect(Number.isInteger(share)).toBe(true);
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(amounts[i] ?? -1);
          });
        },
      ),
    );
  });
});

describe("applyCaps", () => {
  const caps: AllowanceCap[] = [
    { code: "CAP_COUPLE", appliesTo: ["APPLICANT", "SPOUSE"], maxSek: 500_000 },
    { code: "CAP_HOUSEHOLD", appliesTo: "ALL", maxSek: 600_000 },
  ];

  it("applies only the caps that bite and names the members they lowered", () => {
    const outcome = applyCaps(
      [
        { role: "APPLICANT", amountSek: 350_000 },
        { role: "SPOUSE", amountSek: 350_000 },
        { role: "CHILD", amountSek: 25_000 },
      ],
      caps,
    );
    expect(outcome.amounts).toEqual([250_000, 250_000, 25_000]);
    expect(outcome.applied.map(({ cap, reducedIndexes }) => [cap.code, reducedIndexes])).toEqual([
      ["CAP_COUPLE", [0, 1]],
    ]);
  });

  it("keeps every earlier cap satisfied after a later one", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            role: fc.constantFrom("APPLICANT", "SPOUSE", "CHILD", "OTHER" as const),
            amountSek: fc.constantFrom(0, 25_000, 350_000),
          }),
          { maxLength: 12 },
        ),
        (members) => {
          const { amounts } = applyCaps(members, caps);
          const couple = amounts.filter((_, i) => ["APPLICANT", "SPOUSE"].includes(members[i]?.role ?? ""));
          expect(couple.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(500_000);
          expect(amounts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(600_000);
        },
      ),
    );
  });
});

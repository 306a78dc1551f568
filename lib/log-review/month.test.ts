import { describe, expect, it } from "vitest";
import { hasEnded, isReviewMonth, monthWindow, previousMonth } from "./month";

describe("review months", () => {
  it("accepts YYYY-MM only", () => {
    expect(isReviewMonth("2026-11")).toBe(true);
    for (const bad of ["2026-13", "2026-1", "26-11", "2026-11-01", "", null, 202611]) expect(isReviewMonth(bad)).toBe(false);
  });

  it("runs from the first to the first in Stockholm, summer time included", () => {
    expect(monthWindow("2026-07")).toEqual({ from: new Date("2026-06-30T22:00:00Z"), to: new Date("2026-07-31T22:00:00Z") });
    expect(monthWindow("2026-12")).toEqual({ from: new Date("2026-11-30T23:00:00Z"), to: new Date("2026-12-31T23:00:00Z") });
  });

  it("knows the previous month and whether a month is over", () => {
    expect(previousMonth("2026-01-15")).toBe("2025-12");
    expect(previousMonth("2026-12-05")).toBe("2026-11");
    expect(hasEnded("2026-11", "2026-12-01")).toBe(true);
    expect(hasEnded("2026-12", "2026-12-31")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import sv from "@/messages/sv/figures.json";
import en from "@/messages/en/figures.json";
import { FIGURES, fillMonths, isSanePeriod, lastMonthsPeriod, monthPeriod, monthsOf, periodEndExclusive, splitByWholeMonths, yearPeriod } from "./figures";

describe("figure definitions", () => {
  it("give every figure a name and a 'what counts' text in both languages", () => {
    for (const [id, definition] of Object.entries(FIGURES)) {
      const key = definition.whatCounts.split(".")[1]!;
      for (const catalogue of [sv, en]) {
        expect((catalogue.figures.whatCounts as Record<string, string>)[key], `${id} what counts`).toBeTruthy();
        expect((catalogue.figures.names as Record<string, string>)[id], `${id} name`).toBeTruthy();
      }
    }
  });
});

describe("periods", () => {
  it("a year is its days, both ends included; the queries stop before the next year's first day", () => {
    expect(yearPeriod(2025)).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(periodEndExclusive(yearPeriod(2025))).toBe("2026-01-01");
  });

  it("the last 24 months end today and start on the first of the month 23 months back", () => {
    expect(lastMonthsPeriod("2026-12-05", 24)).toEqual({ from: "2025-01-01", to: "2026-12-05" });
    expect(lastMonthsPeriod("2026-01-31", 2)).toEqual({ from: "2025-12-01", to: "2026-01-31" });
    expect(monthsOf(lastMonthsPeriod("2026-12-05", 24))).toHaveLength(24);
  });

  it("months of a period, and a month as a period (leap years included)", () => {
    expect(monthsOf({ from: "2024-11-15", to: "2025-02-01" })).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthPeriod("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthPeriod("2025-12")).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });

  it("fills months without events", () => {
    expect(fillMonths({ from: "2025-01-01", to: "2025-03-31" }, [{ month: "2025-02", count: 4 }], (month) => ({ month, count: 0 }))).toEqual([
      { month: "2025-01", count: 0 },
      { month: "2025-02", count: 4 },
      { month: "2025-03", count: 0 },
    ]);
  });

  it("refuses reversed, malformed and endless periods", () => {
    expect(isSanePeriod({ from: "2025-01-01", to: "2025-01-01" })).toBe(true);
    expect(isSanePeriod({ from: "2025-01-02", to: "2025-01-01" })).toBe(false);
    expect(isSanePeriod({ from: "2025-1-1", to: "2025-02-01" })).toBe(false);
    expect(isSanePeriod({ from: "2025-02-30", to: "2025-03-01" })).toBe(false);
    expect(isSanePeriod({ from: "1900-01-01", to: "2025-01-01" })).toBe(false);
  });

  it("splits a period into the months it covers whole and the days at its ends", () => {
    expect(splitByWholeMonths(yearPeriod(2025))).toEqual({ months: { first: "2025-01", last: "2025-12" }, edges: [] });
    expect(splitByWholeMonths(lastMonthsPeriod("2026-12-06", 24))).toEqual({
      months: { first: "2025-01", last: "2026-11" },
      edges: [{ from: "2026-12-01", to: "2026-12-06" }],
    });
    expect(splitByWholeMonths({ from: "2024-02-15", to: "2024-04-29" })).toEqual({
      months: { first: "2024-03", last: "2024-03" },
      edges: [
        { from: "2024-02-15", to: "2024-02-29" },
        { from: "2024-04-01", to: "2024-04-29" },
      ],
    });
    expect(splitByWholeMonths({ from: "2024-02-29", to: "2024-03-30" })).toEqual({ months: null, edges: [{ from: "2024-02-29", to: "2024-03-30" }] });
    expect(splitByWholeMonths({ from: "2024-02-01", to: "2024-02-29" })).toEqual({ months: { first: "2024-02", last: "2024-02" }, edges: [] });
  });
});

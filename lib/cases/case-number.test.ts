import { describe, expect, it } from "vitest";
import { formatCaseNumber, looksLikeCaseNumber, parseCaseNumber } from "./case-number";

describe("case numbers", () => {
  it("pads the sequence to four digits and grows beyond", () => {
    expect(formatCaseNumber(2026, 42)).toBe("2026/0042");
    expect(formatCaseNumber(2026, 1)).toBe("2026/0001");
    expect(formatCaseNumber(2026, 12345)).toBe("2026/12345");
  });

  it("round-trips", () => {
    for (const [year, sequence] of [[2026, 42], [1999, 9999], [2030, 100000]] as const) {
      expect(parseCaseNumber(formatCaseNumber(year, sequence))).toEqual({ year, sequence });
    }
  });

  it("refuses what is not a case number", () => {
    for (const input of ["", "2026", "2026/42", "26/0042", "2026-0042", "2026/0000", "abcd/0001", "2026/0042-1"]) {
      expect(parseCaseNumber(input), input).toBeNull();
    }
    expect(parseCaseNumber(" 2026/0042 ")).toEqual({ year: 2026, sequence: 42 });
    expect(() => formatCaseNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatCaseNumber(26, 1)).toThrow(RangeError);
  });

  it("recognises a case number being typed", () => {
    expect(looksLikeCaseNumber("2026/")).toBe(true);
    expect(looksLikeCaseNumber("2026/004")).toBe(true);
    expect(looksLikeCaseNumber("2026")).toBe(false);
    expect(looksLikeCaseNumber("Amir")).toBe(false);
  });
});

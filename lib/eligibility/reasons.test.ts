import { describe, expect, it } from "vitest";
import { ALTERNATIVES, REASONS, REASON_CODES, formatSek, makeReason } from "./reasons";
import { RULE_SETS } from "./rule-sets";
import { PERMIT_GROUNDS } from "./types";

const INPUT_CODES = new Set(["NO_APPLICANT", "MULTIPLE_APPLICANTS", "INVALID_DATE"]);

describe("the reason catalogue", () => {
  const cases = REASON_CODES.flatMap((code) => RULE_SETS.map((ruleSet) => ({ code, ruleSet })));

  it.each(cases)("$code has text in both languages and a citation ($ruleSet.id)", ({ code, ruleSet }) => {
    const reason = makeReason(code, {
      ruleSet,
      ground: "UPPER_SECONDARY_SCHOOL_LAW",
      amountSek: 25_000,
      isChild: true,
      capSek: 500_000,
      date: "2024-09-13",
      country: "DE",
    });
    expect(reason.code).toBe(code);
    expect(reason.text.sv.trim().length).toBeGreaterThan(20);
    expect(reason.text.en.trim().length).toBeGreaterThan(20);
    expect(reason.text.sv).not.toBe(reason.text.en);
    expect(`${reason.text.sv} ${reason.text.en}`).not.toMatch(/undefined|NaN|\[object/);
    expect(reason.citation.trim().length).toBeGreaterThan(0);
    if (reason.severity !== "INFO" && !INPUT_CODES.has(code)) {
      expect(reason.citation).toContain("SFS 1984:890");
    }
  });

  it("uses only the three severities", () => {
    for (const code of REASON_CODES) expect(["BLOCKS", "WARNS", "INFO"]).toContain(REASONS[code].severity);
  });

  it("names every permit ground in the texts", () => {
    const ruleSet = RULE_SETS[0];
    for (const ground of PERMIT_GROUNDS) {
      const text = makeReason("GROUND_NOT_QUALIFYING", { ruleSet, ground }).text;
      expect(text.sv).toMatch(/^Uppehållstillstånd \S/);
      expect(text.en).not.toContain("undefined");
    }
  });

  it("lists the grounds that qualify under each set", () => {
    const [old, current] = RULE_SETS;
    if (!current) throw new Error("expected two rule sets");
    expect(makeReason("GROUND_NOT_QUALIFYING", { ruleSet: old, ground: "WORK" }).text.sv).not.toContain("gymnasielagen");
    expect(makeReason("GROUND_NOT_QUALIFYING", { ruleSet: current, ground: "WORK" }).text.en).toContain(
      "under the upper secondary school law (gymnasielagen) (permanent permits only)",
    );
  });

  it("has alternatives in both languages with a source", () => {
    for (const alternative of Object.values(ALTERNATIVES)) {
      expect(alternative.text.sv.length).toBeGreaterThan(20);
      expect(alternative.text.en.length).toBeGreaterThan(20);
      expect(alternative.source).toContain("Migrationsverket");
    }
  });
});

describe("formatSek", () => {
  it("groups thousands the Swedish and the English way", () => {
    expect(formatSek(350_000, "sv")).toBe("350\u00a0000\u00a0kr");
    expect(formatSek(1_000_000, "en")).toBe("SEK 1,000,000");
    expect(formatSek(999, "en")).toBe("SEK 999");
  });
});

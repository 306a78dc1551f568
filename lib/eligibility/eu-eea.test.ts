import { describe, expect, it } from "vitest";
import { EU_EEA_CH_COUNTRIES, EU_MEMBER_STATES, isEuEeaOrSwitzerland } from "./eu-eea";

describe("EU/EEA/Switzerland", () => {
  it("has the 27 EU members, Iceland, Liechtenstein, Norway and Switzerland", () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(EU_EEA_CH_COUNTRIES.size).toBe(31);
  });

  it.each(["SE", "DE", "GR", "HR", "IS", "LI", "NO", "CH", "de"])("includes %s", (code) => {
    expect(isEuEeaOrSwitzerland(code)).toBe(true);
  });

  it.each(["GB", "TR", "SY", "UA", "RS", "BA", "EL", ""])("excludes %j", (code) => {
    expect(isEuEeaOrSwitzerland(code)).toBe(false);
  });
});

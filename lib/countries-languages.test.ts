import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryOptions } from "./countries";
import { LANGUAGE_CODES, languageOptions } from "./languages";

describe("the country and language lists (issue 15)", () => {
  it.each(["sv", "en"])("name no language or country twice in %s", (locale) => {
    for (const options of [languageOptions(locale), countryOptions(locale)]) {
      const labels = options.map((option) => option.label.toLocaleLowerCase(locale));
      expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
    }
  });

  it("offers Sorani and Kurmanji by name, and Kurdish only so", () => {
    const kurdish = languageOptions("sv").filter((option) => option.label.startsWith("kurdiska"));
    expect(kurdish).toEqual([
      { value: "kmr", label: "kurdiska (kurmanji)" },
      { value: "ckb", label: "kurdiska (sorani)" },
    ]);
    expect(languageOptions("en").find((option) => option.value === "ckb")?.label).toBe("Kurdish (Sorani)");
  });

  it("has no place people do not return to", () => {
    for (const code of ["AQ", "BV", "HM", "GS", "TF", "UM", "IO"]) expect(COUNTRY_CODES).not.toContain(code);
    for (const code of ["SE", "BA", "IQ", "IR", "AF", "SO", "ER", "XK", "SY"]) expect(COUNTRY_CODES).toContain(code);
    for (const code of ["la", "eo", "ku", "nb"]) expect(LANGUAGE_CODES).not.toContain(code);
  });
});

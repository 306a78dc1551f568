import { describe, expect, it } from "vitest";
import { exactOption, joinChoices, matchOptions, postedChoices, splitChoices } from "./choices";
import { countryOptions } from "./countries";
import { splitCountryCodes } from "./eligibility-form";

const sv = countryOptions("sv");
const en = countryOptions("en");
const labels = (options: { label: string }[]) => options.map((option) => option.label);

describe("finding an option by typing (issue 15)", () => {
  it("puts names that start with the text first, then names with a word that does, then the rest", () => {
    expect(labels(matchOptions(sv, "syr"))).toEqual(["Syrien"]);
    expect(labels(matchOptions(sv, "oster")).slice(0, 1)).toEqual(["Österrike"]);
    expect(labels(matchOptions(en, "guinea"))).toEqual(["Guinea", "Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea"]);
  });

  it("finds a country by its code, and offers everything for empty text", () => {
    expect(labels(matchOptions(en, "iq"))).toContain("Iraq");
    expect(matchOptions(en, "  ")).toHaveLength(en.length);
  });

  it("names an option exactly by its name or code, whatever the case and accents", () => {
    expect(exactOption(sv, "sverige")?.value).toBe("SE");
    expect(exactOption(sv, "osterrike")?.value).toBe("AT");
    expect(exactOption(en, "sy")?.value).toBe("SY");
    expect(exactOption(en, "Syr")).toBeUndefined();
    expect(exactOption(en, "")).toBeUndefined();
  });
});

describe("several choices in one field", () => {
  it("posts the chosen codes joined by commas, as the eligibility form reads them", () => {
    const posted = joinChoices(["SY", "SE"]);
    expect(posted).toBe("SY, SE");
    expect(splitCountryCodes(posted)).toEqual(["SY", "SE"]);
    expect(joinChoices([])).toBe("");
    expect(splitCountryCodes(joinChoices([]))).toEqual([]);
  });

  it("reads a stored value back into option values, keeping what no option has and dropping repeats", () => {
    expect(splitChoices("SY, SE", sv)).toEqual(["SY", "SE"]);
    expect(splitChoices("sy,iq, SY", sv)).toEqual(["SY", "IQ"]);
    expect(splitChoices("SY, XX", sv)).toEqual(["SY", "XX"]);
    expect(splitChoices(" , ", sv)).toEqual([]);
  });

  it("round-trips what it posts", () => {
    for (const values of [[], ["SY"], ["IQ", "SE", "XK"]]) expect(splitChoices(joinChoices(values), en)).toEqual(values);
  });

  it("sends text typed but not picked: a full name as its code, anything else as typed", () => {
    expect(postedChoices(["SY"], "", sv)).toBe("SY");
    expect(postedChoices(["SY"], " Sverige ", sv)).toBe("SY, SE");
    expect(postedChoices(["SY"], "syrien", sv)).toBe("SY");
    expect(postedChoices(["SY"], "Atlantis", sv)).toBe("SY, Atlantis");
    expect(postedChoices([], "Atlantis", sv)).toBe("Atlantis");
  });
});

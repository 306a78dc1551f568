import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIdentityNumber, luhnCheckDigit, makeIdentityNumber, parseIdentityNumber } from "./identity-number";

const TODAY = "2026-03-15";

describe("luhnCheckDigit", () => {
  it("matches Skatteverket's worked example 640823-323(4)", () => {
    expect(luhnCheckDigit("640823323")).toBe(4);
  });
});

describe("parseIdentityNumber", () => {
  it("accepts the four written forms of the same number", () => {
    for (const input of ["19640823-3234", "196408233234", "640823-3234", "6408233234"]) {
      expect(parseIdentityNumber(input, TODAY)).toEqual({
        ok: true,
        normalized: "196408233234",
        birthDate: "1964-08-23",
        isCoordinationNumber: false,
      });
    }
  });

  it("ignores whitespace around and inside the number", () => {
    const parsed = parseIdentityNumber("  640823 - 3234\n", TODAY);
    expect(parsed).toMatchObject({ ok: true, normalized: "196408233234" });
  });

  it("refuses a wrong check digit", () => {
    expect(parseIdentityNumber("19640823-3235", TODAY)).toEqual({ ok: false, error: "checksum" });
    expect(parseIdentityNumber("640823-3230", TODAY)).toEqual({ ok: false, error: "checksum" });
  });

  it("refuses impossible dates before looking at the checksum", () => {
    expect(parseIdentityNumber("19900230-1234", TODAY)).toEqual({ ok: false, error: "date" });
    expect(parseIdentityNumber("19901301-1234", TODAY)).toEqual({ ok: false, error: "date" });
    expect(parseIdentityNumber("19900100-1234", TODAY)).toEqual({ ok: false, error: "date" });
    expect(parseIdentityNumber("19900431-1234", TODAY)).toEqual({ ok: false, error: "date" });
    // 1900 was not a leap year, 2000 was.
    expect(parseIdentityNumber(makeIdentityNumber("2000-02-29", 123).replace("2000", "1900"), TODAY)).toEqual({
      ok: false,
      error: "date",
    });
    expect(parseIdentityNumber(makeIdentityNumber("2000-02-29", 123), TODAY)).toMatchObject({ ok: true });
  });

  it("refuses a birth date after the reference date", () => {
    const tomorrow = makeIdentityNumber("2026-03-16", 123);
    expect(parseIdentityNumber(tomorrow, TODAY)).toEqual({ ok: false, error: "date" });
    expect(parseIdentityNumber(tomorrow, "2026-03-16")).toMatchObject({ ok: true });
  });

  it("refuses malformed input", () => {
    for (const input of ["", "abc", "196408233", "19640823323", "19640823+3234", "640823/3234", "6408233-234", "1964-08-23-3234", "0640823-3234"]) {
      expect(parseIdentityNumber(input, TODAY)).toEqual({ ok: false, error: "format" });
    }
  });

  it("reads a samordningsnummer (day + 60) and gives the real birth date", () => {
    const number = makeIdentityNumber("1990-01-15", 234, { coordination: true });
    expect(number.slice(0, 8)).toBe("19900175");
    expect(parseIdentityNumber(`${number.slice(2, 8)}-${number.slice(8)}`, TODAY)).toEqual({
      ok: true,
      normalized: number,
      birthDate: "1990-01-15",
      isCoordinationNumber: true,
    });
    // Day field 60 is not a real day, and 92 is past the 31st.
    expect(parseIdentityNumber("19900160-1234", TODAY)).toEqual({ ok: false, error: "date" });
    expect(parseIdentityNumber("19900192-1234", TODAY)).toEqual({ ok: false, error: "date" });
  });

  it("puts a short number in the last hundred years unless it has a plus", () => {
    const young = makeIdentityNumber("2020-05-01", 111).slice(2); // 2005011...
    expect(parseIdentityNumber(young, TODAY)).toMatchObject({ ok: true, birthDate: "2020-05-01" });

    // Someone born on 1926-03-16 is 99 on 2026-03-15 ("-") and 100 the day after ("+").
    const old = makeIdentityNumber("1926-03-16", 222);
    const short = `${old.slice(2, 8)}`;
    const tail = old.slice(8);
    expect(parseIdentityNumber(`${short}-${tail}`, TODAY)).toMatchObject({ ok: true, birthDate: "1926-03-16" });
    expect(parseIdentityNumber(`${short}+${tail}`, "2026-03-16")).toMatchObject({ ok: true, birthDate: "1926-03-16" });
    // The same digits with "+" read a century earlier.
    expect(parseIdentityNumber(`${short}+${tail}`, TODAY)).toMatchObject({ ok: true, birthDate: "1826-03-16" });
    // A birthday later this year than today belongs to the previous century.
    const lateThisYear = makeIdentityNumber("1926-12-01", 333).slice(2);
    expect(parseIdentityNumber(lateThisYear, TODAY)).toMatchObject({ ok: true, birthDate: "1926-12-01" });
  });

  it("refuses a reference date in the wrong form", () => {
    expect(() => parseIdentityNumber("196408233234", "15/03/2026")).toThrow(RangeError);
  });

  it("round-trips every number makeIdentityNumber builds", () => {
    const birthDates = fc
      .date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2026-03-15T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(birthDates, fc.integer({ min: 0, max: 999 }), fc.boolean(), (birthDate, serial, coordination) => {
        const normalized = makeIdentityNumber(birthDate, serial, { coordination });
        const parsed = parseIdentityNumber(formatIdentityNumber(normalized), TODAY);
        expect(parsed).toEqual({ ok: true, normalized, birthDate, isCoordinationNumber: coordination });
      }),
    );
  });

  it("catches any single changed digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 2, max: 11 }), fc.integer({ min: 1, max: 9 }), (serial, position, delta) => {
        const valid = makeIdentityNumber("1985-06-12", serial);
        const digits = valid.split("");
        digits[position] = String((Number(digits[position]) + delta) % 10);
        const parsed = parseIdentityNumber(digits.join(""), TODAY);
        expect(parsed.ok).toBe(false);
      }),
    );
  });
});

describe("formatIdentityNumber", () => {
  it("inserts the hyphen", () => {
    expect(formatIdentityNumber("196408233234")).toBe("19640823-3234");
  });
  it("leaves anything that is not 12 digits alone", () => {
    expect(formatIdentityNumber("6408233234")).toBe("6408233234");
  });
});

describe("makeIdentityNumber", () => {
  it("refuses impossible dates and serials", () => {
    expect(() => makeIdentityNumber("1990-02-30", 1)).toThrow(RangeError);
    expect(() => makeIdentityNumber("1990-01-01", 1000)).toThrow(RangeError);
    expect(() => makeIdentityNumber("1990-01-01", 1.5)).toThrow(RangeError);
  });
});

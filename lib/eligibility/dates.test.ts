import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  ageOn,
  formatDateLong,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
} from "./dates";

describe("parseIsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2025-12-31", "0001-01-01"])("reads %s", (date) => {
    expect(parseIsoDate(date)).not.toBeNull();
  });

  it.each([
    "2025-02-29", // not a leap year
    "1900-02-29", // century, not a leap year
    "2025-04-31",
    "2025-13-01",
    "2025-00-10",
    "2025-01-00",
    "0000-01-01",
    "2025-1-01",
    " 2025-01-01",
    "2025-01-01T00:00",
    "20250101",
    "",
  ])("rejects %j", (date) => {
    expect(parseIsoDate(date)).toBeNull();
    expect(isIsoDate(date)).toBe(false);
  });
});

describe("ageOn", () => {
  it("adds the year on the birthday itself", () => {
    expect(ageOn("2008-01-01", "2026-01-01")).toBe(18);
    expect(ageOn("2008-01-01", "2025-12-31")).toBe(17);
    expect(ageOn("2008-01-02", "2026-01-01")).toBe(17);
  });

  it("makes someone born on 29 February a year older on 1 March in common years", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
  });

  it("is negative for a birth after the date and null for a date it cannot read", () => {
    expect(ageOn("2027-01-01", "2026-01-01")).toBe(-1);
    expect(ageOn("2008-02-30", "2026-01-01")).toBeNull();
    expect(ageOn("2008-01-01", "soon")).toBeNull();
  });

  it("agrees with a calendar computed by Date in UTC", () => {
    const day = fc.integer({ min: toDayNumber({ year: 1920, month: 1, day: 1 }), max: toDayNumber({ year: 2040, month: 12, day: 31 }) });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const birth = new Date(Date.UTC(1970, 0, 1 + Math.min(a, b)));
        const on = new Date(Date.UTC(1970, 0, 1 + Math.max(a, b)));
        let expected = on.getUTCFullYear() - birth.getUTCFullYear();
        const birthdayThisYear = [birth.getUTCMonth(), birth.getUTCDate()];
        const today = [on.getUTCMonth(), on.getUTCDate()];
        if (today[0]! < birthdayThisYear[0]! || (today[0] === birthdayThisYear[0] && today[1]! < birthdayThisYear[1]!)) {
          expected -= 1;
        }
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        expect(ageOn(iso(birth), iso(on))).toBe(expected);
      }),
    );
  });
});

describe("day numbers", () => {
  it("match Date.UTC and round-trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(toDayNumber(date)).toBe(n);
        expect(formatIsoDate(date)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it("adds days across months, leap days and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2025-02-30", 1)).toBeNull();
  });
});

describe("formatDateLong", () => {
  it("writes the date out in each language", () => {
    expect(formatDateLong("2024-09-12", "sv")).toBe("12 september 2024");
    expect(formatDateLong("2024-09-12", "en")).toBe("12 September 2024");
    expect(formatDateLong("not a date", "en")).toBe("not a date");
  });
});

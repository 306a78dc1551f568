import { describe, expect, it } from "vitest";
import { endOfOfficeDay, officeStamp, officeToday, startOfOfficeDay } from "./dates";

describe("office dates", () => {
  it("starts a winter day at 23:00 UTC the evening before", () => {
    expect(startOfOfficeDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
  });
  it("starts a summer day at 22:00 UTC", () => {
    expect(startOfOfficeDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(endOfOfficeDay("2026-07-01").toISOString()).toBe("2026-07-01T22:00:00.000Z");
  });
  it("knows that 23:30 UTC on New Year's Eve is already the new year in Stockholm", () => {
    expect(officeToday(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
  });
});

describe("officeStamp", () => {
  it("shows an instant as the office's day and 24-hour time, summer and winter", () => {
    expect(officeStamp(new Date("2026-07-01T13:05:00Z"))).toBe("2026-07-01 15:05");
    expect(officeStamp(new Date("2026-01-15T22:30:00Z"))).toBe("2026-01-15 23:30");
    // Past midnight in Stockholm is the next day.
    expect(officeStamp(new Date("2026-12-31T23:15:00Z"))).toBe("2027-01-01 00:15");
  });
});

import { describe, expect, it } from "vitest";
import { endOfOfficeDay, officeToday, startOfOfficeDay } from "./dates";

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

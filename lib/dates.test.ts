import { describe, expect, it } from "vitest";
import { endOfOfficeDay, formatOfficeDateTime, officeToday, parseTypedDate, parseTypedTime, startOfOfficeDay } from "./dates";

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

describe("formatOfficeDateTime", () => {
  it("shows an instant as the office's day and 24-hour time, summer and winter", () => {
    expect(formatOfficeDateTime(new Date("2026-07-01T13:05:00Z"))).toBe("2026-07-01 15:05");
    expect(formatOfficeDateTime(new Date("2026-01-15T22:30:00Z"))).toBe("2026-01-15 23:30");
    // Past midnight in Stockholm is the next day.
    expect(formatOfficeDateTime(new Date("2026-12-31T23:15:00Z"))).toBe("2027-01-01 00:15");
  });
});

describe("typed times", () => {
  it.each([
    ["9", "09:00"],
    ["09", "09:00"],
    ["930", "09:30"],
    ["0930", "09:30"],
    ["9.30", "09:30"],
    ["9:30", "09:30"],
    ["09:30", "09:30"],
    ["9 30", "09:30"],
    ["1745", "17:45"],
    ["0", "00:00"],
    [" 23:59 ", "23:59"],
  ])("reads %j as %s", (typed, clock) => expect(parseTypedTime(typed)).toBe(clock));

  it.each(["", "24", "2400", "9:60", "960", "12345", "9am", "9:3", "-1", "9,30"])("refuses %j", (typed) => expect(parseTypedTime(typed)).toBeNull());
});

describe("typed dates", () => {
  const today = "2026-06-15";
  it.each([
    ["2026-12-05", "2026-12-05"],
    ["2026-12-5", "2026-12-05"],
    ["20261205", "2026-12-05"],
    ["5/12", "2026-12-05"],
    ["05/12", "2026-12-05"],
    ["5/12 2027", "2027-12-05"],
    ["5/12/2027", "2027-12-05"],
    ["5.12.2027", "2027-12-05"],
    ["29/2 2028", "2028-02-29"],
  ])("reads %j as %s", (typed, iso) => expect(parseTypedDate(typed, today)).toBe(iso));

  it.each(["", "2026-02-30", "20260230", "31/4", "29/2", "12/31", "5/12/26", "igår", "2026/12/05", "202612051"])("refuses %j", (typed) =>
    expect(parseTypedDate(typed, today)).toBeNull(),
  );
});

describe("display", () => {
  it("shows ISO days and the 24-hour clock in Stockholm time", async () => {
    const { formatOfficeDateTime, formatOfficeDay, formatOfficeTime } = await import("./dates");
    const winterEvening = new Date("2026-12-05T22:30:15Z"); // 23:30 in Stockholm
    expect(formatOfficeDay(winterEvening)).toBe("2026-12-05");
    expect(formatOfficeTime(winterEvening)).toBe("23:30");
    expect(formatOfficeDateTime(winterEvening, { seconds: true })).toBe("2026-12-05 23:30:15");
    // After 23:00 UTC in summer it is already the next day in Stockholm.
    expect(formatOfficeDateTime(new Date("2026-07-01T22:05:00Z"))).toBe("2026-07-02 00:05");
  });
});

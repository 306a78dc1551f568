import { describe, expect, it } from "vitest";
import { ageBand, ageOn, DEFAULT_RETENTION_RULES as RULES, retentionDueFrom, retentionVerdict } from "./rules";

// Instants in UTC; Stockholm is UTC+1 in winter.
const facts = (lastEntryAt: string, birthDate = "1980-03-03", legalHoldReason: string | null = null, archiveTransferredAt: string | null = null) => ({
  lastEntryAt: new Date(lastEntryAt),
  birthDate,
  legalHoldReason,
  archiveTransferredAt: archiveTransferredAt ? new Date(archiveTransferredAt) : null,
});

describe("retention rules", () => {
  it("counts five years from the end of the year of the last entry, in office time", () => {
    // 31 December 2020, 23:30 in Stockholm: still 2020 there, so due from 1 January 2026.
    expect(retentionDueFrom(new Date("2020-12-31T22:30:00Z"), 5)).toEqual(new Date("2025-12-31T23:00:00Z"));
    // 00:30 on 1 January 2021 in Stockholm is 2021: a year later.
    expect(retentionDueFrom(new Date("2020-12-31T23:30:00Z"), 5)).toEqual(new Date("2026-12-31T23:00:00Z"));
    expect(retentionVerdict(facts("2020-12-31T22:30:00Z"), RULES, new Date("2025-12-31T22:59:59Z"))).toBe("notDue");
    expect(retentionVerdict(facts("2020-12-31T22:30:00Z"), RULES, new Date("2025-12-31T23:00:00Z"))).toBe("remove");
    expect(retentionVerdict(facts("2020-01-01T00:00:00Z"), { ...RULES, removeAfterYears: 10 }, new Date("2026-06-01T00:00:00Z"))).toBe("notDue");
  });

  it("keeps the research sample (born on the 5th, 15th or 25th) for the archive instead", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    for (const day of ["05", "15", "25"]) expect(retentionVerdict(facts("2020-06-01T10:00:00Z", `1975-04-${day}`), RULES, now)).toBe("archive");
    for (const day of ["04", "06", "14", "16", "24", "26", "30"]) expect(retentionVerdict(facts("2020-06-01T10:00:00Z", `1975-04-${day}`), RULES, now)).toBe("remove");
    expect(retentionVerdict(facts("2020-06-01T10:00:00Z", "1975-04-15"), { ...RULES, researchSampleDays: [] }, now)).toBe("remove");
  });

  it("takes a kept case off the list once its transfer to the archive is recorded, until a newer entry", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    expect(retentionVerdict(facts("2020-06-01T10:00:00Z", "1975-04-15", null, "2029-03-01T09:00:00Z"), RULES, now)).toBe("archived");
    expect(retentionVerdict(facts("2020-06-01T10:00:00Z", "1975-04-15", null, "2020-06-01T10:00:00Z"), RULES, now)).toBe("archived");
    // Transferred before its last entry: the archive lacks that entry, so the case is due again.
    expect(retentionVerdict(facts("2020-06-01T10:00:00Z", "1975-04-15", null, "2020-05-01T10:00:00Z"), RULES, now)).toBe("archive");
    // A transfer never saves a case outside the sample from removal.
    expect(retentionVerdict(facts("2020-06-01T10:00:00Z", "1975-04-16", null, "2029-03-01T09:00:00Z"), RULES, now)).toBe("remove");
  });

  it("never makes a case under legal hold due, for removal or archive", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    expect(retentionVerdict(facts("2020-06-01T10:00:00Z", "1980-01-03", "Överklagande"), RULES, now)).toBe("legalHold");
    expect(retentionVerdict(facts("2020-06-01T10:00:00Z", "1980-01-15", "Begäran om utlämnande"), RULES, now)).toBe("legalHold");
  });

  it("bands ages at opening", () => {
    expect(ageOn("2000-06-15", "2018-06-14")).toBe(17);
    expect(ageOn("2000-06-15", "2018-06-15")).toBe(18);
    expect([17, 18, 29, 30, 44, 45, 64, 65].map(ageBand)).toEqual(["0-17", "18-29", "18-29", "30-44", "30-44", "45-64", "45-64", "65+"]);
  });
});

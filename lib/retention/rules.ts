// The retention rules (gallring) as a pure function: no database, no clock.
// Social-services practice, and the office's default: a case's records are
// removed five years after the end of the year of its last entry; persons
// born on the 5th, 15th or 25th of a month form the research sample, whose
// records are kept and become due for transfer to the archive instead; a
// case under legal hold is never due at all. The years and the days are
// admin settings (lib/data/settings.ts). Years are counted in office time
// (Europe/Stockholm): an entry at 23:30 on 31 December is that year's.
import { officeToday, startOfOfficeDay } from "@/lib/dates";

export type RetentionRules = {
  /** Whole years after the end of the year of the last entry. */
  removeAfterYears: number;
  /** Days of the month of birth whose persons are kept (the research sample). */
  researchSampleDays: readonly number[];
};

export const DEFAULT_RETENTION_RULES: RetentionRules = { removeAfterYears: 5, researchSampleDays: [5, 15, 25] };

export type RetentionCaseFacts = {
  lastEntryAt: Date;
  /** The case person's birth date ("YYYY-MM-DD"). */
  birthDate: string;
  legalHoldReason: string | null;
  /** When the case's archive package was recorded as delivered to the archive (null: never). */
  archiveTransferredAt: Date | null;
};

/** "archived": in the research sample and delivered to the archive with every entry it has. */
export type RetentionVerdict = "notDue" | "legalHold" | "remove" | "archive" | "archived";

/** The first moment the case is due: 1 January (office time) of lastEntryYear + 1 + years. */
export function retentionDueFrom(lastEntryAt: Date, removeAfterYears: number): Date {
  const lastEntryYear = Number(officeToday(lastEntryAt).slice(0, 4));
  return startOfOfficeDay(`${lastEntryYear + 1 + removeAfterYears}-01-01`);
}

/** Whether the person is in the research sample: born on one of the sample days of a month. */
export function isResearchSample(birthDate: string, rules: RetentionRules): boolean {
  return rules.researchSampleDays.includes(Number(birthDate.slice(8, 10)));
}

export function retentionVerdict(facts: RetentionCaseFacts, rules: RetentionRules, now: Date): RetentionVerdict {
  if (now < retentionDueFrom(facts.lastEntryAt, rules.removeAfterYears)) return "notDue";
  if (facts.legalHoldReason) return "legalHold";
  if (!isResearchSample(facts.birthDate, rules)) return "remove";
  return transferCoversLastEntry(facts.archiveTransferredAt, facts.lastEntryAt) ? "archived" : "archive";
}

/** Whether a recorded archive transfer still holds the whole case: nothing entered since. */
export function transferCoversLastEntry(transferredAt: Date | null, lastEntryAt: Date): boolean {
  return transferredAt !== null && transferredAt >= lastEntryAt;
}

/**
 * The latest last entry that can be due at `now`: a case whose last entry is
 * before this instant may be due (the database narrows by it, the verdict decides).
 */
export function lastEntryCutoff(rules: RetentionRules, now: Date): Date {
  const thisYear = Number(officeToday(now).slice(0, 4));
  return startOfOfficeDay(`${thisYear - rules.removeAfterYears}-01-01`);
}

/** Age at a day, in whole years, from two "YYYY-MM-DD" dates. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export const AGE_BANDS = ["0-17", "18-29", "30-44", "45-64", "65+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(age: number): AgeBand {
  if (age < 18) return "0-17";
  if (age < 30) return "18-29";
  if (age < 45) return "30-44";
  if (age < 65) return "45-64";
  return "65+";
}

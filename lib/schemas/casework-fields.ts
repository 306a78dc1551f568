import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { TZDate } from "@date-fns/tz";
import { OFFICE_TIME_ZONE, officeToday } from "@/lib/dates";

// Fields shared by the casework forms (sessions, plan, tasks, follow-ups,
// documents). Inputs are FormData strings; messages are keys under
// "casework.errors". Dates are typed as "YYYY-MM-DD" days in Stockholm.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A day as Prisma stores a `@db.Date`: that day at UTC midnight. */
export function dbDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** The "YYYY-MM-DD" of a `@db.Date` value. */
export function isoOfDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole days to a "YYYY-MM-DD". */
export function addDays(isoDate: string, days: number): string {
  return isoOfDbDate(new Date(dbDate(isoDate).getTime() + days * 86_400_000));
}

/**
 * The instant of a Stockholm wall-clock time, or null for a time that does not
 * exist that day (the hour skipped when summer time starts).
 */
export function officeInstant(isoDate: string, clockTime: string): Date | null {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const [hour, minute] = clockTime.split(":").map(Number) as [number, number];
  const zoned = new TZDate(year, month - 1, day, hour, minute, OFFICE_TIME_ZONE);
  if (zoned.getDate() !== day || zoned.getHours() !== hour || zoned.getMinutes() !== minute) return null;
  return new Date(zoned.getTime());
}

/** The Stockholm day and clock time of an instant, for filling in a form. */
export function officeDateAndTime(instant: Date): { date: string; time: string } {
  const zoned = new TZDate(instant.getTime(), OFFICE_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    time: `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`,
  };
}

/** A missing field (an unchecked box, a field the form did not send) reads as empty. */
export const formInput = safeString()
  .optional()
  .transform((value) => (value ?? "").trim());

export const checkbox = safeString()
  .optional()
  .transform((value) => value === "on" || value === "true");

/** Plain text up to `max` characters, stored as typed (it is always rendered as text, never as HTML). */
export function plainText(max: number, tooLongKey: string, requiredKey?: string) {
  return safeString()
    .optional()
    // Line endings from browsers are CRLF; one form keeps lengths and diffs honest.
    .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(
      requiredKey
        ? safeString().min(1, requiredKey).max(max, tooLongKey)
        : safeString().max(max, tooLongKey),
    );
}

type DateRule = {
  required?: string;
  /** Not after today in Stockholm. */
  notFuture?: boolean;
  /** How far back and ahead of today a date may lie, in days; beyond is a typing error. */
  maxDaysBack?: number;
  maxDaysAhead?: number;
};

/**
 * "YYYY-MM-DD", a real calendar day within a sane window around today.
 * Output: the ISO string, or null when empty and not required.
 */
export function isoDate({ required, notFuture = false, maxDaysBack = 365 * 20, maxDaysAhead = 365 * 5 }: DateRule = {}) {
  return formInput
    .superRefine((value, ctx) => {
      if (!value) {
        if (required) ctx.addIssue({ code: "custom", message: required });
        return;
      }
      const today = officeToday();
      if (!ISO_DATE.test(value)) ctx.addIssue({ code: "custom", message: "dateFormat" });
      else if (!isRealIsoDate(value)) ctx.addIssue({ code: "custom", message: "dateNotReal" });
      else if (notFuture && value > today) ctx.addIssue({ code: "custom", message: "dateInFuture" });
      else if (value < addDays(today, -maxDaysBack) || value > addDays(today, maxDaysAhead)) ctx.addIssue({ code: "custom", message: "dateOutOfRange" });
    })
    .transform((value) => value || null);
}

export function clockTime(requiredKey: string) {
  return formInput.superRefine((value, ctx) => {
    if (!value) ctx.addIssue({ code: "custom", message: requiredKey });
    else if (!CLOCK_TIME.test(value)) ctx.addIssue({ code: "custom", message: "timeFormat" });
  });
}

/** A whole number typed into a text field, within [min, max]. */
export function wholeNumber({ min, max, required, invalid, range }: { min: number; max: number; required: string; invalid: string; range: string }) {
  return formInput.transform((value, ctx) => {
    if (!value) {
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }
    if (!/^\d{1,6}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: invalid });
      return z.NEVER;
    }
    const number = Number(value);
    if (number < min || number > max) {
      ctx.addIssue({ code: "custom", message: range });
      return z.NEVER;
    }
    return number;
  });
}

/**
 * The row's last saved time, sent back with an edit: a stale value means
 * someone else saved in between, and the edit is refused instead of silently
 * overwriting theirs (the casework tables have no version column).
 */
export const savedAt = formInput.pipe(
  safeString()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "staleForm")
    .transform((value) => new Date(value)),
);

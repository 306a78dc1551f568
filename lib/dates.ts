import { TZDate } from "@date-fns/tz";

/** The office's time zone: dates typed by users are days in Stockholm. */
export const OFFICE_TIME_ZONE = "Europe/Stockholm";

/** The instant a "YYYY-MM-DD" day starts in Stockholm. */
export function startOfOfficeDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, OFFICE_TIME_ZONE).getTime());
}

/** The instant after a "YYYY-MM-DD" day ends in Stockholm. */
export function endOfOfficeDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day + 1, OFFICE_TIME_ZONE).getTime());
}

/** Today's date in Stockholm as "YYYY-MM-DD". */
export function officeToday(now: Date = new Date()): string {
  const d = new TZDate(now.getTime(), OFFICE_TIME_ZONE);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is "YYYY-MM-DD" and names a real calendar day (no 2026-02-30). */
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

/** The "YYYY-MM-DD" of a `@db.Date` value, or null for an empty column. */
export function isoOfDbDateOrNull(date: Date | null): string | null {
  return date ? isoOfDbDate(date) : null;
}

/** A "YYYY-MM-DD" as a `@db.Date` value, or null for an empty field. */
export function dbDateOrNull(isoDate: string | null): Date | null {
  return isoDate ? dbDate(isoDate) : null;
}

// ── Typed dates and times (issue 15) ──
// Advisers type fast: "9", "930", "9.30" and "09:30" are all half past nine;
// "2026-12-05", "20261205", "5/12" and "5/12 2026" are all the fifth of
// December. The forms accept every one and store the ISO form.

/** "HH:MM" on the 24-hour clock from "9", "930", "0930", "9.30", "9:30", "09:30" or "9 30"; null when it is no time. */
export function parseTypedTime(typed: string): string | null {
  const value = typed.trim();
  let hour: number;
  let minute: number;
  const separated = /^(\d{1,2})[.:\s](\d{2})$/.exec(value);
  if (separated) [hour, minute] = [Number(separated[1]), Number(separated[2])];
  else if (/^\d{1,2}$/.test(value)) [hour, minute] = [Number(value), 0];
  else if (/^\d{3,4}$/.test(value)) [hour, minute] = [Number(value.slice(0, -2)), Number(value.slice(-2))];
  else return null;
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * "YYYY-MM-DD" from "2026-12-05", "2026-12-5", "20261205", "5/12" (day/month,
 * the year of `today`), "5/12 2026", "5/12/2026" or "5.12.2026"; null when
 * it is no real calendar day. Day before month, as Swedes write it.
 */
export function parseTypedDate(typed: string, today: string = officeToday()): string | null {
  const value = typed.trim();
  let parts: [string, string, string] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const dayMonth = /^(\d{1,2})[/.](\d{1,2})(?:[/.\s](\d{4}))?$/.exec(value);
  if (iso) parts = [iso[1]!, iso[2]!, iso[3]!];
  else if (compact) parts = [compact[1]!, compact[2]!, compact[3]!];
  else if (dayMonth) parts = [dayMonth[3] ?? today.slice(0, 4), dayMonth[2]!, dayMonth[1]!];
  if (!parts) return null;
  const candidate = `${parts[0]}-${parts[1].padStart(2, "0")}-${parts[2].padStart(2, "0")}`;
  return isRealIsoDate(candidate) ? candidate : null;
}

// ── Display (issue 15) ──
// Swedish offices write ISO dates and the 24-hour clock, and so does the app
// in both languages: "2026-12-05", "09:30", "2026-12-05 09:30".

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The Stockholm day of an instant: "2026-12-05". */
export function formatOfficeDay(instant: Date): string {
  return officeDateAndTime(instant).date;
}

/** The Stockholm clock time of an instant: "09:30" (with seconds: "09:30:15"). */
export function formatOfficeTime(instant: Date, { seconds = false }: { seconds?: boolean } = {}): string {
  const clock = officeDateAndTime(instant).time;
  return seconds ? `${clock}:${pad2(new TZDate(instant.getTime(), OFFICE_TIME_ZONE).getSeconds())}` : clock;
}

/** The Stockholm day and time of an instant: "2026-12-05 09:30". */
export function formatOfficeDateTime(instant: Date, options: { seconds?: boolean } = {}): string {
  return `${formatOfficeDay(instant)} ${formatOfficeTime(instant, options)}`;
}

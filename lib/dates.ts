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

/**
 * An instant as records and print show it: "YYYY-MM-DD HH:mm", the office's
 * day and 24-hour clock, the same in every language (issue 11: history and
 * print read unambiguously, whoever reads them and wherever).
 */
export function officeStamp(instant: Date): string {
  const { date, time } = officeDateAndTime(instant);
  return `${date} ${time}`;
}

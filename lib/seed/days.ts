// Calendar days for the builders, as integers (days since 1970-01-01); a
// @db.Date is that day at UTC midnight, as Prisma writes it. The app's dates go
// through lib/dates; the builders keep their own integer arithmetic because a
// benchmark-sized seed does it millions of times, and plain numbers with a
// cached summer-time table keep that cheap. Stockholm wall-clock times are
// exact for office hours (summer time changes at night).

import { officeToday } from "../dates";

export const DAY_MS = 86_400_000;

/** A day as the builders' callers give it: "YYYY-MM-DD" or a Date (its UTC day). */
export type DayLike = Date | string;

export function dayOf(value: DayLike): number {
  if (typeof value === "string") {
    const time = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(time)) throw new RangeError(`Not a date: "${value}"`);
    return time / DAY_MS;
  }
  return Math.floor(value.getTime() / DAY_MS);
}

export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

const isoCache = new Map<number, string>();

export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = dateOfDay(day).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

export function yearOfDay(day: number): number {
  return dateOfDay(day).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function addMonths(day: number, months: number): number {
  const date = dateOfDay(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfTarget)) / DAY_MS;
}

export function addYears(day: number, years: number): number {
  return addMonths(day, years * 12);
}

const summerTimeCache = new Map<number, readonly [number, number]>();

/** First and last day of Central European Summer Time (last Sundays of March and October). */
function summerTimeDays(year: number): readonly [number, number] {
  let cached = summerTimeCache.get(year);
  if (!cached) {
    const lastSunday = (month: number) => {
      const last = Date.UTC(year, month, 0) / DAY_MS;
      return last - weekdayOf(last);
    };
    cached = [lastSunday(3), lastSunday(10)];
    summerTimeCache.set(year, cached);
  }
  return cached;
}

/** The instant of a Stockholm wall-clock time; exact for office hours. */
export function stockholmTime(day: number, hour: number, minute = 0): Date {
  const [start, end] = summerTimeDays(yearOfDay(day));
  const offsetHours = day >= start && day < end ? 2 : 1;
  return new Date(day * DAY_MS + ((hour - offsetHours) * 60 + minute) * 60_000);
}

export function stockholmDay(instant: Date): number {
  return dayOf(officeToday(instant));
}

/** The Friday before a weekend day; other days unchanged. */
export function weekdayOnOrBefore(day: number): number {
  const weekday = weekdayOf(day);
  return weekday === 6 ? day - 1 : weekday === 0 ? day - 2 : day;
}

/** The Monday after a weekend day; other days unchanged. */
export function weekdayOnOrAfter(day: number): number {
  const weekday = weekdayOf(day);
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}


// Calendar dates as plain "YYYY-MM-DD" strings. `new Date("2008-03-01")` is UTC midnight
// and shifts a day in negative-offset time zones, so the engine never builds Date objects:
// it parses the numbers and does the arithmetic on them.

export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date from year 0001 on, or null ("2025-02-30" and "2025-2-1" are null). */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Whole years from `birthDate` to `onDate`, or null when either is not a real date.
 * The age goes up on the birthday itself: someone born 2008-01-01 is 18 on 2026-01-01.
 * Someone born on 29 February gets a year older on 1 March in common years.
 * Negative when the birth date is after `onDate`.
 */
export function ageOn(birthDate: string, onDate: string): number | null {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  if (!birth || !on) return null;
  const hasHadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hasHadBirthday ? 0 : 1);
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
export function toDayNumber(date: CalendarDate): number {
  const year = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** The date `days` days later (earlier when negative), or null when `date` is not a real date. */
export function addDays(date: string, days: number): string | null {
  const parsed = parseIsoDate(date);
  if (!parsed) return null;
  return formatIsoDate(fromDayNumber(toDayNumber(parsed) + Math.trunc(days)));
}

const MONTHS_SV = [
  "januari", "februari", "mars", "april", "maj", "juni",
  "juli", "augusti", "september", "oktober", "november", "december",
] as const;

const MONTHS_EN = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** "12 september 2024" / "12 September 2024"; an unreadable date is returned as given. */
export function formatDateLong(date: string, language: "sv" | "en"): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  const months = language === "sv" ? MONTHS_SV : MONTHS_EN;
  return `${parsed.day} ${months[parsed.month - 1] ?? ""} ${parsed.year}`;
}

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

import { addDays } from "@/lib/dates";

/** Saturday and Sunday are not working days (public holidays are not modelled yet). */
function isWeekend(isoDate: string): boolean {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The working day before `isoDate` ("YYYY-MM-DD"). */
export function previousWorkingDay(isoDate: string): string {
  let day = addDays(isoDate, -1);
  while (isWeekend(day)) day = addDays(day, -1);
  return day;
}

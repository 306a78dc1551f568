import { startOfOfficeDay } from "@/lib/dates";

// A review month is an office month in Stockholm, written "YYYY-MM" (issue 13
// part 2). Pure: no database, no clock unless given.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isReviewMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH.test(value) && Number(value.slice(0, 4)) >= 2000 && Number(value.slice(0, 4)) <= 2100;
}

/** The instants the month starts and the next one starts, in Stockholm. */
export function monthWindow(month: string): { from: Date; to: Date } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { from: startOfOfficeDay(`${month}-01`), to: startOfOfficeDay(`${next}-01`) };
}

/** The month before the one `today` ("YYYY-MM-DD") falls in: the month usually reviewed. */
export function previousMonth(today: string): string {
  const [year, m] = today.split("-").map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, "0")}`;
}

/** Whether the month has ended by `today`: only a finished month can be drawn. */
export function hasEnded(month: string, today: string): boolean {
  return month < today.slice(0, 7);
}

/**
 * The values of the "parameters" message (in the logReview message catalogue) that
 * tell how a month's draw was made, so the page and the PDF say it alike.
 */
export function drawParameterValues(review: {
  seed: string;
  parameters: { sampleSize: number; officeStartHour: number; officeEndHour: number; burstCases: number; burstMinutes: number };
}) {
  const p = review.parameters;
  return {
    sample: p.sampleSize,
    seed: review.seed,
    start: `${p.officeStartHour}:00`,
    end: `${p.officeEndHour}:00`,
    cases: p.burstCases,
    minutes: p.burstMinutes,
  };
}

import "server-only";
import type { Db } from "@/lib/db";

/** Contacts after return, in months (IOM monitors reintegration for at least six months). */
export const FOLLOW_UP_MONTHS = [1, 3, 6] as const;

/** "YYYY-MM-DD" plus whole months; the 31st becomes the last day of a shorter month. */
export function addMonthsToIsoDate(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Schedules the follow-up contacts after a departure on `departedOn`
 * ("YYYY-MM-DD"). Called by the status change inside its transaction, which
 * also writes the audit event. Idempotent: a case that departs again keeps
 * the follow-ups it has (unique caseId + monthsAfterReturn). Returns how many
 * were created.
 */
export async function scheduleFollowUps(tx: Pick<Db, "followUp">, caseId: string, departedOn: string): Promise<number> {
  const { count } = await tx.followUp.createMany({
    data: FOLLOW_UP_MONTHS.map((months) => ({ caseId, monthsAfterReturn: months, dueOn: new Date(addMonthsToIsoDate(departedOn, months)) })),
    skipDuplicates: true,
  });
  return count;
}

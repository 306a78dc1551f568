// When a referral counts as overdue: sent (or received) and still without a
// decision more than the office's response time after it was sent. Pure, so
// the list, the detail page and the tests agree on one rule.
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { AWAITING_RESPONSE } from "@/lib/referrals/status-machine";

/** Used when the administrators have not set "referral.responseDays". */
export const DEFAULT_RESPONSE_DAYS = 30;
export const MIN_RESPONSE_DAYS = 1;
export const MAX_RESPONSE_DAYS = 365;

const DAY_MS = 86_400_000;

/** Whole days from one "YYYY-MM-DD" to another. */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`)) / DAY_MS);
}

/** The last day a referral sent on `sentOn` is still on time ("YYYY-MM-DD"). */
export function responseDueOn(sentOn: string, responseDays: number): string {
  return new Date(Date.parse(`${sentOn}T00:00:00Z`) + responseDays * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Sent referrals whose cut-off lies before this day are overdue: a referral
 * sent on `today − responseDays` is on its last day, one sent a day earlier is late.
 */
export function overdueCutoff(today: string, responseDays: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - responseDays * DAY_MS).toISOString().slice(0, 10);
}

export function isReferralOverdue(referral: { status: ReferralStatus; sentOn: string | null }, today: string, responseDays: number): boolean {
  if (!AWAITING_RESPONSE.includes(referral.status) || !referral.sentOn) return false;
  return referral.sentOn < overdueCutoff(today, responseDays);
}

import "server-only";
import { getDb } from "@/lib/db";
import { THROTTLE } from "@/lib/data/sign-in";
import { JOB_RUN_HISTORY_DAYS } from "@/lib/data/job-runs";

// Periodic clean-up, run by the job queue (lib/jobs), never by a request.

/**
 * How long a sign-in's record (address, browser) is kept after it ended: the
 * "usual address" check of the sign-in throttle looks this far back.
 */
export const SIGN_IN_HISTORY_DAYS = 90;

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);

/** Sign-in records that ended long ago, throttle counters past their window and lock, and old job runs. */
export async function purgeSignInRecords(): Promise<{ signInsPurged: number; throttleRowsPurged: number; jobRunsPurged: number }> {
  const db = getDb();
  const cutoff = daysAgo(SIGN_IN_HISTORY_DAYS);
  const windowStart = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const now = new Date();
  const [signIns, throttleRows, jobRuns] = await db.$transaction([
    db.signInSession.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] } }),
    db.signInThrottle.deleteMany({ where: { windowStart: { lt: windowStart }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } }),
    db.jobRun.deleteMany({ where: { startedAt: { lt: daysAgo(JOB_RUN_HISTORY_DAYS) }, outcome: { not: "RUNNING" } } }),
  ]);
  return { signInsPurged: signIns.count, throttleRowsPurged: throttleRows.count, jobRunsPurged: jobRuns.count };
}

import "server-only";
import { getDb } from "@/lib/db";

// The record of background job runs (one row per attempt), written by the
// job workers (lib/jobs/workers.ts) and read by the metrics. The workers run
// without a signed-in user, so these system functions check no permission;
// the admin's page reads through lib/data/job-status.ts, which does.

/** Attempts older than this are purged with the sign-in records. */
export const JOB_RUN_HISTORY_DAYS = 90;

export async function recordJobStart(job: string, queueJobId: string, attempt: number): Promise<string> {
  const run = await getDb().jobRun.create({ data: { job, queueJobId, attempt }, select: { id: true } });
  return run.id;
}

export async function recordJobEnd(runId: string, outcome: { result: Record<string, number> } | { error: string }): Promise<void> {
  await getDb().jobRun.update({
    where: { id: runId },
    data: "error" in outcome ? { outcome: "FAILED", finishedAt: new Date(), error: outcome.error.slice(0, 2000) } : { outcome: "SUCCEEDED", finishedAt: new Date(), result: outcome.result },
    select: { id: true },
  });
}

/** The time of each job's last success, for the metrics (the same on every instance). */
export async function lastSuccessByJob(): Promise<Map<string, Date>> {
  const rows = await getDb().jobRun.groupBy({ by: ["job"], where: { outcome: "SUCCEEDED" }, _max: { finishedAt: true } });
  return new Map(rows.flatMap((row) => (row._max.finishedAt ? [[row.job, row._max.finishedAt] as const] : [])));
}

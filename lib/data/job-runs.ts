import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/data/actor";
import { JOBS, type JobName } from "@/lib/jobs/catalog";

// The record of background job runs (one row per attempt), written by the
// job workers (lib/jobs/workers.ts) and read by the admin's job page and the
// metrics. The workers run without a signed-in user: the system functions here
// check no permission; the page's function does.

/** Attempts older than this are purged with the sign-in records. */
export const JOB_RUN_HISTORY_DAYS = 90;

export async function recordJobStart(job: JobName, queueJobId: string, attempt: number): Promise<string> {
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

export type JobStatus = {
  name: JobName;
  cron: string | null;
  lastRun: { startedAt: Date; finishedAt: Date | null; outcome: "RUNNING" | "SUCCEEDED" | "FAILED"; attempt: number } | null;
  lastSuccessAt: Date | null;
  lastFailure: { at: Date; error: string | null; attempt: number } | null;
  failuresLast7Days: number;
  runsLast7Days: number;
};

/** Each job with its last run, last success and recent failures: the admin's job page. */
export async function listJobStatus(): Promise<JobStatus[]> {
  await authorize("jobs.read");
  const db = getDb();
  const weekAgo = new Date(Date.now() - 7 * 24 * 3600_000);
  return Promise.all(
    JOBS.map(async (job) => {
      const [lastRun, lastSuccess, lastFailure, runs, failures] = await Promise.all([
        db.jobRun.findFirst({ where: { job: job.name }, orderBy: { startedAt: "desc" }, select: { startedAt: true, finishedAt: true, outcome: true, attempt: true } }),
        db.jobRun.findFirst({ where: { job: job.name, outcome: "SUCCEEDED" }, orderBy: { finishedAt: "desc" }, select: { finishedAt: true } }),
        db.jobRun.findFirst({ where: { job: job.name, outcome: "FAILED" }, orderBy: { finishedAt: "desc" }, select: { finishedAt: true, error: true, attempt: true } }),
        db.jobRun.count({ where: { job: job.name, startedAt: { gte: weekAgo } } }),
        db.jobRun.count({ where: { job: job.name, outcome: "FAILED", startedAt: { gte: weekAgo } } }),
      ]);
      return {
        name: job.name,
        cron: "cron" in job ? job.cron : null,
        lastRun,
        lastSuccessAt: lastSuccess?.finishedAt ?? null,
        lastFailure: lastFailure?.finishedAt ? { at: lastFailure.finishedAt, error: lastFailure.error, attempt: lastFailure.attempt } : null,
        runsLast7Days: runs,
        failuresLast7Days: failures,
      };
    }),
  );
}

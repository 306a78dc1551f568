import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/gate";
import { JOBS, type JobName } from "@/lib/jobs/catalog";

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

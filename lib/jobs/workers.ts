import "server-only";
import type pg from "pg";
import PgBoss from "pg-boss";
import { getPool } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { logger, scrubText } from "@/lib/logger";
import { onShutdown } from "@/lib/shutdown";
import { JOB_QUEUE_SCHEMA, JOBS, type JobDefinition } from "@/lib/jobs/catalog";
import { JOB_HANDLERS, type JobHandler } from "@/lib/jobs/handlers";
import { recordJobEnd, recordJobStart } from "@/lib/data/job-runs";

// The job workers of one app instance. Every instance runs them; pg-boss
// hands each job to exactly one worker (SKIP LOCKED), retries a failed one
// after a delay, takes back a job whose worker died (expireInSeconds), and of
// several instances only one turns a cron schedule into a job each minute.
// The queue's tables and schedules are set up by the migration step
// (lib/jobs/queue-setup.ts), so the app's database role only reads and writes rows.

export type JobWorkerOptions = {
  pool: pg.Pool;
  jobs?: readonly JobDefinition[];
  handlers?: Record<string, JobHandler>;
  /** How often an idle worker asks for work. */
  pollSeconds?: number;
  /** How often the queue's upkeep runs (expired jobs back to retry, old jobs archived). */
  maintenanceSeconds?: number;
};

export type JobWorkers = { send: (name: string) => Promise<string | null>; stop: (graceful: boolean) => Promise<void> };

/** Runs one job under its run record: the record says what happened, and stays RUNNING if the process dies half-way. */
async function runJob(name: string, handler: JobHandler, queueJobId: string, attempt: number): Promise<void> {
  const runId = await recordJobStart(name, queueJobId, attempt);
  const started = Date.now();
  try {
    const result = await handler();
    await recordJobEnd(runId, { result });
    logger.info({ job: name, queueJobId, attempt, durationMs: Date.now() - started, result }, "job succeeded");
  } catch (error) {
    await recordJobEnd(runId, { error: scrubText(error instanceof Error ? error.message : String(error)) }).catch(() => {});
    logger.error({ err: error, job: name, queueJobId, attempt }, "job failed; the queue retries it");
    throw error;
  }
}

export async function startWorkers(options: JobWorkerOptions): Promise<JobWorkers> {
  const { pool, jobs = JOBS, handlers = JOB_HANDLERS as Record<string, JobHandler> } = options;
  // Through the app's own pool: one pool per instance, bounded like every other query.
  const db = { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) };
  const boss = new PgBoss({
    db,
    schema: JOB_QUEUE_SCHEMA,
    migrate: false,
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60,
  });
  boss.on("error", (error) => logger.warn({ err: error }, "job queue: an error in its upkeep (it retries by itself)"));
  await boss.start();
  for (const job of jobs) {
    const handler = handlers[job.name];
    if (!handler) throw new Error(`Job ${job.name} has no handler in lib/jobs/handlers.ts`);
    await boss.work(job.name, { pollingIntervalSeconds: options.pollSeconds ?? 2, includeMetadata: true }, async ([queued]) => {
      if (queued) await runJob(job.name, handler, queued.id, queued.retryCount + 1);
    });
  }
  return {
    send: (name) => boss.send(name, {}),
    stop: (graceful) => boss.stop({ graceful, wait: true, timeout: 20_000, close: false }),
  };
}

const globalForJobs = globalThis as unknown as { hemvagJobs?: JobWorkers };

/** This instance's workers, started once (instrumentation.ts) unless JOBS_ENABLED=false. */
export async function startJobWorkers(): Promise<void> {
  if (!getEnv().JOBS_ENABLED || globalForJobs.hemvagJobs) return;
  try {
    const workers = await startWorkers({ pool: getPool() });
    globalForJobs.hemvagJobs = workers;
    // Before the pool closes (order 100): a running job finishes first.
    onShutdown("job workers", 10, () => workers.stop(true));
    logger.info({ jobs: JOBS.map((job) => job.name) }, "job workers started");
  } catch (error) {
    // The database may be down at start: the app serves what it can and reports "not ready";
    // the workers start with the next process.
    logger.error({ err: error }, "job queue: could not start; this instance runs no jobs");
  }
}

import "server-only";
import PgBoss from "pg-boss";
import { getPool } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { logger, scrubText } from "@/lib/logger";
import { onShutdown } from "@/lib/shutdown";
import { JOB_QUEUE_SCHEMA, JOBS, type JobName } from "@/lib/jobs/catalog";
import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import { recordJobEnd, recordJobStart } from "@/lib/data/job-runs";

// The job workers of this app instance. Every instance runs them; pg-boss
// hands each job to exactly one worker (SKIP LOCKED), retries a failed one
// after a delay, takes back a job whose worker died (expireInSeconds), and of
// several instances only one turns a cron schedule into a job each minute.
// The queue's tables and schedules are set up by the migration step
// (lib/jobs/queue-setup.ts), so the app's database role only reads and writes rows.

/** How often an idle worker asks for work. */
const POLL_SECONDS = 2;

const globalForJobs = globalThis as unknown as { hemvagBoss?: PgBoss };

function createBoss(): PgBoss {
  const pool = getPool();
  // Through the app's own pool: one pool per instance, bounded like every other query.
  const db = { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) };
  const boss = new PgBoss({ db, schema: JOB_QUEUE_SCHEMA, migrate: false, supervise: true, schedule: true });
  boss.on("error", (error) => logger.warn({ err: error }, "job queue: an error in its upkeep (it retries by itself)"));
  return boss;
}

/** Runs one job under its run record: the record says what happened even if the process dies half-way (it stays RUNNING). */
export async function runJob(name: JobName, queueJobId: string, attempt: number): Promise<Record<string, number>> {
  const runId = await recordJobStart(name, queueJobId, attempt);
  const started = Date.now();
  try {
    const result = await JOB_HANDLERS[name]();
    await recordJobEnd(runId, { result });
    logger.info({ job: name, queueJobId, attempt, durationMs: Date.now() - started, result }, "job succeeded");
    return result;
  } catch (error) {
    const message = scrubText(error instanceof Error ? error.message : String(error));
    await recordJobEnd(runId, { error: message }).catch(() => {});
    logger.error({ err: error, job: name, queueJobId, attempt }, "job failed; the queue retries it");
    throw error;
  }
}

export async function startJobWorkers(): Promise<void> {
  if (!getEnv().JOBS_ENABLED || globalForJobs.hemvagBoss) return;
  const boss = createBoss();
  globalForJobs.hemvagBoss = boss;
  try {
    await boss.start();
  } catch (error) {
    // The database may be down at start: the app serves what it can and reports "not ready";
    // the workers start with the next process.
    logger.error({ err: error }, "job queue: could not start; this instance runs no jobs");
    globalForJobs.hemvagBoss = undefined;
    return;
  }
  for (const job of JOBS) {
    await boss.work(job.name, { pollingIntervalSeconds: POLL_SECONDS, includeMetadata: true }, async ([queued]) => {
      if (!queued) return;
      await runJob(job.name, queued.id, queued.retryCount + 1);
    });
  }
  // Before the pool closes (order 100): a running job finishes first.
  onShutdown("job workers", 10, async () => {
    await boss.stop({ graceful: true, wait: true, timeout: 20_000, close: false });
    globalForJobs.hemvagBoss = undefined;
  });
  logger.info({ jobs: JOBS.map((job) => job.name) }, "job workers started");
}

/** Sends a job to the queue now (the admin's "run now", tests); any instance's worker takes it. */
export async function sendJob(name: JobName): Promise<string | null> {
  const boss = globalForJobs.hemvagBoss;
  if (!boss) throw new Error("The job workers are not running in this instance (JOBS_ENABLED=false?)");
  return boss.send(name, {});
}

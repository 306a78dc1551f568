// Sets up the job queue's tables (pg-boss creates and upgrades its own
// schema), one queue per job and the cron schedules. Runs with the owner's
// connection when the migrations run, so that the app's role needs no right to
// create anything.
//
// No "server-only": scripts/run-app.ts and db:migrate run it.
import PgBoss from "pg-boss";
import { JOB_QUEUE_SCHEMA, JOB_TIME_ZONE, JOBS, type JobDefinition } from "./catalog";

export async function setUpJobQueue(ownerUrl: string, jobs: readonly JobDefinition[] = JOBS): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_QUEUE_SCHEMA, max: 1, supervise: false, schedule: false, migrate: true, application_name: "hemvag-migrate" });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const job of jobs) {
      const options = { retryLimit: job.retryLimit, retryDelay: job.retryDelaySeconds, retryBackoff: true, expireInSeconds: job.expireInSeconds };
      if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, { name: job.name, ...options });
      else await boss.createQueue(job.name, { name: job.name, ...options });
      if ("cron" in job && job.cron) await boss.schedule(job.name, job.cron, {}, { tz: JOB_TIME_ZONE });
    }
    // A job taken out of the catalog stops being scheduled.
    const names = new Set<string>(jobs.map((job) => job.name));
    for (const scheduled of await boss.getSchedules()) {
      if (!names.has(scheduled.name)) await boss.unschedule(scheduled.name);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

// Every background job, as data: its name, when it runs, how it is retried.
// The queue (pg-boss, docs/decisions/007-job-queue.md) is prepared from this
// list when the migrations run; the workers take the handler of the same name
// from lib/jobs/handlers.ts.
//
// Adding a job (retention, reminders, digests…):
//   1. a data function that does the work and returns counts, in lib/data/;
//   2. an entry here (name, cron in Europe/Stockholm time, retries);
//   3. its handler in lib/jobs/handlers.ts, and its title in messages/*/admin.json
//      under "jobs.names";
//   4. a db test that runs it through runJobNow (see lib/jobs/queue.db.test.ts).
// Restart: the schedule and the queue are set up by `npm run db:migrate` / `npm start`.
//
// No "server-only": the migration scripts read it.

export type JobDefinition = {
  name: string;
  /** Five-field cron, Europe/Stockholm; omitted for jobs only ever sent on demand. */
  cron?: string;
  /** Retries after the first try fails; each waits retryDelaySeconds, doubling. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A run still active after this long is taken as dead (its process died) and retried. */
  expireInSeconds: number;
};

export const JOBS = [
  {
    // Sign-in records past their end and old throttle counters: personal data
    // (addresses, browsers) kept no longer than needed, and small tables.
    name: "purge-sign-in-records",
    cron: "17 * * * *",
    retryLimit: 3,
    retryDelaySeconds: 60,
    expireInSeconds: 600,
  },
  {
    // Reminders (bevakning): due tasks and follow-ups, referrals past their
    // expected decision, unsigned notes (lib/data/reminders.ts). Idempotent per
    // day, so a retry or a second instance adds nothing.
    name: "reminders",
    cron: "0 6 * * *",
    retryLimit: 3,
    retryDelaySeconds: 120,
    expireInSeconds: 900,
  },
  {
    // The e-mail digest of unread notifications (counts and a link only), after
    // the reminders; does nothing unless SMTP is configured.
    name: "notification-digest",
    cron: "30 6 * * *",
    retryLimit: 3,
    retryDelaySeconds: 300,
    expireInSeconds: 900,
  },
  {
    // Retention (gallring, lib/data/retention.ts): finish an approved removal an
    // interrupted process left, list the cases now due (the dry run the
    // administrator approves), purge audit rows past the audit log's own period.
    name: "retention-monthly",
    cron: "0 3 1 * *",
    retryLimit: 3,
    retryDelaySeconds: 300,
    expireInSeconds: 3600,
  },
  {
    // An approved removal whose process died half-way resumes within a quarter of an hour.
    name: "retention-resume",
    cron: "*/15 * * * *",
    retryLimit: 2,
    retryDelaySeconds: 120,
    expireInSeconds: 3600,
  },
] as const satisfies readonly JobDefinition[];

export type JobName = (typeof JOBS)[number]["name"];

export const JOB_TIME_ZONE = "Europe/Stockholm";

/** pg-boss keeps its tables in a schema of its own. */
export const JOB_QUEUE_SCHEMA = "pgboss";

export function isJobName(value: string): value is JobName {
  return JOBS.some((job) => job.name === value);
}

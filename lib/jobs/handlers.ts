import "server-only";
import type { JobName } from "@/lib/jobs/catalog";
import { purgeSignInRecords } from "@/lib/data/housekeeping";

/** What a job does: a data function that returns counts (kept in the job's run record). */
export type JobHandler = () => Promise<Record<string, number>>;

// The heavier jobs are loaded when they first run, not when the workers start:
// their modules reach the gate (and so Auth.js and Next's server runtime),
// which a worker process that only purges sign-in records never needs.
export const JOB_HANDLERS: Record<JobName, JobHandler> = {
  "purge-sign-in-records": purgeSignInRecords,
  reminders: async () => (await import("@/lib/data/reminders")).raiseReminders(),
  "notification-digest": async () => (await import("@/lib/data/notification-digest")).sendNotificationDigests(),
  "retention-monthly": async () => (await import("@/lib/data/retention")).runMonthlyRetention(),
  "retention-resume": async () => (await import("@/lib/data/retention")).resumeApprovedRuns(),
};

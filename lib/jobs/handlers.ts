import "server-only";
import type { JobName } from "@/lib/jobs/catalog";
import { purgeSignInRecords } from "@/lib/data/housekeeping";
import { raiseReminders } from "@/lib/data/reminders";
import { sendNotificationDigests } from "@/lib/data/notification-digest";
import { resumeApprovedRuns, runMonthlyRetention } from "@/lib/data/retention";

/** What a job does: a data function that returns counts (kept in the job's run record). */
export type JobHandler = () => Promise<Record<string, number>>;

export const JOB_HANDLERS: Record<JobName, JobHandler> = {
  "purge-sign-in-records": purgeSignInRecords,
  reminders: () => raiseReminders(),
  "notification-digest": () => sendNotificationDigests(),
  "retention-monthly": runMonthlyRetention,
  "retention-resume": resumeApprovedRuns,
};

import "server-only";
import type { JobName } from "@/lib/jobs/catalog";
import { purgeSignInRecords } from "@/lib/data/housekeeping";

/** What each job does: a data function returning counts (kept in the job's run record). */
export const JOB_HANDLERS: Record<JobName, () => Promise<Record<string, number>>> = {
  "purge-sign-in-records": purgeSignInRecords,
};

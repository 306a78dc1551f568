import "server-only";
import { registerGauge } from "@/lib/metrics";
import { lastSuccessByJob } from "@/lib/data/job-runs";

/** hemvag_job_last_success_timestamp_seconds{job}: from the database, so every instance reports the same. */
export function registerJobGauges(): void {
  registerGauge("hemvag_job_last_success_timestamp_seconds", "When each background job last succeeded (Unix time)", ["job"], async (gauge) => {
    for (const [job, at] of await lastSuccessByJob()) gauge.set({ job }, at.getTime() / 1000);
  });
}

import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { listJobStatus } from "@/lib/data/job-status";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("jobs");

/** The background jobs (lib/jobs/catalog.ts): last run, last success, last failure. Administrators only (the data function checks). */
export default async function JobsPage() {
  const jobs = await listJobStatus();
  const t = await getTranslations("jobs");
  const when = (date: Date) => formatOfficeDateTime(date, { seconds: true });
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Table caption={t("title")} headers={[t("job"), t("schedule"), t("lastRun"), t("lastSuccess"), t("lastFailure"), t("lastWeek")]}>
        {jobs.map((job) => (
          <tr key={job.name}>
            <Cell>{t(`names.${job.name}`)}</Cell>
            <Cell>{job.cron ? <code>{job.cron}</code> : t("onDemand")}</Cell>
            <Cell>{job.lastRun ? `${when(job.lastRun.startedAt)} (${t(`outcome.${job.lastRun.outcome}`)})` : t("never")}</Cell>
            <Cell>{job.lastSuccessAt ? when(job.lastSuccessAt) : t("never")}</Cell>
            <Cell>
              {job.lastFailure ? (
                <>
                  {when(job.lastFailure.at)}, {t("attempt", { attempt: job.lastFailure.attempt })}
                  {job.lastFailure.error ? <span className="block text-xs text-slate-600">{job.lastFailure.error}</span> : null}
                </>
              ) : (
                t("never")
              )}
            </Cell>
            <Cell>{t("runsAndFailures", { runs: job.runsLast7Days, failures: job.failuresLast7Days })}</Cell>
          </tr>
        ))}
      </Table>
      <p className="mt-3 text-xs text-slate-600">{t("cronNote")}</p>
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CaseBatchForm } from "@/components/workflow/case-batch-form";
import { authorize } from "@/lib/gate";
import { listIntakeQueue } from "@/lib/data/case-assignment";
import { formatOfficeDay, isoOfDbDate } from "@/lib/dates";
import { assignFromQueueAction } from "./actions";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("workflow.queue");

/** The team's intake queue: new cases waiting for an adviser, assigned by a manager one or many at a time (docs/decisions/023). */
export default async function QueuePage() {
  await authorize("queue.read");
  const [queue, t, tStatus] = await Promise.all([listIntakeQueue(), getTranslations("workflow.queue"), getTranslations("caseStatus")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {queue.isTruncated ? <p className="mb-4 text-sm text-slate-700">{t("truncated", { count: queue.cases.length })}</p> : null}
      {/* Rendered also when the queue is empty, so the confirmation of the assignment that emptied it stays on the page. */}
      <CaseBatchForm
        emptyText={t("empty")}
        caption={t("caption")}
        headers={[t("columns.case"), t("columns.person"), t("columns.birthDate"), t("columns.status"), t("columns.queuedSince"), t("columns.languages")]}
        rows={queue.cases.map((row) => ({
          id: row.id,
          version: row.version,
          caseNumber: row.caseNumber,
          cells: [
            `${row.lastName}, ${row.firstName}`,
            isoOfDbDate(row.birthDate),
            tStatus(row.status),
            formatOfficeDay(row.queuedAt ?? row.openedAt),
            [...row.languages, row.interpreterLanguage].filter(Boolean).join(", ") || "–",
          ],
        }))}
        advisers={queue.advisers}
        action={assignFromQueueAction}
        submitLabel={t("assignButton")}
        adviserLabel={t("assignTo")}
      />
    </>
  );
}

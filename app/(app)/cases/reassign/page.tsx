import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { CaseBatchForm } from "@/components/workflow/case-batch-form";
import { authorize } from "@/lib/gate";
import { listReassignableCases } from "@/lib/data/bulk-reassignment";
import { ReassignFilterSchema } from "@/lib/schemas/workflow";
import { CASE_STATUSES } from "@/lib/vocabularies/case-statuses";
import { confirmReassignmentAction, previewReassignmentAction } from "./actions";
import { formatOfficeDay } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("workflow.reassign");

/**
 * Reassignment in bulk (docs/decisions/023): choose an adviser's cases (by
 * status, then tick them or all), the adviser who takes over, preview what
 * access changes, confirm. The filter is a GET form, so the list works
 * without JavaScript, and so does "select all" (a link that ticks every box).
 */
export default async function BulkReassignPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await authorize("case.bulkReassign");
  const filter = ReassignFilterSchema.parse(await searchParams);
  const [list, t, tStatus] = await Promise.all([listReassignableCases(filter), getTranslations("workflow.reassign"), getTranslations("caseStatus")]);
  const query = (all: boolean) => `/cases/reassign?${new URLSearchParams({ from: filter.from, status: filter.status, ...(all ? { all: "1" } : {}) }).toString()}`;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <form method="get" action="/cases/reassign" aria-label={t("filters")} className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <SelectField
          id="reassign-from"
          label={t("from")}
          name="from"
          defaultValue={filter.from}
          options={[{ value: "", label: t("chooseFrom") }, ...list.fromAdvisers.map((a) => ({ value: a.id, label: a.isActive ? a.name : t("fromInactive", { name: a.name }) }))]}
        />
        <SelectField
          id="reassign-status"
          label={t("status")}
          name="status"
          defaultValue={filter.status}
          options={[{ value: "", label: t("allStatuses") }, ...CASE_STATUSES.filter((s) => s !== "CLOSED").map((s) => ({ value: s, label: tStatus(s) }))]}
        />
        <button type="submit" className={buttonClasses("secondary")}>
          {t("show")}
        </button>
      </form>
      {filter.from ? (
        <>
          {list.cases.length > 0 ? (
            <p className="mb-2 flex flex-wrap gap-4 text-sm">
              <Link href={query(true)} className="text-brand-700 underline">
                {t("selectAll")}
              </Link>
              <Link href={query(false)} className="text-brand-700 underline">
                {t("selectNone")}
              </Link>
            </p>
          ) : null}
          {list.isTruncated ? <p className="mb-2 text-sm text-slate-700">{t("truncated", { count: list.cases.length })}</p> : null}
          <CaseBatchForm
            // A new filter is a new list: the form's own state (a preview of another selection) starts afresh.
            // Rendered also when no case is left, so the confirmation of the move that emptied the list stays on the page.
            key={`${filter.from}|${filter.status}|${filter.all}`}
            caption={t("caption")}
            headers={[t("columns.case"), t("columns.person"), t("columns.status"), t("columns.since")]}
            rows={list.cases.map((row) => ({
              id: row.id,
              version: row.version,
              caseNumber: row.caseNumber,
              cells: [`${row.lastName}, ${row.firstName}`, tStatus(row.status), formatOfficeDay(row.statusSince)],
            }))}
            advisers={list.toAdvisers.filter((a) => a.id !== filter.from)}
            action={confirmReassignmentAction}
            previewAction={previewReassignmentAction}
            submitLabel={t("previewButton")}
            adviserLabel={t("to")}
            allChecked={filter.all === "1"}
            emptyText={t("none")}
          />
        </>
      ) : null}
    </>
  );
}

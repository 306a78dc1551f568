import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { authorize } from "@/lib/gate";
import { listCaseFilterOptions, listCases } from "@/lib/data/case-list";
import { countryName, countryOptions } from "@/lib/countries";
import { CASE_STATUSES } from "@/lib/vocabularies/case-statuses";
import { can } from "@/lib/permissions";
import { CASE_SORTS, CaseListFilterSchema, NO_COUNTRY, type CaseListFilter } from "@/lib/schemas/case";
import { formatOfficeDateTime, formatOfficeDay } from "@/lib/dates";
import { ComboboxField } from "@/components/ui/combobox-field";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("cases");

/** The same view with some parameters changed; the cursor is dropped unless given. */
function viewHref(filter: CaseListFilter, changes: Partial<Record<keyof CaseListFilter, string | undefined>>): string {
  const params = new URLSearchParams();
  const merged: Record<string, unknown> = { ...filter, after: undefined, ...changes };
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === false || value === "") continue;
    if (key === "status" && value === "open") continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `/cases?${query}` : "/cases";
}

const INPUT = "rounded-md border border-slate-400 bg-white px-3 py-2 text-sm shadow-sm";
const LABEL = "text-sm font-medium text-slate-800";

/** The export page for the list as filtered now (the page of the list itself is not part of it). */
function exportHref(filter: CaseListFilter): string {
  const params = new URLSearchParams({ kind: "cases" });
  for (const [key, value] of Object.entries(filter)) if (value !== undefined && value !== false && key !== "after") params.set(key, value === true ? "1" : String(value));
  return `/cases/export?${params}`;
}

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const filter = CaseListFilterSchema.parse(params);
  // After an intake into the team's queue: which number it got (the adviser may not be able to open it).
  const queued = typeof params.queued === "string" && /^\d{4}\/\d{1,7}$/.test(params.queued) ? params.queued : null;
  const [page, options, user] = await Promise.all([listCases(filter), listCaseFilterOptions(), authorize()]);
  const t = await getTranslations("cases");
  const tFrom = await getTranslations("caseListFromDashboard");
  const tOutcome = await getTranslations("caseOutcome");
  const dated = filter.dated ?? "opened";
  const tExports = await getTranslations("exports");
  const tStatus = await getTranslations("caseStatus");
  const tWorkflow = await getTranslations("workflow");
  const locale = await getLocale();
  const countries = countryOptions(locale);
  const sortOptions = CASE_SORTS.filter((sort) => sort !== "relevance" || page.search?.kind === "name");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <div className="flex flex-wrap gap-2">
            {can(user.role, "case.export") ? (
              <Link href={exportHref(filter)} className={buttonClasses("secondary")}>
                {tExports("exportLink")}
              </Link>
            ) : null}
            {can(user.role, "case.create") ? (
              <>
                <Link href="/cases/emergency" className={buttonClasses("secondary")}>
                  {t("emergencyLink")}
                </Link>
                <Link href="/cases/new" className={buttonClasses("primary")}>
                  {t("newCase")}
                </Link>
              </>
            ) : null}
          </div>
        }
      />

      {queued ? (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {tWorkflow("queuedAtIntake", { number: queued })}
        </p>
      ) : null}
      <form method="get" action="/cases" role="search" aria-label={t("title")} className="mb-6 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="cases-q" className={LABEL}>
            {t("searchLabel")}
          </label>
          <p id="cases-q-hint" className="text-xs text-slate-600">
            {t("searchHint")}
          </p>
          <div className="flex flex-wrap gap-2">
            <input id="cases-q" name="q" type="search" defaultValue={filter.q ?? ""} aria-describedby="cases-q-hint" className={`${INPUT} min-w-0 flex-1`} maxLength={100} />
            <button type="submit" className={buttonClasses("primary")}>
              {t("search")}
            </button>
          </div>
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="mb-1 text-sm font-semibold">{t("filters")}</legend>
          <p id="cases-date-hint" className="text-xs text-slate-600 sm:col-span-2 lg:col-span-4">
            {t("dateFilterHint")}
          </p>
          <SelectField
            id="cases-status"
            label={t("statusFilter")}
            name="status"
            defaultValue={filter.status}
            options={[
              { value: "open", label: t("statusOpen") },
              { value: "all", label: t("statusAll") },
              ...CASE_STATUSES.map((status) => ({ value: status, label: tStatus(status) })),
            ]}
          />
          <SelectField
            id="cases-adviser"
            label={t("adviserFilter")}
            name="adviser"
            defaultValue={filter.adviser ?? ""}
            options={[{ value: "", label: t("anyAdviser") }, ...options.advisers.map((adviser) => ({ value: adviser.id, label: adviser.name }))]}
          />
          <SelectField
            id="cases-team"
            label={t("teamFilter")}
            name="team"
            defaultValue={filter.team ?? ""}
            options={[{ value: "", label: t("anyTeam") }, ...options.teams.map((team) => ({ value: team.id, label: team.name }))]}
          />
          <ComboboxField id="cases-country" label={t("countryFilter")} name="country" options={[{ value: "", label: t("anyCountry") }, { value: NO_COUNTRY, label: tFrom("noCountry") }, ...countries]} defaultValue={filter.country ?? ""} />
          <TextField id="cases-from" label={dated === "opened" ? t("fromFilter") : tFrom(`from.${dated}`)} name="from" inputMode="numeric" aria-describedby="cases-date-hint" defaultValue={filter.from ?? ""} />
          <TextField id="cases-to" label={dated === "opened" ? t("toFilter") : tFrom(`to.${dated}`)} name="to" inputMode="numeric" aria-describedby="cases-date-hint" defaultValue={filter.to ?? ""} />
          <SelectField id="cases-sort" label={t("sortLabel")} name="sort" defaultValue={page.sort} options={sortOptions.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))} />
          <div className="flex items-center gap-2 self-end pb-2">
            <input id="cases-overdue" name="overdue" type="checkbox" value="1" defaultChecked={filter.overdue} className="h-4 w-4 accent-brand-600" />
            <label htmlFor="cases-overdue" className="text-sm">
              {t("overdueFilter")}
            </label>
          </div>
        </fieldset>
        {/* The dashboard's filters (a bar or a count that led here) stay with the list until cleared. */}
        {filter.dated && filter.dated !== "opened" ? <input type="hidden" name="dated" value={filter.dated} /> : null}
        {filter.outcome ? <input type="hidden" name="outcome" value={filter.outcome} /> : null}
        {filter.needs ? <input type="hidden" name="needs" value={filter.needs} /> : null}
        {filter.outcome || filter.needs ? (
          <p className="text-sm text-slate-800" data-testid="dashboard-filters">
            {[
              filter.outcome ? tFrom("outcome", { outcome: tOutcome(filter.outcome) }) : null,
              filter.needs ? tFrom(`needs.${filter.needs}`) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClasses("secondary")}>
            {t("filter")}
          </button>
          <Link href="/cases" className="text-sm text-brand-700 underline">
            {t("clearFilters")}
          </Link>
        </div>
      </form>

      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {page.search?.kind === "invalidIdentityNumber" ? t("invalidIdentityNumber") : t("resultCount", { count: page.rows.length })}
      </p>
      {page.rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <Table
          caption={t("title")}
          headers={[t("columns.number"), t("columns.name"), t("columns.birthDate"), t("columns.status"), t("columns.adviser"), t("columns.destination"), t("columns.updated")]}
        >
          {page.rows.map((row) => (
            <tr key={row.id}>
              <Cell className="whitespace-nowrap font-mono">
                <Link href={`/cases/${row.id}`} className="text-brand-700 underline">
                  {row.caseNumber}
                </Link>
              </Cell>
              <Cell>
                {row.lastName}, {row.firstName}
              </Cell>
              <Cell className="whitespace-nowrap">{row.birthDate.toISOString().slice(0, 10)}</Cell>
              <Cell>
                {tStatus(row.status)}
                <span className="block text-xs text-slate-600">{t("statusSince", { date: formatOfficeDay(row.statusSince) })}</span>
                {row.isOverdue ? (
                  <span className="mt-1 inline-block rounded border border-red-700 px-1.5 text-xs font-semibold text-red-800">{t("overdue")}</span>
                ) : null}
              </Cell>
              <Cell>{row.adviserName ?? tWorkflow("inQueue")}</Cell>
              <Cell>{row.destinationCountry ? countryName(row.destinationCountry, locale) : "–"}</Cell>
              <Cell className="whitespace-nowrap">{formatOfficeDateTime(row.updatedAt)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap gap-4">
        {filter.after ? (
          <Link href={viewHref(filter, {})} className="text-brand-700 underline">
            {t("firstPage")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={viewHref(filter, { after: page.nextCursor })} className="text-brand-700 underline">
            {t("nextPage")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}

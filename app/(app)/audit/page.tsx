import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { buttonClasses } from "@/components/ui/button";
import { listAuditEvents } from "@/lib/data/audit-log";
import { AuditFilterSchema, type AuditFilter } from "@/lib/schemas/audit-filter";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("audit");

function describeChanges(changes: unknown): string {
  if (!changes || typeof changes !== "object") return "";
  return Object.entries(changes as Record<string, [unknown, unknown]>)
    .map(([field, [before, after]]) => `${field}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
    .join("; ");
}

function withParams(filter: AuditFilter, extra: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, before: undefined })) if (value) params.set(key, String(value));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `/audit?${params.toString()}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = AuditFilterSchema.parse(await searchParams);
  const { events, nextBefore } = await listAuditEvents(filter);
  const t = await getTranslations("audit");
  const input = "rounded-md border border-slate-400 px-3 py-2 text-sm";
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <form method="get" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-6">
        {(
          [
            ["user", "text"],
            ["caseId", "text"],
            ["action", "text"],
            ["from", "date"],
            ["to", "date"],
          ] as const
        ).map(([name, type]) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`audit-${name}`} className="text-sm font-medium">
              {t(`filters.${name}`)}
            </label>
            <input id={`audit-${name}`} name={name} type={type} defaultValue={filter[name] ?? ""} className={input} />
          </div>
        ))}
        <div className="flex items-end">
          <button type="submit" className={buttonClasses("primary")}>
            {t("filter")}
          </button>
        </div>
      </form>
      {events.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <Table caption={t("title")} headers={[t("columns.at"), t("columns.user"), t("columns.action"), t("columns.record"), t("columns.from"), t("columns.details")]}>
          {events.map((event) => (
            <tr key={event.id.toString()}>
              <Cell className="whitespace-nowrap">{formatOfficeDateTime(event.at, { seconds: true })}</Cell>
              <Cell>{event.userEmail ?? "–"}</Cell>
              <Cell className="font-mono text-xs">{event.action}</Cell>
              <Cell className="text-xs">
                {event.resourceType ? `${event.resourceType} ${event.resourceId ?? ""}` : "–"}
                {event.caseId ? <span className="block">{t("case", { id: event.caseId })}</span> : null}
              </Cell>
              <Cell className="text-xs">{event.ipAddress ?? "–"}</Cell>
              <Cell className="max-w-72 break-words text-xs">
                {describeChanges(event.changes)}
                {event.reason ? <span className="block">{event.reason}</span> : null}
                {event.detailsWithheld ? <span className="block italic text-slate-600">{t("detailsWithheld")}</span> : null}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {nextBefore ? (
        <p className="mt-4">
          <Link href={withParams(filter, { before: nextBefore.toString() })} className="text-brand-700 underline">
            {t("older")}
          </Link>
        </p>
      ) : null}
    </>
  );
}

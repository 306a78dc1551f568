import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { OverdueBadge, ReferralStatusBadge } from "@/components/referrals/referral-badges";
import { listReferrals } from "@/lib/data/referrals";
import { REFERRAL_STATUS_FILTERS, ReferralListFilterSchema } from "@/lib/schemas/referral";
import { pageTitle } from "@/i18n/page-title";


export const generateMetadata = pageTitle("referrals", "listTitle");

const LABEL = "text-sm font-medium text-slate-800";

/** "Remisser": the adviser's own or the team's referrals, overdue first; every choice is in the URL. */
export default async function ReferralsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = ReferralListFilterSchema.parse(await searchParams);
  const list = await listReferrals({ scope: filter.scope, status: filter.status, overdueOnly: filter.overdue });
  const t = await getTranslations("referrals");
  const tWorkflow = await getTranslations("workflow");
  // Days arrive as ISO strings, which is how the office writes them.
  const formatDay = (iso: string | null) => iso ?? "–";
  const overdueCount = list.items.filter((item) => item.isOverdue).length;
  const headers = [
    t("columns.case"),
    t("columns.person"),
    t("columns.referral"),
    t("columns.status"),
    t("columns.sentOn"),
    t("columns.waiting"),
    ...(list.scope === "team" ? [t("columns.adviser")] : []),
  ];

  return (
    <>
      <PageHeader title={t("listTitle")} description={t("listIntro", { days: list.responseDays })} />
      <form method="get" action="/referrals" aria-label={t("filtersLabel")} className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
        {list.scopes.length > 1 ? (
          <fieldset className="flex flex-col gap-1">
            <legend className={LABEL}>{t("scopeLegend")}</legend>
            <div className="flex gap-4 pt-1">
              {list.scopes.map((scope) => (
                <div key={scope} className="flex items-center gap-2">
                  <input id={`scope-${scope}`} type="radio" name="scope" value={scope} defaultChecked={list.scope === scope} className="h-4 w-4 accent-brand-600" />
                  <label htmlFor={`scope-${scope}`} className="text-sm">
                    {t(`scopes.${scope}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        <SelectField
          id="referrals-status"
          label={t("statusFilter")}
          name="status"
          defaultValue={filter.status}
          options={REFERRAL_STATUS_FILTERS.map((status) => ({
            value: status,
            label: status === "active" ? t("statusActive") : status === "all" ? t("statusAll") : t(`statuses.${status}`),
          }))}
        />
        <div className="flex items-center gap-2 pb-2">
          <input id="referrals-overdue" type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} className="h-4 w-4 accent-brand-600" />
          <label htmlFor="referrals-overdue" className="text-sm">
            {t("overdueOnly")}
          </label>
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          {t("showList")}
        </button>
      </form>

      <p className="mb-3 text-sm text-slate-800" role="status">
        {t("listSummary", { count: list.items.length, overdue: overdueCount })}
        {list.isTruncated ? ` ${t("listTruncated", { count: list.items.length })}` : null}
      </p>
      {list.items.length === 0 ? (
        <p className="text-slate-700">{t("listEmpty")}</p>
      ) : (
        <Table caption={t("listTitle")} headers={headers}>
          {list.items.map((item) => (
            <tr key={item.id} className={item.isOverdue ? "bg-red-50" : undefined}>
              <Cell className="whitespace-nowrap font-mono">
                <Link href={`/cases/${item.caseId}/referrals/${item.id}`} className="text-brand-700 underline" aria-label={t("openReferral", { number: item.caseNumber })}>
                  {item.caseNumber}
                </Link>
              </Cell>
              <Cell>{item.personName}</Cell>
              <Cell>{t("typeTo", { type: t(`types.${item.type}`), organisation: item.organisationName })}</Cell>
              <Cell>
                <span className="flex flex-wrap gap-1">
                  <ReferralStatusBadge status={item.status} label={t(`statuses.${item.status}`)} />
                  {item.isOverdue ? <OverdueBadge label={t("overdue")} /> : null}
                </span>
              </Cell>
              <Cell className="whitespace-nowrap">{formatDay(item.sentOn)}</Cell>
              <Cell className="whitespace-nowrap">{item.daysWaiting !== null ? t("daysWaiting", { days: item.daysWaiting }) : "–"}</Cell>
              {list.scope === "team" ? <Cell>{item.adviserName ?? tWorkflow("inQueue")}</Cell> : null}
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

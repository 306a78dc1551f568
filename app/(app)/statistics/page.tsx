import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { authorize } from "@/lib/gate";
import { OPEN_STATUSES } from "@/lib/cases/status-machine";
import { CASE_OUTCOMES } from "@/lib/vocabularies/case-statuses";
import { countryName } from "@/lib/countries";
import { getTeamStatistics } from "@/lib/data/statistics";
import { countLateDraftsInScope } from "@/lib/data/journal";
import { REFERRAL_DECISIONS } from "@/lib/referrals/status-machine";

export async function generateMetadata() {
  const t = await getTranslations("statistics");
  return { title: t("title") };
}

/** The manager's overview of the team: caseloads now, and a chosen year's outcomes. */
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await authorize("statistics.read");
  const { year: rawYear } = await searchParams;
  const year = typeof rawYear === "string" && /^\d{4}$/.test(rawYear) ? Number(rawYear) : undefined;
  const stats = await getTeamStatistics(year);
  const lateDrafts = await countLateDraftsInScope();
  const t = await getTranslations("statistics");
  const tj = await getTranslations("journal");
  const tStatus = await getTranslations("caseStatus");
  const tOutcome = await getTranslations("caseOutcome");
  const format = await getFormatter();
  const locale = await getLocale();
  if (!stats) return <PageHeader title={t("title")} description={t("noTeam")} />;
  const { selected } = stats;
  const sek = (amount: number) => format.number(amount, { style: "currency", currency: "SEK", maximumFractionDigits: 0 });
  const score = (value: number | null) => (value === null ? "–" : format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const totalOf = (status: (typeof OPEN_STATUSES)[number]) => stats.caseload.reduce((sum, adviser) => sum + (adviser.byStatus[status] ?? 0), 0);

  return (
    <>
      <PageHeader title={t("title")} description={t("intro", { team: stats.teamName })} />
      <div className="flex flex-col gap-10">
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="late-drafts-count">
          {tj("lateDraftsCount")}: <strong>{lateDrafts}</strong>
        </p>
        <section aria-labelledby="caseload-heading" className="flex flex-col gap-3">
          <h2 id="caseload-heading" className="text-xl font-semibold">
            {t("caseloadTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("caseloadIntro")}</p>
          {stats.caseload.length === 0 ? (
            <p className="text-sm">{t("noOpenCases")}</p>
          ) : (
            <Table caption={t("caseloadTitle")} headers={[t("adviser"), ...OPEN_STATUSES.map((status) => tStatus(status)), t("total")]}>
              {stats.caseload.map((adviser) => (
                <tr key={adviser.adviserId}>
                  <RowHeader>{adviser.adviserName}</RowHeader>
                  {OPEN_STATUSES.map((status) => (
                    <Cell key={status} className="tabular-nums">
                      {adviser.byStatus[status] ?? 0}
                    </Cell>
                  ))}
                  <Cell className="font-semibold tabular-nums">{adviser.total}</Cell>
                </tr>
              ))}
              <tr className="bg-slate-50">
                <RowHeader className="font-semibold">{t("teamTotal")}</RowHeader>
                {OPEN_STATUSES.map((status) => (
                  <Cell key={status} className="font-semibold tabular-nums">
                    {totalOf(status)}
                  </Cell>
                ))}
                <Cell className="font-semibold tabular-nums">{stats.caseload.reduce((sum, adviser) => sum + adviser.total, 0)}</Cell>
              </tr>
            </Table>
          )}
        </section>

        <section aria-labelledby="year-heading" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <h2 id="year-heading" className="text-xl font-semibold">
              {t("yearTitle", { year: selected.year })}
            </h2>
            <form method="get" action="/statistics" className="flex items-end gap-2">
              <SelectField
                id="statistics-year"
                name="year"
                label={t("yearLabel")}
                defaultValue={String(selected.year)}
                options={stats.years.map((option) => ({ value: String(option), label: String(option) }))}
              />
              <Button type="submit" variant="secondary">
                {t("show")}
              </Button>
            </form>
          </div>

          <div className="grid gap-6 md:grid-cols-2">
            <div className="flex flex-col gap-2">
              <h3 className="font-semibold">{t("casesTitle")}</h3>
              <Table caption={t("casesTitle")} headers={[t("what"), t("count")]}>
                <tr>
                  <RowHeader>{t("opened")}</RowHeader>
                  <Cell className="tabular-nums">{selected.opened}</Cell>
                </tr>
                {CASE_OUTCOMES.map((outcome) => (
                  <tr key={outcome}>
                    <RowHeader>{t("closedWith", { outcome: tOutcome(outcome) })}</RowHeader>
                    <Cell className="tabular-nums">{selected.closedByOutcome[outcome] ?? 0}</Cell>
                  </tr>
                ))}
              </Table>
            </div>

            <div className="flex flex-col gap-2">
              <h3 className="font-semibold">{t("departuresTitle")}</h3>
              {selected.departuresByCountry.length === 0 ? (
                <p className="text-sm">{t("noDepartures")}</p>
              ) : (
                <Table caption={t("departuresTitle")} headers={[t("destination"), t("count")]}>
                  {selected.departuresByCountry.map((row) => (
                    <tr key={row.country ?? "unknown"}>
                      <RowHeader>{row.country ? countryName(row.country, locale) : t("noDestination")}</RowHeader>
                      <Cell className="tabular-nums">{row.count}</Cell>
                    </tr>
                  ))}
                </Table>
              )}
            </div>

            <div className="flex flex-col gap-2">
              <h3 className="font-semibold">{t("decisionsTitle")}</h3>
              <Table caption={t("decisionsTitle")} headers={[t("decision"), t("count"), t("amount")]}>
                {REFERRAL_DECISIONS.map((decision) => (
                  <tr key={decision}>
                    <RowHeader>{t(`decisions.${decision}`)}</RowHeader>
                    <Cell className="tabular-nums">{selected.referralDecisions[decision]?.count ?? 0}</Cell>
                    <Cell className="tabular-nums">{decision === "GRANTED" ? sek(selected.referralDecisions.GRANTED?.amountSek ?? 0) : "–"}</Cell>
                  </tr>
                ))}
              </Table>
            </div>

            <div className="flex flex-col gap-2">
              <h3 className="font-semibold">{t("followUpsTitle")}</h3>
              <p className="text-sm text-slate-700">{t("followUpsIntro")}</p>
              {selected.followUps.length === 0 ? (
                <p className="text-sm">{t("noFollowUps")}</p>
              ) : (
                <Table caption={t("followUpsTitle")} headers={[t("afterMonths"), t("count"), t("economic"), t("social"), t("psychosocial")]}>
                  {selected.followUps.map((row) => (
                    <tr key={row.monthsAfterReturn}>
                      <RowHeader>{t("months", { months: row.monthsAfterReturn })}</RowHeader>
                      <Cell className="tabular-nums">{row.count}</Cell>
                      <Cell className="tabular-nums">{score(row.economic)}</Cell>
                      <Cell className="tabular-nums">{score(row.social)}</Cell>
                      <Cell className="tabular-nums">{score(row.psychosocial)}</Cell>
                    </tr>
                  ))}
                </Table>
              )}
            </div>
          </div>
        </section>
      </div>
    </>
  );
}

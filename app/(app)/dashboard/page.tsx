import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/field";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { authorize } from "@/lib/gate";
import { countryName } from "@/lib/countries";
import { getDashboard } from "@/lib/data/dashboard";
import { OPEN_STATUSES } from "@/lib/cases/status-machine";
import { DashboardViewSchema, OFFICE } from "@/lib/schemas/dashboard";
import { NO_COUNTRY } from "@/lib/schemas/case";
import { FIGURES, PROCESSING_TIMES, monthPeriod, type FigurePeriod } from "@/lib/statistics/figures";
import { CASE_OUTCOMES } from "@/lib/vocabularies/case-statuses";
import { REFERRAL_DECISIONS } from "@/lib/vocabularies/referrals";
import { ChartFigure, type ChartLabels } from "./_components/chart-figure";
import { WhatCounts } from "./_components/what-counts";
import { pageTitle } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("dashboard");

/**
 * The caseload table lists the most loaded advisers first and this many at first; the rest are one link away. At the
 * scale seed a team had 177 advisers, and their table alone made the page 650 kB (issue 17).
 */
const FIRST_ADVISERS = 20;

/**
 * The manager's desk (issue 14 part 2): what needs them, the caseload now, and
 * the chosen period's figures as charts and tables. Every figure comes from
 * lib/data/figures.ts, its one definition, and says on the page what it counts.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await authorize("statistics.read");
  const view = DashboardViewSchema.parse(await searchParams);
  const dashboard = await getDashboard(view);
  const t = await getTranslations("dashboard");
  const tf = await getTranslations("figures");
  const tStatus = await getTranslations("caseStatus");
  const tOutcome = await getTranslations("caseOutcome");
  const format = await getFormatter();
  const locale = await getLocale();
  if (!dashboard) return <PageHeader title={t("title")} description={t("noTeam")} />;

  const { period, figures, caseload, attention } = dashboard;
  const oneTeam = dashboard.teamIds.length === 1 ? dashboard.teamIds[0] : undefined;
  /** The case list showing what a figure counted, for the view's team and adviser. */
  const casesHref = (params: Record<string, string | undefined>) => {
    const query = new URLSearchParams({ status: "all" });
    if (oneTeam && dashboard.teams.length > 1) query.set("team", oneTeam);
    if (dashboard.adviserId) query.set("adviser", dashboard.adviserId);
    for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
    return `/cases?${query.toString()}`;
  };
  const range = (p: FigurePeriod) => ({ from: p.from, to: p.to });
  const sek = (amount: number) => format.number(amount, { style: "currency", currency: "SEK", maximumFractionDigits: 0 });
  const days = (value: number | null) => (value === null ? "–" : format.number(value, { maximumFractionDigits: 1 }));
  const chartLabels = (category: string, clickable: boolean): ChartLabels => ({
    showTable: t("showTable"),
    showChart: t("showChart"),
    category,
    total: t("total"),
    empty: t("noData"),
    clickHint: clickable ? t("clickHint") : undefined,
  });
  const periodTitle = period.kind === "year" ? t("yearTitle", { year: period.year! }) : t("rangeTitle", { from: period.from, to: period.to });
  const totalOf = (status: (typeof OPEN_STATUSES)[number]) => caseload.reduce((sum, adviser) => sum + (adviser.byStatus[status] ?? 0), 0);
  const sumOf = (key: "total" | "overdueTasks" | "overdueReferrals" | "followUpsDue") => caseload.reduce((sum, adviser) => sum + adviser[key], 0);
  const periodOptions = [
    { value: "24m", label: t("periods.24m") },
    { value: "12m", label: t("periods.12m") },
    ...dashboard.years.map((year) => ({ value: String(year), label: String(year) })),
    { value: "custom", label: t("periods.custom") },
  ];
  const selectedPeriod = period.kind === "year" ? String(period.year) : period.kind;
  const allAdvisers = view.advisers === "all";
  /** This view with the caseload whole or cut, as a link. */
  const caseloadHref = (whole: boolean) => {
    const query = new URLSearchParams(Object.entries({ period: view.period, from: view.from, to: view.to, team: view.team, adviser: view.adviser }).filter((entry): entry is [string, string] => entry[1] !== undefined));
    if (whole) query.set("advisers", "all");
    return `/dashboard?${query.toString()}#caseload-heading`;
  };

  const attentionItems = [
    { key: "lateDrafts", count: attention.lateDrafts.notes, text: t("attention.lateDrafts", { notes: attention.lateDrafts.notes, cases: attention.lateDrafts.cases }), href: casesHref({ status: "open", needs: "lateDrafts" }) },
    { key: "emergency", count: attention.emergencyToReview, text: t("attention.emergency", { count: attention.emergencyToReview }), href: "/emergency-access?show=unreviewed" },
    { key: "approvals", count: attention.approvalsWaiting, text: t("attention.approvals", { count: attention.approvalsWaiting }), href: "/approvals" },
    { key: "inactive", count: attention.inactiveCases, text: t("attention.inactive", { count: attention.inactiveCases }), href: casesHref({ status: "open", needs: "inactive" }) },
  ];

  return (
    <>
      <PageHeader title={t("title")} description={t("intro", { teams: dashboard.teams.filter((team) => dashboard.teamIds.includes(team.id)).map((team) => team.name).join(", ") })} />
      <div className="flex flex-col gap-10">
        <form method="get" action="/dashboard" aria-label={t("filtersLabel")} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {dashboard.teams.length > 1 ? (
              <SelectField
                id="dashboard-team"
                name="team"
                label={t("teamLabel")}
                defaultValue={dashboard.isOffice ? OFFICE : oneTeam}
                options={[{ value: OFFICE, label: t("office") }, ...dashboard.teams.map((team) => ({ value: team.id, label: team.name }))]}
              />
            ) : null}
            <SelectField
              id="dashboard-adviser"
              name="adviser"
              label={t("adviserLabel")}
              defaultValue={dashboard.adviserId ?? ""}
              options={[{ value: "", label: t("allAdvisers") }, ...dashboard.advisers.map((adviser) => ({ value: adviser.id, label: adviser.name }))]}
            />
            <SelectField id="dashboard-period" name="period" label={t("periodLabel")} defaultValue={selectedPeriod} options={periodOptions} />
            <div className="grid grid-cols-2 gap-2">
              <TextField label={t("fromLabel")} name="from" id="dashboard-from" hint={t("dateHint")} defaultValue={period.kind === "custom" ? period.from : ""} inputMode="numeric" />
              <TextField label={t("toLabel")} name="to" id="dashboard-to" hint={t("dateHint")} defaultValue={period.kind === "custom" ? period.to : ""} inputMode="numeric" />
            </div>
          </div>
          <div>
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </div>
        </form>

        <Section id="attention-heading" title={t("attention.title")} className="flex flex-col gap-3">
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {attentionItems.map((item) => (
              <li key={item.key} className={`rounded-lg border bg-white p-4 ${item.count > 0 ? "border-amber-600" : "border-slate-200"}`} data-testid={`attention-${item.key}`}>
                <Link href={item.href} className="flex flex-col gap-1 text-brand-800 underline-offset-2 hover:underline">
                  <span className="text-3xl font-semibold tabular-nums text-slate-900">{item.count}</span>
                  <span className="text-sm">{item.text}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Section>

        <Section id="caseload-heading" title={t("caseloadTitle")} className="flex flex-col gap-3">
          <p className="text-sm text-slate-700">{t("caseloadIntro")}</p>
          {caseload.length === 0 ? (
            <p className="text-sm">{t("noOpenCases")}</p>
          ) : (
            <Table
              caption={t("caseloadTitle")}
              headers={[t("adviser"), ...OPEN_STATUSES.map((status) => tStatus(status)), t("overdueTasks"), t("overdueReferrals"), t("followUpsDue"), t("total")]}
            >
              {(allAdvisers ? caseload : caseload.slice(0, FIRST_ADVISERS)).map((adviser) => (
                <tr key={adviser.adviserId}>
                  <RowHeader>
                    <Link href={casesHref({ status: "open", adviser: adviser.adviserId })} className="text-brand-700 underline">
                      {adviser.adviserName}
                    </Link>
                  </RowHeader>
                  {OPEN_STATUSES.map((status) => (
                    <Cell key={status} className="tabular-nums">
                      {adviser.byStatus[status] ?? 0}
                    </Cell>
                  ))}
                  <Cell className="tabular-nums">{adviser.overdueTasks}</Cell>
                  <Cell className="tabular-nums">{adviser.overdueReferrals}</Cell>
                  <Cell className="tabular-nums">{adviser.followUpsDue}</Cell>
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
                <Cell className="font-semibold tabular-nums">{sumOf("overdueTasks")}</Cell>
                <Cell className="font-semibold tabular-nums">{sumOf("overdueReferrals")}</Cell>
                <Cell className="font-semibold tabular-nums">{sumOf("followUpsDue")}</Cell>
                <Cell className="font-semibold tabular-nums">{sumOf("total")}</Cell>
              </tr>
            </Table>
          )}
          {caseload.length > FIRST_ADVISERS ? (
            <p className="text-sm">
              <Link href={caseloadHref(!allAdvisers)} className="text-brand-700 underline">
                {allAdvisers ? t("caseloadFirst", { count: FIRST_ADVISERS }) : t("caseloadAll", { count: caseload.length })}
              </Link>
            </p>
          ) : null}
          <WhatCounts title={tf("whatCounts.title")} items={[t("caseloadCounts")]} />
        </Section>

        <Section id="period-heading" title={periodTitle} className="flex flex-col gap-6">

          <div className="grid gap-6 md:grid-cols-2">
            <div className="flex min-w-0 flex-col gap-2">
              <h3 className="font-semibold">{t("casesTitle")}</h3>
              <Table caption={t("casesTitle")} headers={[t("what"), t("count")]}>
                <tr>
                  <RowHeader>
                    <Link href={casesHref(range(period))} className="text-brand-700 underline">
                      {t("opened")}
                    </Link>
                  </RowHeader>
                  <Cell className="tabular-nums">{figures.opened.total}</Cell>
                </tr>
                {CASE_OUTCOMES.map((outcome) => (
                  <tr key={outcome}>
                    <RowHeader>
                      <Link href={casesHref({ dated: "closed", outcome, ...range(period) })} className="text-brand-700 underline">
                        {t("closedWith", { outcome: tOutcome(outcome) })}
                      </Link>
                    </RowHeader>
                    <Cell className="tabular-nums">{figures.closedByOutcome.byOutcome[outcome]}</Cell>
                  </tr>
                ))}
                <tr>
                  <RowHeader>
                    <Link href={casesHref({ dated: "departed", ...range(period) })} className="text-brand-700 underline">
                      {t("returned")}
                    </Link>
                  </RowHeader>
                  <Cell className="tabular-nums">{figures.returned.total}</Cell>
                </tr>
              </Table>
              <WhatCounts title={tf("whatCounts.title")} items={[tf(FIGURES.opened.whatCounts), tf(FIGURES.closedByOutcome.whatCounts), tf(FIGURES.returned.whatCounts)]} />
            </div>

            <div className="flex min-w-0 flex-col gap-2">
              <h3 className="font-semibold">{t("decisionsTitle")}</h3>
              <Table caption={t("decisionsTitle")} headers={[t("decision"), t("count"), t("amount")]}>
                {REFERRAL_DECISIONS.map((decision) => (
                  <tr key={decision}>
                    <RowHeader>{t(`decisions.${decision}`)}</RowHeader>
                    <Cell className="tabular-nums">{figures.grantDecisions.byDecision[decision].count}</Cell>
                    <Cell className="tabular-nums">{decision === "GRANTED" ? sek(figures.grantDecisions.byDecision.GRANTED.amountSek) : "–"}</Cell>
                  </tr>
                ))}
              </Table>
              <WhatCounts title={tf("whatCounts.title")} items={[tf(FIGURES.grantDecisions.whatCounts)]} />
            </div>
          </div>

          <div className="grid gap-6 lg:grid-cols-2">
            <ChartFigure
              title={t("charts.intake")}
              whatCountsTitle={tf("whatCounts.title")}
              whatCounts={tf(FIGURES.opened.whatCounts)}
              series={[{ key: "opened", label: t("opened") }]}
              rows={figures.opened.byMonth.map((row) => ({ key: row.month, label: row.month, values: { opened: row.count }, href: casesHref(range(monthPeriod(row.month))) }))}
              labels={chartLabels(t("month"), true)}
            />
            <ChartFigure
              title={t("charts.outcomes")}
              whatCountsTitle={tf("whatCounts.title")}
              whatCounts={tf(FIGURES.closedByOutcome.whatCounts)}
              series={CASE_OUTCOMES.map((outcome) => ({ key: outcome, label: tOutcome(outcome) }))}
              rows={figures.closedByOutcome.byMonth.map((row) => ({
                key: row.month,
                label: row.month,
                values: row.byOutcome,
                href: casesHref({ dated: "closed", ...range(monthPeriod(row.month)) }),
                hrefs: Object.fromEntries(CASE_OUTCOMES.map((outcome) => [outcome, casesHref({ dated: "closed", outcome, ...range(monthPeriod(row.month)) })])),
              }))}
              labels={chartLabels(t("month"), true)}
            />
            <ChartFigure
              title={t("charts.returnsByCountry")}
              whatCountsTitle={tf("whatCounts.title")}
              whatCounts={tf(FIGURES.returnedByCountry.whatCounts)}
              layout="bars"
              series={[{ key: "returned", label: t("returned") }]}
              rows={figures.returned.byCountry.map((row) => ({
                key: row.country ?? NO_COUNTRY,
                label: row.country ? countryName(row.country, locale) : t("noDestination"),
                values: { returned: row.count },
                href: casesHref({ dated: "departed", country: row.country ?? NO_COUNTRY, ...range(period) }),
              }))}
              labels={chartLabels(t("destination"), true)}
            />
            <ChartFigure
              title={t("charts.returnsPerMonth")}
              whatCountsTitle={tf("whatCounts.title")}
              whatCounts={tf(FIGURES.returned.whatCounts)}
              series={[{ key: "returned", label: t("returned") }]}
              rows={figures.returned.byMonth.map((row) => ({ key: row.month, label: row.month, values: { returned: row.count }, href: casesHref({ dated: "departed", ...range(monthPeriod(row.month)) }) }))}
              labels={chartLabels(t("month"), true)}
            />
          </div>

          <div className="flex min-w-0 flex-col gap-3">
            <h3 className="font-semibold">{t("processingTitle")}</h3>
            <Table caption={t("processingTitle")} headers={[t("interval"), t("median"), t("p90"), t("measured")]}>
              {PROCESSING_TIMES.map((id) => (
                <tr key={id}>
                  <RowHeader>{tf(`names.${id}`)}</RowHeader>
                  <Cell className="tabular-nums">{days(figures.processingTimes[id].medianDays)}</Cell>
                  <Cell className="tabular-nums">{days(figures.processingTimes[id].p90Days)}</Cell>
                  <Cell className="tabular-nums">{figures.processingTimes[id].count}</Cell>
                </tr>
              ))}
            </Table>
            <WhatCounts title={tf("whatCounts.title")} items={[...PROCESSING_TIMES.map((id) => `${tf(`names.${id}`)}: ${tf(FIGURES[id].whatCounts)}`), tf("whatCounts.processingTimes")]} />
            <ChartFigure
              title={t("charts.processing")}
              whatCountsTitle={tf("whatCounts.title")}
              whatCounts={tf("whatCounts.processingTimes")}
              layout="bars"
              stacked={false}
              series={[
                { key: "median", label: t("median") },
                { key: "p90", label: t("p90") },
              ]}
              rows={PROCESSING_TIMES.map((id) => ({
                key: id,
                label: t(`shortIntervals.${id}`),
                values: { median: figures.processingTimes[id].medianDays ?? 0, p90: figures.processingTimes[id].p90Days ?? 0 },
              }))}
              labels={chartLabels(t("interval"), false)}
            />
          </div>
        </Section>
      </div>
    </>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { authorize } from "@/lib/gate";
import { figureTeamsOf } from "@/lib/data/figures";
import { getYearlyReport, isReportYear, reportYears } from "@/lib/data/yearly-report";
import { FIGURES } from "@/lib/statistics/figures";
import { formatReportValue, reportHeaders } from "@/lib/statistics/report-format";
import { officeToday } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("report");

/** The yearly statistics report: every figure for a year beside the previous year's, small counts suppressed. */
export default async function YearlyReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await authorize("statistics.read");
  const t = await getTranslations("report");
  const tFigures = await getTranslations("figures");
  const tExports = await getTranslations("exports");
  const locale = await getLocale();
  if ((await figureTeamsOf(user)).length === 0) return <PageHeader title={t("title")} description={t("noTeam")} />;

  const { year: rawYear } = await searchParams;
  const asked = typeof rawYear === "string" && /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
  const year = isReportYear(asked) ? asked : Number(officeToday().slice(0, 4)) - 1;
  const report = await getYearlyReport(year);
  const download = (format: string) => `/api/statistics/report/${year}?format=${format}`;

  return (
    <>
      <PageHeader title={`${t("title")} ${year}`} description={t("intro", { teams: report.teamNames.join(", ") })} />
      <div className="flex flex-col gap-8">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <form method="get" action="/statistics/report" className="flex items-end gap-2">
            <SelectField id="report-year" name="year" label={t("yearLabel")} defaultValue={String(year)} options={reportYears().map((option) => ({ value: String(option), label: String(option) }))} />
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </form>
          <nav aria-label={t("downloads")} className="flex flex-wrap gap-2 text-sm">
            <span className="self-center font-medium">{t("downloads")}:</span>
            <Link href="/cases/export?kind=caseload" className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium text-brand-700 underline-offset-2 hover:underline">
              {tExports("caseloadLink")}
            </Link>
            {(["pdf", "csv", "xlsx"] as const).map((format) => (
              <a key={format} href={download(format)} className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium text-brand-700 underline-offset-2 hover:underline" download>
                {t(format)}
              </a>
            ))}
          </nav>
        </div>
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="suppression-note">
          {t("suppressionNote", { max: report.threshold - 1 })}
        </p>
        {report.tables.map((table) => (
          <section key={table.id} aria-labelledby={`report-${table.id}`} className="flex flex-col gap-2" data-testid={`report-table-${table.id}`}>
            <h2 id={`report-${table.id}`} className="text-lg font-semibold">
              {table.title}
            </h2>
            <p className="max-w-3xl text-sm text-slate-700">{tFigures(FIGURES[table.figure].whatCounts)}</p>
            <Table caption={table.title} headers={[t("what"), ...reportHeaders(table, year, t("changeColumn"))]}>
              {table.rows.map((row) => (
                <tr key={row.label} className={row.isTotal ? "bg-slate-50 font-semibold" : undefined}>
                  <RowHeader className={row.isTotal ? "font-semibold" : "font-medium"}>{row.label}</RowHeader>
                  {row.cells.flatMap((cell, i) => {
                    const unit = table.columns[i]!.unit;
                    return [
                      <Cell key={`${i}-now`} className="text-right tabular-nums">{formatReportValue(cell.current, unit, locale)}</Cell>,
                      <Cell key={`${i}-before`} className="text-right tabular-nums text-slate-700">{formatReportValue(cell.previous, unit, locale)}</Cell>,
                      <Cell key={`${i}-change`} className="text-right tabular-nums text-slate-700">{formatReportValue(cell.change, unit, locale, { signed: true })}</Cell>,
                    ];
                  })}
                </tr>
              ))}
            </Table>
          </section>
        ))}
      </div>
    </>
  );
}

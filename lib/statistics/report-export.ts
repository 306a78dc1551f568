// The yearly report's tables as export sheets (CSV and XLSX): one sheet per
// table in the page's layout, numbers as numbers, a suppressed cell as its text.
import type { ExportValue } from "@/lib/exports/cell-guard";
import { reportHeaders } from "./report-format";
import type { ReportValue, YearlyReport } from "./yearly-report";

const valueOf = (value: ReportValue): ExportValue => (value.kind === "shown" ? value.value : value.kind === "suppressed" ? value.text : null);

export function reportSheets(report: YearlyReport, text: { what: string; change: string }) {
  return report.tables.map((table) => ({
    name: table.title,
    header: [text.what, ...reportHeaders(table, report.year, text.change)],
    rows: table.rows.map((row) => [row.label, ...row.cells.flatMap((cell) => [valueOf(cell.current), valueOf(cell.previous), valueOf(cell.change)])]),
  }));
}

// How a yearly report's value reads as text (page and PDF): counts and kronor
// as whole numbers, days to a tenth, a change with its sign, a suppressed cell
// as its range or "..". Pure: the locale is passed in.
import type { ReportTable, ReportValue } from "./yearly-report";

type Unit = ReportTable["columns"][number]["unit"];

export function formatReportValue(value: ReportValue, unit: Unit, locale: string, options: { signed?: boolean } = {}): string {
  if (value.kind === "none") return "–";
  if (value.kind === "suppressed") return value.text;
  const format = new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE", {
    maximumFractionDigits: unit === "days" ? 1 : 0,
    minimumFractionDigits: unit === "days" ? 1 : 0,
    signDisplay: options.signed ? "exceptZero" : "auto",
  });
  return format.format(value.value);
}

/** The column headers of a table: for each value column the year, the previous year and the change. */
export function reportHeaders(table: ReportTable, year: number, changeLabel: string): string[] {
  const single = table.columns.length === 1;
  return table.columns.flatMap((column) => {
    const prefix = single ? "" : `${column.label} `;
    return [`${prefix}${year}`, `${prefix}${year - 1}`, single ? changeLabel : `${column.label}: ${changeLabel.toLowerCase()}`];
  });
}

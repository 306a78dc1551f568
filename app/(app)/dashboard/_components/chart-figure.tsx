"use client";

import { ScrollRegion } from "@/components/ui/scroll-region";
import Link from "next/link";
import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { PatternDefs, Swatch } from "./chart-patterns";

// The charts (recharts) load after the page, not with it (issue 17: first-load JavaScript): the page
// is usable at once, the tables carry the same figures, and the box keeps its height while the chart comes.
const ChartCanvas = dynamic(() => import("./chart-canvas").then((module) => module.ChartCanvas), { ssr: false });

export type ChartSeries = { key: string; label: string };
/** One bar (or stack): its label, a value per series, and the case list it stands for. */
export type ChartRow = { key: string; label: string; values: Record<string, number>; href?: string; hrefs?: Record<string, string> };

export type ChartLabels = {
  showTable: string;
  showChart: string;
  category: string;
  total: string;
  empty: string;
  /** Read before the chart: what a click on a bar does. */
  clickHint?: string;
};

/**
 * A bar chart with its table beside it (issue 14 part 2): the same rows as a
 * chart or as a table, switched by a button; the table is also what a screen
 * reader or a keyboard user reads, each row linking to the cases it counts.
 * A click on a bar opens those cases too. "columns" puts the categories (months)
 * along the bottom, "bars" down the side (countries), which fits 320 px.
 */
export function ChartFigure({
  title,
  whatCounts,
  whatCountsTitle,
  series,
  rows,
  layout = "columns",
  stacked = true,
  labels,
}: {
  title: string;
  whatCounts: string;
  whatCountsTitle: string;
  series: ChartSeries[];
  rows: ChartRow[];
  layout?: "columns" | "bars";
  /** Several series stack into one bar (parts of a whole) or stand side by side (a median beside a 90th percentile). */
  stacked?: boolean;
  labels: ChartLabels;
}) {
  const chartId = useId().replaceAll(":", "");
  const [asTable, setAsTable] = useState(false);
  const headingId = `${chartId}-heading`;
  const tableId = `${chartId}-table`;
  const data = rows.map((row) => ({ ...row, ...row.values }));
  const isEmpty = rows.every((row) => series.every((s) => (row.values[s.key] ?? 0) === 0));
  const barsPerRow = stacked ? 1 : series.length;
  const height = layout === "bars" ? Math.max(120, rows.length * barsPerRow * 26 + 50) : 260;

  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {title}
        </h3>
        {isEmpty ? null : (
          <button
            type="button"
            className="rounded border border-brand-700 px-2 py-1 text-sm text-brand-800 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
            aria-controls={tableId}
            aria-expanded={asTable}
            onClick={() => setAsTable((shown) => !shown)}
          >
            {asTable ? labels.showChart : labels.showTable}
          </button>
        )}
      </div>
      <details className="text-sm text-slate-700">
        <summary className="cursor-pointer text-brand-800">{whatCountsTitle}</summary>
        <p className="mt-1">{whatCounts}</p>
      </details>
      {isEmpty ? (
        <p className="text-sm">{labels.empty}</p>
      ) : (
        <>
          {series.length > 1 ? (
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={title}>
              {series.map((s, index) => (
                <li key={s.key} className="flex items-center gap-1.5">
                  <Swatch chartId={chartId} index={index} />
                  {s.label}
                </li>
              ))}
            </ul>
          ) : null}
          <div hidden={asTable}>
            {labels.clickHint ? <p className="mb-1 text-xs text-slate-700">{labels.clickHint}</p> : null}
            <PatternDefs chartId={chartId} count={series.length} />
            <div style={{ height }} className="w-full min-w-0">
              <ChartCanvas title={title} series={series} data={data} layout={layout} stacked={stacked} chartId={chartId} />
            </div>
          </div>
          <ScrollRegion id={tableId} hidden={!asTable} label={title} className="rounded-lg border border-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{title}</caption>
              <thead className="bg-slate-100 text-slate-800">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {labels.category}
                  </th>
                  {series.map((s) => (
                    <th key={s.key} scope="col" className="px-3 py-2 font-semibold">
                      {s.label}
                    </th>
                  ))}
                  {series.length > 1 ? (
                    <th scope="col" className="px-3 py-2 font-semibold">
                      {labels.total}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row" className="px-3 py-2 font-medium">
                      {row.href ? (
                        <Link href={row.href} className="text-brand-700 underline">
                          {row.label}
                        </Link>
                      ) : (
                        row.label
                      )}
                    </th>
                    {series.map((s) => (
                      <td key={s.key} className="px-3 py-2 tabular-nums">
                        {row.values[s.key] ?? 0}
                      </td>
                    ))}
                    {series.length > 1 ? <td className="px-3 py-2 font-semibold tabular-nums">{series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}

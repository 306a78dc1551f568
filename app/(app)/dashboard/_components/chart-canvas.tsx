"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { patternFill } from "./chart-patterns";
import type { ChartRow, ChartSeries } from "./chart-figure";

/**
 * The drawn chart of a ChartFigure, in its own chunk so recharts loads after the
 * page (chart-figure.tsx). A click on a bar opens the cases it counts.
 */
export function ChartCanvas({
  title,
  series,
  data,
  layout,
  stacked,
  chartId,
}: {
  title: string;
  series: ChartSeries[];
  data: (ChartRow & Record<string, unknown>)[];
  layout: "columns" | "bars";
  stacked: boolean;
  chartId: string;
}) {
  const router = useRouter();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout={layout === "bars" ? "vertical" : "horizontal"} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} title={title}>
        <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
        {layout === "bars" ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={{ fill: "#1f2937", fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={110} tick={{ fill: "#1f2937", fontSize: 12 }} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fill: "#1f2937", fontSize: 12 }} minTickGap={12} />
            <YAxis allowDecimals={false} width={40} tick={{ fill: "#1f2937", fontSize: 12 }} />
          </>
        )}
        <Tooltip cursor={{ fill: "#e2e8f0" }} />
        {series.map((s, index) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId={stacked && series.length > 1 ? "stack" : undefined}
            fill={patternFill(chartId, index)}
            stroke="#ffffff"
            strokeWidth={series.length > 1 ? 1 : 0}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(bar) => {
              const row = (bar as { payload?: ChartRow }).payload;
              const href = row?.hrefs?.[s.key] ?? row?.href;
              if (href) router.push(href);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

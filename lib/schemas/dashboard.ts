import { z } from "zod";
import { isRecordId } from "@/lib/schemas/record-id";
import { urlDate, urlText } from "@/lib/schemas/url-values";
import { isSanePeriod, lastMonthsPeriod, yearPeriod, type FigurePeriod } from "@/lib/statistics/figures";

// The dashboard's view, read from the URL so it can be bookmarked and works
// without JavaScript: the period (the last 24 or 12 months, a calendar year,
// or two dates), the team (or the whole office), the adviser, and whether the
// caseload lists every adviser. A bad value
// falls back to the default, never an error page.

export const PERIOD_PRESETS = ["24m", "12m"] as const;
export const OFFICE = "all";

const urlId = urlText(64).transform((value) => (value && isRecordId(value) ? value : undefined));

export const DashboardViewSchema = z.object({
  /** "24m", "12m", a year ("2025") or "custom" (from–to). */
  period: urlText(8).transform((value) => (value && (/^(24m|12m|custom)$/.test(value) || /^\d{4}$/.test(value)) ? value : "24m")),
  from: urlDate,
  to: urlDate,
  /** A team id, or "all" for every team the manager leads. */
  team: urlText(64).transform((value) => (value === OFFICE || (value && isRecordId(value)) ? value : undefined)),
  adviser: urlId,
  /** "all": the caseload table lists every adviser, not only the most loaded. */
  advisers: urlText(3).transform((value) => (value === "all" ? value : undefined)),
});
export type DashboardView = z.output<typeof DashboardViewSchema>;

export type ResolvedPeriod = FigurePeriod & { kind: "24m" | "12m" | "year" | "custom"; year?: number };

/** The view's period as office days; an unusable custom period or year falls back to the last 24 months. */
export function resolvePeriod(view: Pick<DashboardView, "period" | "from" | "to">, today: string): ResolvedPeriod {
  const fallback: ResolvedPeriod = { ...lastMonthsPeriod(today, 24), kind: "24m" };
  if (view.period === "12m") return { ...lastMonthsPeriod(today, 12), kind: "12m" };
  if (/^\d{4}$/.test(view.period)) {
    const year = Number(view.period);
    const period = yearPeriod(year);
    return year >= 1990 && period.from <= today ? { ...period, kind: "year", year } : fallback;
  }
  if (view.period === "custom" && view.from && view.to && isSanePeriod({ from: view.from, to: view.to })) return { from: view.from, to: view.to, kind: "custom" };
  return fallback;
}

// The office's figures, each defined once (issue 14 part 3). This module is
// pure: it names every figure, says which event dates it and where the page's
// "what counts" text for it lives. The queries that compute the figures are in
// lib/data/figures.ts and follow these definitions; the dashboard, the yearly
// report and the exports all read them from there, so two pages can never
// disagree about what "returned" means. The dashboard's figures are counted
// from the events the database derives with figure_events_of_cases (migration
// figure_summary, decision 027): that SQL is their definition in full.
//
// A figure is dated by the event it counts: a return by its departure date, a
// closing by the date the case was closed, a decision by its decision date.
// So "returned in 2025" and "closed as returned in 2025" are different figures
// (a case leaves in December and is closed after its six-month follow-up in
// June), and the page says so beside each.
import { addDays, isRealIsoDate } from "@/lib/dates";

/** The event a figure counts, which also dates it. */
export type FigureEvent =
  | "caseOpened"
  | "caseClosed"
  | "departure"
  | "referralDecision"
  | "firstSession"
  | "grantApplicationSent"
  | "counselling"
  | "followUpDone";

export type FigureDefinition = {
  /** The event counted; its date puts the figure in a period or a month. */
  datedBy: FigureEvent;
  /** Message key (namespace "figures") of the "what counts" text shown beside the figure. */
  whatCounts: `whatCounts.${string}`;
};

export const FIGURES = {
  /** Cases opened: one per case, on the office day it was opened. */
  opened: { datedBy: "caseOpened", whatCounts: "whatCounts.opened" },
  /** Cases closed, by outcome: the closing status change that still stands (not undone). */
  closedByOutcome: { datedBy: "caseClosed", whatCounts: "whatCounts.closedByOutcome" },
  /** Returns: departures that still stand, on the departure date. */
  returned: { datedBy: "departure", whatCounts: "whatCounts.returned" },
  /** Returns by the case's destination country, on the departure date; sums to `returned`. */
  returnedByCountry: { datedBy: "departure", whatCounts: "whatCounts.returnedByCountry" },
  /** Decisions on referrals (granted, refused) and the amounts granted, on the decision date. */
  grantDecisions: { datedBy: "referralDecision", whatCounts: "whatCounts.grantDecisions" },
  /** Days from intake to the first counselling session, dated by that session. */
  intakeToFirstSession: { datedBy: "firstSession", whatCounts: "whatCounts.intakeToFirstSession" },
  /** Days from intake to the first return-grant application sent, dated by its sending. */
  intakeToReferral: { datedBy: "grantApplicationSent", whatCounts: "whatCounts.intakeToReferral" },
  /** Days from a return-grant application sent to Migrationsverket's decision on it, dated by the decision. */
  referralToDecision: { datedBy: "referralDecision", whatCounts: "whatCounts.referralToDecision" },
  /** Days from the last decision on a return-grant application to the departure, dated by the departure. */
  decisionToDeparture: { datedBy: "departure", whatCounts: "whatCounts.decisionToDeparture" },
  /**
   * Persons counselled: the person and every household member of each case with
   * at least one counselling session in the period, once per case, by age band
   * (age on the day of the case's first session in the period) and gender.
   */
  personsCounselled: { datedBy: "counselling", whatCounts: "whatCounts.personsCounselled" },
  /** Households counselled (the same cases as personsCounselled), by size: the person and their household members. */
  householdsBySize: { datedBy: "counselling", whatCounts: "whatCounts.householdsBySize" },
  /** Returns by the person's (first) citizenship, on the departure date; sums to `returned`. */
  returnedByNationality: { datedBy: "departure", whatCounts: "whatCounts.returnedByNationality" },
  /** The grantDecisions figure split by the rule set in force on the day the application was sent; sums to it. */
  grantDecisionsByRuleSet: { datedBy: "referralDecision", whatCounts: "whatCounts.grantDecisionsByRuleSet" },
  /** Follow-ups after return done in the period: each IOM dimension's score (1–5), on the day the follow-up was done. */
  followUpResults: { datedBy: "followUpDone", whatCounts: "whatCounts.followUpResults" },
} as const satisfies Record<string, FigureDefinition>;

/**
 * Age bands of the persons counselled: children (0–17) as one band, so that
 * "children" and "adults" are read from the same table (a second table of
 * adults and children beside it would let a hidden cell be worked out).
 */
export const AGE_BANDS = [
  { id: "0-17", from: 0, to: 17 },
  { id: "18-24", from: 18, to: 24 },
  { id: "25-34", from: 25, to: 34 },
  { id: "35-44", from: 35, to: 44 },
  { id: "45-64", from: 45, to: 64 },
  { id: "65+", from: 65, to: null },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]["id"];

/** Household sizes as the report groups them: 1 to 5 persons, then 6 or more. */
export const HOUSEHOLD_SIZES = ["1", "2", "3", "4", "5", "6+"] as const;
export type HouseholdSize = (typeof HOUSEHOLD_SIZES)[number];
export const householdSizeOf = (persons: number): HouseholdSize => (persons >= 6 ? "6+" : (String(Math.max(1, persons)) as HouseholdSize));

/** The three dimensions of IOM's reintegration score, as the follow-up records them (1 = poor … 5 = good). */
export const IOM_DIMENSIONS = ["economic", "social", "psychosocial"] as const;
export type IomDimension = (typeof IOM_DIMENSIONS)[number];
export const IOM_SCORES = [1, 2, 3, 4, 5] as const;

export type FigureId = keyof typeof FIGURES;

/** The four processing times, in the order a case passes them. */
export const PROCESSING_TIMES = ["intakeToFirstSession", "intakeToReferral", "referralToDecision", "decisionToDeparture"] as const satisfies readonly FigureId[];
export type ProcessingTimeId = (typeof PROCESSING_TIMES)[number];

/** The percentiles every processing time is given as. */
export const PROCESSING_PERCENTILES = { median: 0.5, p90: 0.9 } as const;

/**
 * A period of office days, both ends included ("YYYY-MM-DD"). Every figure
 * counts the events whose date falls in it.
 */
export type FigurePeriod = { from: string; to: string };

/** A calendar year as a period: what the yearly report asks for. */
export function yearPeriod(year: number): FigurePeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The `months` calendar months up to and including the one `today` is in (the dashboard's default: 24). */
export function lastMonthsPeriod(today: string, months: number): FigurePeriod {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const first = year * 12 + (month - 1) - (months - 1);
  return { from: `${monthKey(first)}-01`, to: today };
}

/** The day after the period's last: the exclusive upper bound the queries compare against. */
export function periodEndExclusive(period: FigurePeriod): string {
  return addDays(period.to, 1);
}

/** "YYYY-MM" of a month counted from year 0 (year * 12 + zero-based month). */
function monthKey(monthIndex: number): string {
  return `${String(Math.floor(monthIndex / 12)).padStart(4, "0")}-${String((monthIndex % 12) + 1).padStart(2, "0")}`;
}

/** Every month ("YYYY-MM") the period touches, in order: the x axis of a per-month chart, months without events included. */
export function monthsOf(period: FigurePeriod): string[] {
  const index = (iso: string) => {
    const [year, month] = iso.split("-").map(Number) as [number, number];
    return year * 12 + (month - 1);
  };
  const months: string[] = [];
  for (let i = index(period.from); i <= index(period.to); i++) months.push(monthKey(i));
  return months;
}

/** The period one month ("YYYY-MM") covers: where a click on a month's bar leads. */
export function monthPeriod(month: string): FigurePeriod {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const next = monthKey(year * 12 + monthNumber);
  return { from: `${month}-01`, to: addDays(`${next}-01`, -1) };
}

/**
 * The calendar months a period covers whole ("YYYY-MM", first and last; null
 * for none) and the days at its ends outside them: the figures read the
 * monthly summary for the one and the single events for the other
 * (lib/data/figures.ts, decision 027).
 */
export function splitByWholeMonths(period: FigurePeriod): { months: { first: string; last: string } | null; edges: FigurePeriod[] } {
  const whole = monthsOf(period).filter((month) => {
    const days = monthPeriod(month);
    return days.from >= period.from && days.to <= period.to;
  });
  const [first, last] = [whole[0], whole.at(-1)];
  if (!first || !last) return { months: null, edges: [period] };
  const edges: FigurePeriod[] = [];
  if (period.from < `${first}-01`) edges.push({ from: period.from, to: addDays(`${first}-01`, -1) });
  const lastDay = monthPeriod(last).to;
  if (period.to > lastDay) edges.push({ from: addDays(lastDay, 1), to: period.to });
  return { months: { first, last }, edges };
}

/** Whether a period is well formed: real dates, from ≤ to, and no longer than `maxDays` (a guard against a query over centuries). */
export function isSanePeriod(period: FigurePeriod, maxDays = 366 * 10): boolean {
  if (!isRealIsoDate(period.from) || !isRealIsoDate(period.to) || period.from > period.to) return false;
  const days = (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(days) && days <= maxDays;
}

/** Fills months without events with zero, so every per-month series has the period's months in order. */
export function fillMonths<T extends { month: string }>(period: FigurePeriod, rows: T[], empty: (month: string) => T): T[] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return monthsOf(period).map((month) => byMonth.get(month) ?? empty(month));
}

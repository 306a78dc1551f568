import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { countryName } from "@/lib/countries";
import { officeToday } from "@/lib/dates";
import { ruleSetById } from "@/lib/eligibility";
import {
  authorizeFigures,
  countClosedByOutcome,
  countFollowUpResults,
  countGrantDecisionsByRuleSet,
  countOpened,
  countCounselled,
  countReturned,
  countReturnedByNationality,
  measureProcessingTimes,
  type FigureFilter,
} from "@/lib/data/figures";
import { suppressionThreshold } from "@/lib/data/settings";
import { yearPeriod } from "@/lib/statistics/figures";
import { buildYearlyReport, type ReportFigures, type YearlyReport } from "@/lib/statistics/yearly-report";

// The yearly report's data: every figure for a year and the year before, read
// through lib/data/figures.ts (one definition each) for the teams the user may
// see, then built into labelled, suppressed tables in the user's language. The
// page, the PDF and the CSV/XLSX files all come from here.

/** The first year the report offers. */
export const FIRST_REPORT_YEAR = 2010;

export function reportYears(today = officeToday()): number[] {
  const thisYear = Number(today.slice(0, 4));
  return Array.from({ length: thisYear - FIRST_REPORT_YEAR + 1 }, (_, i) => thisYear - i);
}

export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && reportYears().includes(year);
}

async function figuresOf(filter: FigureFilter): Promise<ReportFigures> {
  const db = getDb();
  const [opened, closed, returned, nationality, counselled, decisions, processing, followUps] = await Promise.all([
    countOpened(filter, db),
    countClosedByOutcome(filter, db),
    countReturned(filter, db),
    countReturnedByNationality(filter, db),
    countCounselled(filter, db),
    countGrantDecisionsByRuleSet(filter, db),
    measureProcessingTimes(filter, db),
    countFollowUpResults(filter, db),
  ]);
  return {
    opened: opened.total,
    closedByOutcome: closed.byOutcome,
    returnedByCountry: returned.byCountry,
    returnedByNationality: nationality,
    personsByAgeBand: counselled.persons.byAgeBand,
    householdsBySize: counselled.households.bySize,
    decisionsByRuleSet: decisions,
    processingTimes: processing,
    followUps,
  };
}

export type YearlyReportResult = YearlyReport & { teamNames: string[]; teamIds: string[] };

export type YearlyReportFigures = { current: ReportFigures; previous: ReportFigures; threshold: number; teams: { id: string; name: string }[] };

/** Every figure of `year` and the year before for the teams the user may see, and the office's threshold; audited as a look at the figures. */
export async function loadYearlyReportFigures(year: number): Promise<YearlyReportFigures> {
  const [{ teams, filter }, { filter: previousFilter }] = await Promise.all([
    authorizeFigures({ period: yearPeriod(year) }),
    authorizeFigures({ period: yearPeriod(year - 1) }),
  ]);
  const [current, previous, threshold] = await Promise.all([figuresOf(filter), figuresOf(previousFilter), suppressionThreshold()]);
  return { current, previous, threshold, teams };
}

/** The report for `year` (which must be a report year), labelled in the user's language. */
export async function getYearlyReport(year: number): Promise<YearlyReportResult> {
  const { current, previous, threshold, teams } = await loadYearlyReportFigures(year);
  const [t, tFigures, tOutcome, tGender, locale] = await Promise.all([
    getTranslations("report"),
    getTranslations("figures"),
    getTranslations("caseOutcome"),
    getTranslations("gender"),
    getLocale(),
  ]);
  const label = (key: string): string => {
    const [kind, ...rest] = key.split(".");
    const id = rest.join(".");
    switch (kind) {
      case "outcome":
        return t("closedWith", { outcome: tOutcome(id as never) });
      case "gender":
        return tGender(id as never);
      case "country":
        return countryName(id, locale);
      case "ruleSet": {
        const ruleSet = ruleSetById(id);
        return ruleSet ? (locale === "en" ? ruleSet.titleEn : ruleSet.title) : id;
      }
      case "processingTime":
        return tFigures(`names.${id}` as never);
      default:
        return t(key as never);
    }
  };
  return { ...buildYearlyReport({ year, threshold, current, previous, label }), teamNames: teams.map((team) => team.name), teamIds: teams.map((team) => team.id) };
}

/** The report for a download (PDF, CSV, XLSX): the same tables, and one audit row for the export with its year and row count. */
export async function exportYearlyReport(year: number, format: string): Promise<YearlyReportResult> {
  const user = await authorize("statistics.export");
  const report = await getYearlyReport(year);
  await recordAudit(getDb(), auditActor(user), {
    action: "statistics.export",
    resourceType: "Team",
    resourceId: report.teamIds.join(","),
    reason: JSON.stringify({ format, filter: { year }, rows: report.tables.reduce((sum, table) => sum + table.rows.length, 0) }),
  });
  return report;
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseOutcome, ReferralDecision } from "@/lib/generated/prisma/enums";
import { getDb, type Db } from "@/lib/db";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { utcParameter } from "@/lib/data/scope";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { OFFICE_TIME_ZONE, startOfOfficeDay } from "@/lib/dates";
import { CASE_OUTCOMES } from "@/lib/vocabularies/case-statuses";
import { REFERRAL_DECISIONS } from "@/lib/vocabularies/referrals";
import { RULE_SETS } from "@/lib/eligibility";
import type { Gender } from "@/lib/vocabularies/genders";
import { GENDERS } from "@/lib/vocabularies/genders";
import {
  AGE_BANDS,
  HOUSEHOLD_SIZES,
  IOM_DIMENSIONS,
  IOM_SCORES,
  householdSizeOf,
  type AgeBand,
  type HouseholdSize,
  type IomDimension,
  PROCESSING_PERCENTILES,
  PROCESSING_TIMES,
  fillMonths,
  isSanePeriod,
  periodEndExclusive,
  splitByWholeMonths,
  type FigurePeriod,
  type ProcessingTimeId,
} from "@/lib/statistics/figures";

// The queries behind every figure of lib/statistics/figures.ts: one query per
// definition, parameterised by a period (office days), the teams and
// optionally the adviser, and grouped by month. The dashboard asks for a
// period, the yearly report for a year (yearPeriod), and both get the same
// numbers for the same days.
//
// A filter is made only by `authorizeFigures`, which checks the permission,
// narrows the teams to those the user may see and audits the look; the query
// functions take that filter and nothing else, so none of them can be called
// for teams outside the user's reach.
//
// Counts and sums are bigint in SQL and numbers here (exact to 2^53): a year's
// granted amounts at the 100,000-case seed pass 2^31 (decision 017).
//
// The figures of the dashboard (opened, closings by outcome, returns by
// country, grant decisions, the four processing times) are defined once, in
// the database: the function figure_events_of_cases (migration
// figure_summary) derives every event a case adds to them into "FigureEvent",
// and a trigger keeps them, and their sums per team, adviser and month in
// "FigureMonth", in step with every write (decision 027). A query here reads
// the months a period covers whole from FigureMonth and the days at its ends
// from FigureEvent, so the last 24 months are a few thousand rows whatever the
// office's size.
//
// Cases removed by retention (gallring) count through the anonymous records
// they leave (RetainedCaseStatistics and its RetainedCaseEvent rows, written
// by lib/data/retention-statistics.ts from these same definitions): the same
// trigger adds their events to FigureEvent, so a past period's figures do not
// change when its cases are removed (lib/data/retention.db.test.ts proves it).
//
// What "still stands" means: a status change that was undone later (another
// change names it in "undoesId") did not happen, and the undo itself is no new
// event; neither is counted.

declare const figureFilterBrand: unique symbol;

/** The cases a figure counts and the days it looks at; made only by authorizeFigures. */
export type FigureFilter = {
  readonly period: FigurePeriod;
  readonly teamIds: readonly string[];
  /** The case's current adviser; null for all the teams' advisers. */
  readonly adviserId: string | null;
  readonly [figureFilterBrand]: true;
};

export type FigureRequest = { period: FigurePeriod; teamIds?: readonly string[]; adviserId?: string | null };

export type FigureTeam = { id: string; name: string };

/**
 * The teams whose figures a user may see. A manager sees their team; the
 * office view is every team they manage. One place to widen when a manager
 * can lead more than one team.
 */
export async function figureTeamsOf(user: SignedInUser, db: Db = getDb()): Promise<FigureTeam[]> {
  if (user.role !== "MANAGER" || !user.teamId) return [];
  return db.team.findMany({ where: { id: user.teamId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export class InvalidFigurePeriodError extends Error {
  constructor() {
    super("figures: the period must be real office days, from ≤ to, at most ten years");
  }
}

/**
 * Checks the permission, keeps only the teams the user may see (all of them
 * when none are asked for) and audits the look. Figures are counts: no person
 * is named, but who looked at which teams' figures is still in the trail.
 */
export async function authorizeFigures(request: FigureRequest, db: Db = getDb()): Promise<{ user: SignedInUser; teams: FigureTeam[]; filter: FigureFilter }> {
  const user = await authorize("statistics.read");
  if (!isSanePeriod(request.period)) throw new InvalidFigurePeriodError();
  const teams = await figureTeamsOf(user, db);
  const allowed = new Set(teams.map((team) => team.id));
  const asked = (request.teamIds ?? []).filter((id) => allowed.has(id));
  const teamIds = asked.length > 0 ? asked : [...allowed];
  const filter = { period: request.period, teamIds, adviserId: request.adviserId ?? null } as unknown as FigureFilter;
  await recordAudit(db, auditActor(user), {
    action: "statistics.read",
    resourceType: "Team",
    resourceId: teamIds.join(","),
    reason: `${request.period.from}..${request.period.to}${filter.adviserId ? ` adviser=${filter.adviserId}` : ""}`,
  });
  return { user, teams, filter };
}

// ── SQL pieces ───────────────────────────────────────────────────────────────

const toNumber = (value: bigint | number | string | null | { toString(): string }): number =>
  value === null ? 0 : Number(typeof value === "object" ? value.toString() : value);

/**
 * The rows the filter covers, by their team and adviser: the cases ("Case" aliased `c`) or their
 * events ("FigureEvent" aliased `e`, which carries its case's team and adviser now).
 */
function inScope(alias: "c" | "e", filter: FigureFilter): Prisma.Sql {
  if (filter.teamIds.length === 0) return Prisma.sql`FALSE`;
  const table = Prisma.raw(alias);
  const teams = Prisma.sql`${table}."teamId" IN (${Prisma.join([...filter.teamIds])})`;
  return filter.adviserId ? Prisma.sql`(${teams} AND ${table}."adviserId" = ${filter.adviserId})` : teams;
}

const casesOf = (filter: FigureFilter) => inScope("c", filter);
const eventsOf = (filter: FigureFilter) => inScope("e", filter);

/** The figures whose events the database keeps (FigureEvent, FigureMonth): the dashboard's. */
type SummedFigure = "opened" | "closedByOutcome" | "returned" | "returnedByNationality" | "grantDecisions" | ProcessingTimeId;

/**
 * The events of one figure that the filter covers, as rows of (month
 * "YYYY-MM", key, days, n, amount): the months the period covers whole from
 * FigureMonth (the team's total, "*", or the adviser's; a row whose events
 * have all gone stays with n = 0 and is left out), the days at its ends from
 * FigureEvent. Both hold live and removed cases alike.
 */
function counted(figure: SummedFigure, filter: FigureFilter): Prisma.Sql {
  if (filter.teamIds.length === 0) return Prisma.sql`SELECT ''::text AS month, ''::text AS key, 0 AS days, 0::bigint AS n, 0::bigint AS amount WHERE FALSE`;
  const teams = Prisma.join([...filter.teamIds]);
  const { months, edges } = splitByWholeMonths(filter.period);
  const parts: Prisma.Sql[] = [];
  if (months) {
    parts.push(Prisma.sql`
      SELECT to_char(m.month, 'YYYY-MM') AS month, m.key, m.days, m.n, m."amountSek" AS amount FROM "FigureMonth" m
      WHERE m.figure = ${figure} AND m."teamId" IN (${teams}) AND m."adviserId" = ${filter.adviserId ?? "*"} AND m.n <> 0
        AND m.month >= ${`${months.first}-01`}::date AND m.month <= ${`${months.last}-01`}::date`);
  }
  if (edges.length > 0) {
    parts.push(Prisma.sql`
      SELECT to_char(e.day, 'YYYY-MM') AS month, e.key, e.days, 1::bigint AS n, coalesce(e."amountSek", 0) AS amount FROM "FigureEvent" e
      WHERE e.figure = ${figure} AND ${eventsOf(filter)}
        AND (${Prisma.join(edges.map((edge) => Prisma.sql`(${dayIn(Prisma.sql`e.day`, edge)})`), " OR ")})`);
  }
  return Prisma.join(parts, " UNION ALL ");
}

/** A `@db.Date` column within the period. */
function dayIn(column: Prisma.Sql, period: FigurePeriod): Prisma.Sql {
  return Prisma.sql`${column} >= ${period.from}::date AND ${column} < ${periodEndExclusive(period)}::date`;
}

/** An instant column (timestamp, UTC) within the period's office days. */
function instantIn(column: Prisma.Sql, period: FigurePeriod): Prisma.Sql {
  return Prisma.sql`${column} >= ${utcParameter(startOfOfficeDay(period.from))} AND ${column} < ${utcParameter(startOfOfficeDay(periodEndExclusive(period)))}`;
}

/** The office day of an instant column. */
function officeDay(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(timezone(${Prisma.raw(`'${OFFICE_TIME_ZONE}'`)}, ${column} AT TIME ZONE 'UTC'))::date`;
}

/**
 * A case whose standing change to `toStatus` (a departure, a closing with
 * `outcome`) falls in the period: the cases a bar of "returned" or "closed by
 * outcome" counted (their FigureEvent rows), for the case list that a click on
 * the bar opens.
 */
export function hasStandingChangeSql(toStatus: "DEPARTED" | "CLOSED", period: FigurePeriod, outcome?: CaseOutcome): Prisma.Sql {
  const figure: SummedFigure = toStatus === "DEPARTED" ? "returned" : "closedByOutcome";
  const withOutcome = outcome ? Prisma.sql`AND e.key = ${outcome}` : Prisma.empty;
  return Prisma.sql`EXISTS (SELECT 1 FROM "FigureEvent" e WHERE e."caseId" = c.id AND e.figure = ${figure} AND ${dayIn(Prisma.sql`e.day`, period)} ${withOutcome})`;
}

/** A case opened in the period (office days), as "opened" counts it (its event is the office day of openedAt). */
export function openedInSql(period: FigurePeriod): Prisma.Sql {
  return instantIn(Prisma.sql`c."openedAt"`, period);
}

// ── The figures ──────────────────────────────────────────────────────────────

export type MonthCount = { month: string; count: number };

export type OpenedFigure = { total: number; byMonth: MonthCount[] };

/** Cases opened, dated by the office day of opening. */
export async function countOpened(filter: FigureFilter, db: Db = getDb()): Promise<OpenedFigure> {
  const rows = await db.$queryRaw<{ month: string; n: bigint }[]>`
    SELECT month, sum(n)::bigint AS n FROM (${counted("opened", filter)}) opened GROUP BY 1`;
  const byMonth = fillMonths(filter.period, rows.map((row) => ({ month: row.month, count: toNumber(row.n) })), (m) => ({ month: m, count: 0 }));
  return { total: byMonth.reduce((sum, row) => sum + row.count, 0), byMonth };
}

export type OutcomeCounts = Record<CaseOutcome, number>;
export type ClosedFigure = { total: number; byOutcome: OutcomeCounts; byMonth: { month: string; total: number; byOutcome: OutcomeCounts }[] };

const noOutcomes = (): OutcomeCounts => Object.fromEntries(CASE_OUTCOMES.map((outcome) => [outcome, 0])) as OutcomeCounts;

/**
 * Cases closed, by outcome, dated by the closing's effective date. A closing
 * recorded without an outcome (none can be made today) counts as OTHER.
 */
export async function countClosedByOutcome(filter: FigureFilter, db: Db = getDb()): Promise<ClosedFigure> {
  const rows = await db.$queryRaw<{ month: string; outcome: CaseOutcome; n: bigint }[]>`
    SELECT month, key AS outcome, sum(n)::bigint AS n FROM (${counted("closedByOutcome", filter)}) closings GROUP BY 1, 2`;
  const byOutcome = noOutcomes();
  const months = new Map<string, { month: string; total: number; byOutcome: OutcomeCounts }>();
  for (const row of rows) {
    const n = toNumber(row.n);
    byOutcome[row.outcome] += n;
    const entry = months.get(row.month) ?? { month: row.month, total: 0, byOutcome: noOutcomes() };
    entry.byOutcome[row.outcome] += n;
    entry.total += n;
    months.set(row.month, entry);
  }
  return {
    total: Object.values(byOutcome).reduce((sum, n) => sum + n, 0),
    byOutcome,
    byMonth: fillMonths(filter.period, [...months.values()], (m) => ({ month: m, total: 0, byOutcome: noOutcomes() })),
  };
}

export type CountryCount = { country: string | null; count: number };
export type ReturnedFigure = { total: number; byMonth: MonthCount[]; byCountry: CountryCount[] };

/**
 * Returns: departures that still stand, dated by the departure date, with the
 * case's destination country. The total, the months and the countries are
 * read from one grouping, so they always sum to the same number.
 */
export async function countReturned(filter: FigureFilter, db: Db = getDb()): Promise<ReturnedFigure> {
  // The key is the destination country, "" for none.
  const rows = await db.$queryRaw<{ month: string; country: string | null; n: bigint }[]>`
    SELECT month, nullif(key, '') AS country, sum(n)::bigint AS n FROM (${counted("returned", filter)}) departures GROUP BY 1, 2`;
  const months = new Map<string, number>();
  const countries = new Map<string | null, number>();
  for (const row of rows) {
    const n = toNumber(row.n);
    months.set(row.month, (months.get(row.month) ?? 0) + n);
    countries.set(row.country, (countries.get(row.country) ?? 0) + n);
  }
  const byMonth = fillMonths(filter.period, [...months].map(([m, count]) => ({ month: m, count })), (m) => ({ month: m, count: 0 }));
  const byCountry = [...countries]
    .map(([country, count]) => ({ country, count }))
    // Most returns first; the cases without a destination last among equals.
    .sort((a, b) => b.count - a.count || Number(a.country === null) - Number(b.country === null) || (a.country ?? "").localeCompare(b.country ?? ""));
  return { total: byMonth.reduce((sum, row) => sum + row.count, 0), byMonth, byCountry };
}

export type DecisionFigure = { count: number; amountSek: number };
export type GrantDecisionsFigure = {
  byDecision: Record<ReferralDecision, DecisionFigure>;
  byMonth: { month: string; byDecision: Record<ReferralDecision, DecisionFigure> }[];
};

const noDecisions = (): Record<ReferralDecision, DecisionFigure> =>
  Object.fromEntries(REFERRAL_DECISIONS.map((decision) => [decision, { count: 0, amountSek: 0 }])) as Record<ReferralDecision, DecisionFigure>;

/** Decisions on referrals (granted, refused) and the amounts granted, dated by the decision date. */
export async function countGrantDecisions(filter: FigureFilter, db: Db = getDb()): Promise<GrantDecisionsFigure> {
  const rows = await db.$queryRaw<{ month: string; decision: ReferralDecision; n: bigint; amount: bigint }[]>`
    SELECT month, key AS decision, sum(n)::bigint AS n, sum(amount)::bigint AS amount FROM (${counted("grantDecisions", filter)}) decisions GROUP BY 1, 2`;
  const byDecision = noDecisions();
  const months = new Map<string, Record<ReferralDecision, DecisionFigure>>();
  for (const row of rows) {
    const [n, amount] = [toNumber(row.n), toNumber(row.amount)];
    byDecision[row.decision].count += n;
    byDecision[row.decision].amountSek += amount;
    const entry = months.get(row.month) ?? noDecisions();
    entry[row.decision].count += n;
    entry[row.decision].amountSek += amount;
    months.set(row.month, entry);
  }
  return {
    byDecision,
    byMonth: fillMonths(filter.period, [...months].map(([m, decisions]) => ({ month: m, byDecision: decisions })), (m) => ({ month: m, byDecision: noDecisions() })),
  };
}

export type ProcessingTime = { count: number; medianDays: number | null; p90Days: number | null };

/**
 * Every interval of every processing time on one case, with the day it is
 * dated by: what retention keeps of a case it removes, so the times of a past
 * period stay the same (the case's own FigureEvent rows).
 */
export async function processingIntervalsOfCase(caseId: string, db: Pick<Db, "$queryRaw">): Promise<{ measure: ProcessingTimeId; days: number; endsOn: Date }[]> {
  return db.$queryRaw<{ measure: ProcessingTimeId; days: number; endsOn: Date }[]>`
    SELECT figure AS measure, days, day AS "endsOn" FROM "FigureEvent"
    WHERE "caseId" = ${caseId} AND figure IN (${Prisma.join([...PROCESSING_TIMES])})
    ORDER BY array_position(${[...PROCESSING_TIMES]}::text[], figure), day, days`;
}

/**
 * Median and 90th percentile (interpolated, to a tenth of a day) of one
 * processing time, in days. The intervals come as a histogram (how many of
 * each whole number of days); the percentiles are computed from it exactly as
 * percentile_cont computes them over the intervals one by one: the values at
 * the ranks below and above p × (n − 1), interpolated in float8.
 */
export async function measureProcessingTime(id: ProcessingTimeId, filter: FigureFilter, db: Db = getDb()): Promise<ProcessingTime> {
  const [row] = await db.$queryRaw<{ n: bigint; median: number | null; p90: number | null }[]>`
    WITH histogram AS (
      SELECT days, sum(n) AS n FROM (${counted(id, filter)}) intervals GROUP BY days HAVING sum(n) > 0
    ),
    ranked AS (SELECT days, sum(n) OVER (ORDER BY days) AS upto FROM histogram),
    total AS (SELECT coalesce(sum(n), 0)::bigint AS n FROM histogram),
    wanted AS (
      SELECT p.name, p.at * (total.n - 1)::float8 AS pos
      FROM total, (VALUES ('median', ${PROCESSING_PERCENTILES.median}::float8), ('p90', ${PROCESSING_PERCENTILES.p90}::float8)) p(name, at)
    ),
    valued AS (
      SELECT w.name, w.pos,
             (SELECT r.days FROM ranked r WHERE r.upto > floor(w.pos) ORDER BY r.days LIMIT 1)::float8 AS lo,
             (SELECT r.days FROM ranked r WHERE r.upto > ceil(w.pos) ORDER BY r.days LIMIT 1)::float8 AS hi
      FROM wanted w
    ),
    percentiles AS (SELECT name, round((lo + ((pos - floor(pos)) * (hi - lo)))::numeric, 1)::float8 AS value FROM valued)
    SELECT total.n,
           (SELECT value FROM percentiles WHERE name = 'median') AS median,
           (SELECT value FROM percentiles WHERE name = 'p90') AS p90
    FROM total`;
  return { count: toNumber(row?.n ?? 0), medianDays: row?.median ?? null, p90Days: row?.p90 ?? null };
}

export type ProcessingTimesFigure = Record<ProcessingTimeId, ProcessingTime>;

export async function measureProcessingTimes(filter: FigureFilter, db: Db = getDb()): Promise<ProcessingTimesFigure> {
  const measured = await Promise.all(PROCESSING_TIMES.map((id) => measureProcessingTime(id, filter, db)));
  return Object.fromEntries(PROCESSING_TIMES.map((id, i) => [id, measured[i]!])) as ProcessingTimesFigure;
}

export type AllFigures = {
  opened: OpenedFigure;
  closedByOutcome: ClosedFigure;
  returned: ReturnedFigure;
  grantDecisions: GrantDecisionsFigure;
  processingTimes: ProcessingTimesFigure;
};

/** Every figure for one filter, in parallel. */
export async function computeFigures(filter: FigureFilter, db: Db = getDb()): Promise<AllFigures> {
  const [opened, closedByOutcome, returned, grantDecisions, processingTimes] = await Promise.all([
    countOpened(filter, db),
    countClosedByOutcome(filter, db),
    countReturned(filter, db),
    countGrantDecisions(filter, db),
    measureProcessingTimes(filter, db),
  ]);
  return { opened, closedByOutcome, returned, grantDecisions, processingTimes };
}

// ── The yearly report's figures (issue 14 part 4) ─────────────────────────────

export type PersonsCounselledFigure = { total: number; byAgeBand: Record<AgeBand, Record<Gender, number>> };

/**
 * The cases with a counselling session in the period, each with the office day of its first such
 * session. The sessions are grouped by case before the join, so only the cases counselled are
 * looked up (the period's sessions by CounsellingSession_startsAt_caseId_idx, the cases by
 * Case_team_person_manual_idx, both index-only).
 */
function counselledCases(filter: FigureFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, c."birthDate", c.gender, ${officeDay(Prisma.sql`f.first`)} AS day
    FROM (SELECT cs."caseId", min(cs."startsAt") AS first FROM "CounsellingSession" cs
          WHERE ${instantIn(Prisma.sql`cs."startsAt"`, filter.period)} GROUP BY cs."caseId") f
    JOIN "Case" c ON c.id = f."caseId"
    WHERE ${casesOf(filter)}`;
}

const ageBandOf = (age: number): AgeBand => (AGE_BANDS.find((band) => age >= band.from && (band.to === null || age <= band.to)) ?? AGE_BANDS[0]).id;

export type HouseholdsBySizeFigure = { total: number; bySize: Record<HouseholdSize, number> };

export type CounselledFigures = { persons: PersonsCounselledFigure; households: HouseholdsBySizeFigure };

/**
 * Who was counselled in the period, in one reading of the cases and their households:
 * - persons: the person and every household member of each case with a session in the period,
 *   once per case, by age band (age on the day of the case's first session in the period) and gender;
 * - households: the same cases, by size (the person and their household members).
 */
export async function countCounselled(filter: FigureFilter, db: Db = getDb()): Promise<CounselledFigures> {
  const rows = await db.$queryRaw<{ kind: "person" | "household"; age: number; gender: Gender | ""; n: bigint }[]>`
    WITH counselled AS MATERIALIZED (${counselledCases(filter)}),
    members AS MATERIALIZED (
      SELECT k.id, k.day, m."birthDate", m.gender FROM counselled k JOIN "HouseholdMember" m ON m."caseId" = k.id
    ),
    persons AS (
      SELECT day, "birthDate", gender FROM counselled UNION ALL SELECT day, "birthDate", gender FROM members
    )
    SELECT 'person' AS kind, greatest(0, date_part('year', age(day, "birthDate")))::int AS age, gender::text AS gender, count(*) AS n
    FROM persons GROUP BY 1, 2, 3
    UNION ALL
    SELECT 'household', size, '', count(*)
    FROM (SELECT 1 + count(m.id)::int AS size FROM counselled k LEFT JOIN members m ON m.id = k.id GROUP BY k.id) households
    GROUP BY 1, 2, 3`;
  const byAgeBand = Object.fromEntries(AGE_BANDS.map((band) => [band.id, Object.fromEntries(GENDERS.map((gender) => [gender, 0]))])) as PersonsCounselledFigure["byAgeBand"];
  const bySize = Object.fromEntries(HOUSEHOLD_SIZES.map((size) => [size, 0])) as Record<HouseholdSize, number>;
  let persons = 0;
  let households = 0;
  for (const row of rows) {
    const n = toNumber(row.n);
    if (row.kind === "household") {
      // `age` carries the household's size in these rows.
      bySize[householdSizeOf(row.age)] += n;
      households += n;
    } else {
      byAgeBand[ageBandOf(row.age)][row.gender as Gender] += n;
      persons += n;
    }
  }
  return { persons: { total: persons, byAgeBand }, households: { total: households, bySize } };
}

/** Returns by the person's first citizenship, on the departure date: the live cases' departures of countReturned, keyed by nationality in the summary; null: none recorded. */
export async function countReturnedByNationality(filter: FigureFilter, db: Db = getDb()): Promise<CountryCount[]> {
  const rows = await db.$queryRaw<{ country: string | null; n: bigint }[]>`
    SELECT nullif(key, '') AS country, sum(n)::bigint AS n FROM (${counted("returnedByNationality", filter)}) departures GROUP BY 1`;
  return rows
    .map((row) => ({ country: row.country, count: toNumber(row.n) }))
    .sort((a, b) => b.count - a.count || Number(a.country === null) - Number(b.country === null) || (a.country ?? "").localeCompare(b.country ?? ""));
}

/** One rule set's share of the grant decisions; ruleSetId null: the referral has no sending date, so no rule set applied. */
export type RuleSetDecisions = { ruleSetId: string | null; byDecision: Record<ReferralDecision, DecisionFigure> };

/** The rule set in force on a referral's sending date, as SQL (RULE_SETS is the one list of their dates). */
function ruleSetOnSending(): Prisma.Sql {
  const newestFirst = [...RULE_SETS].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const branches = newestFirst.map((ruleSet) => Prisma.sql`WHEN r."sentOn" >= ${ruleSet.validFrom}::date THEN ${ruleSet.id}`);
  return Prisma.sql`CASE WHEN r."sentOn" IS NULL THEN NULL ${Prisma.join(branches, " ")} ELSE NULL END`;
}

/** The grant decisions (countGrantDecisions' rows) by the rule set in force when the application was sent; sums to them. */
export async function countGrantDecisionsByRuleSet(filter: FigureFilter, db: Db = getDb()): Promise<RuleSetDecisions[]> {
  const rows = await db.$queryRaw<{ ruleSetId: string | null; decision: ReferralDecision; n: bigint; amount: bigint }[]>`
    SELECT ${ruleSetOnSending()} AS "ruleSetId", r.decision::text AS decision, count(*) AS n,
           coalesce(sum(r."decisionAmountSek"::bigint), 0)::bigint AS amount
    FROM "Referral" r JOIN "Case" c ON c.id = r."caseId"
    WHERE r.decision IS NOT NULL AND ${dayIn(Prisma.sql`r."decidedOn"`, filter.period)} AND ${casesOf(filter)}
    GROUP BY 1, 2`;
  const sets = new Map<string | null, RuleSetDecisions>();
  for (const row of rows) {
    const entry = sets.get(row.ruleSetId) ?? { ruleSetId: row.ruleSetId, byDecision: noDecisions() };
    entry.byDecision[row.decision].count += toNumber(row.n);
    entry.byDecision[row.decision].amountSek += toNumber(row.amount);
    sets.set(row.ruleSetId, entry);
  }
  const order = (id: string | null) => (id === null ? RULE_SETS.length : RULE_SETS.findIndex((ruleSet) => ruleSet.id === id));
  return [...sets.values()].sort((a, b) => order(a.ruleSetId) - order(b.ruleSetId));
}

export type FollowUpResultsFigure = {
  /** Follow-ups done in the period. */
  total: number;
  /** For each IOM dimension, how many follow-ups gave each score (1–5); follow-ups without a score for it are left out. */
  byDimension: Record<IomDimension, Record<(typeof IOM_SCORES)[number], number>>;
};

/** Follow-ups after return done in the period, each IOM dimension's scores, dated by the day the follow-up was done. */
export async function countFollowUpResults(filter: FigureFilter, db: Db = getDb()): Promise<FollowUpResultsFigure> {
  const rows = await db.$queryRaw<{ economic: number | null; social: number | null; psychosocial: number | null; n: bigint }[]>`
    SELECT f."economicScore" AS economic, f."socialScore" AS social, f."psychosocialScore" AS psychosocial, count(*) AS n
    FROM "FollowUp" f JOIN "Case" c ON c.id = f."caseId"
    WHERE f."completedOn" IS NOT NULL AND ${dayIn(Prisma.sql`f."completedOn"`, filter.period)} AND ${casesOf(filter)}
    GROUP BY 1, 2, 3`;
  const noScores = () => Object.fromEntries(IOM_SCORES.map((score) => [score, 0])) as Record<(typeof IOM_SCORES)[number], number>;
  const byDimension = Object.fromEntries(IOM_DIMENSIONS.map((dimension) => [dimension, noScores()])) as FollowUpResultsFigure["byDimension"];
  let total = 0;
  for (const row of rows) {
    const n = toNumber(row.n);
    total += n;
    for (const dimension of IOM_DIMENSIONS) {
      const score = row[dimension];
      if (score !== null && score >= 1 && score <= 5) byDimension[dimension][score as (typeof IOM_SCORES)[number]] += n;
    }
  }
  return { total, byDimension };
}

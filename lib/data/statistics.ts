import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseOutcome, CaseStatus, ReferralDecision } from "@/lib/generated/prisma/enums";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { caseScope, caseScopeSql } from "@/lib/data/scope";
import { officeToday, startOfOfficeDay } from "@/lib/dates";

// A manager's view of their team: who carries how many open cases, and what
// the year brought (cases opened and closed, returns, grant decisions and how
// people were doing after return). Counts only: no person is named, so the
// page reads no personal data; looking at it is still audited.
//
// Every figure is summed in SQL as bigint (count) or numeric (sum) and turned
// into a number here: a year's granted amounts for a large team pass 2^31 SEK
// (4.2 billion at the 100,000-case seed), which an ::int cast refused with
// "integer out of range". A JavaScript number holds them exactly up to 2^53.
// Each query is served by an index (see the statistics_indexes migration), so
// the page reads no big table in full; the pool's statement timeout
// (DB_STATEMENT_TIMEOUT_MS) bounds what a request can cost once its client has gone.

export type AdviserCaseload = { adviserId: string; adviserName: string; byStatus: Partial<Record<CaseStatus, number>>; total: number };

export type YearStatistics = {
  year: number;
  opened: number;
  closedByOutcome: Partial<Record<CaseOutcome, number>>;
  departuresByCountry: { country: string | null; count: number }[];
  referralDecisions: Partial<Record<ReferralDecision, { count: number; amountSek: number }>>;
  /** Average IOM scores (1–5) of follow-ups done in the year, by months after return. */
  followUps: { monthsAfterReturn: number; count: number; economic: number | null; social: number | null; psychosocial: number | null }[];
};

export type TeamStatistics = { teamName: string; caseload: AdviserCaseload[]; years: number[]; selected: YearStatistics };

/** The first day of a year and of the next, as instants in the office's time zone. */
/** A bigint or numeric from the database (pg gives a string, Prisma a bigint or Decimal) as a number. */
const toNumber = (value: bigint | number | string | { toString(): string }): number => Number(typeof value === "object" ? value.toString() : value);

function yearBounds(year: number): [Date, Date] {
  return [startOfOfficeDay(`${year}-01-01`), startOfOfficeDay(`${year + 1}-01-01`)];
}

/** The team's statistics for `year` (this year when absent or outside the team's years); null for a manager without a team. */
export async function getTeamStatistics(year?: number): Promise<TeamStatistics | null> {
  const user = await authorize("statistics.read");
  if (!user.teamId) return null;
  const teamId = user.teamId;
  const db = getDb();
  const thisYear = Number(officeToday().slice(0, 4));

  // A manager's scope is their team's cases: the statistics count exactly the cases they may see.
  const inScope = caseScope(user);
  const inScopeSql = caseScopeSql(user);
  const [team, firstCase] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true } }),
    db.case.findFirst({ where: inScope, orderBy: { openedAt: "asc" }, select: { openedAt: true } }),
    db.retainedCaseStatistics.findFirst({ where: { teamId }, orderBy: { openedAt: "asc" }, select: { openedAt: true } }),
  ]).then(([teamRow, live, removed]) => [teamRow, [live, removed].filter((row) => row !== null).sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())[0] ?? null] as const);
  const firstYear = firstCase ? Number(officeToday(firstCase.openedAt).slice(0, 4)) : thisYear;
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);
  const selectedYear = year !== undefined && years.includes(year) ? year : thisYear;
  const [from, to] = yearBounds(selectedYear);
  const [fromDay, toDay] = [`${selectedYear}-01-01`, `${selectedYear + 1}-01-01`];

  // Cases removed by retention count from their anonymous records (RetainedCaseStatistics and its
  // events, lib/data/retention-statistics.ts), kept in the team they were in: a past year's figures
  // stay the same after its cases are removed (lib/data/retention.db.test.ts).
  const removedInTeam = Prisma.sql`r."teamId" = ${teamId}`;
  const [caseload, opened, removedOpened, closings, departures, decisions, followUps] = await Promise.all([
    db.$queryRaw<{ adviserId: string; adviserName: string; status: CaseStatus; n: bigint }[]>`
      SELECT u.id AS "adviserId", u.name AS "adviserName", c.status::text AS status, count(*) AS n
      FROM "Case" c JOIN "User" u ON u.id = c."adviserId"
      WHERE ${inScopeSql} AND c.status <> 'CLOSED'
      GROUP BY u.id, u.name, c.status`,
    db.case.count({ where: { AND: [inScope, { openedAt: { gte: from, lt: to } }] } }),
    db.retainedCaseStatistics.count({ where: { teamId, openedAt: { gte: from, lt: to } } }),
    db.$queryRaw<{ outcome: CaseOutcome; n: bigint }[]>`
      SELECT outcome::text AS outcome, count(*) AS n FROM (
        SELECT s.outcome FROM "CaseStatusChange" s JOIN "Case" c ON c.id = s."caseId"
        WHERE ${inScopeSql} AND s."toStatus" = 'CLOSED' AND s."effectiveOn" >= ${fromDay}::date AND s."effectiveOn" < ${toDay}::date
        UNION ALL
        SELECT e.outcome FROM "RetainedCaseEvent" e JOIN "RetainedCaseStatistics" r ON r.id = e."recordId"
        WHERE ${removedInTeam} AND e.kind = 'STATUS_CHANGE' AND e."toStatus" = 'CLOSED' AND e."occurredOn" >= ${fromDay}::date AND e."occurredOn" < ${toDay}::date
      ) closings
      GROUP BY outcome`,
    db.$queryRaw<{ country: string | null; n: bigint }[]>`
      SELECT country, count(*) AS n FROM (
        SELECT c."destinationCountry" AS country FROM "CaseStatusChange" s JOIN "Case" c ON c.id = s."caseId"
        WHERE ${inScopeSql} AND s."toStatus" = 'DEPARTED' AND s."effectiveOn" >= ${fromDay}::date AND s."effectiveOn" < ${toDay}::date
        UNION ALL
        SELECT r."destinationCountry" FROM "RetainedCaseEvent" e JOIN "RetainedCaseStatistics" r ON r.id = e."recordId"
        WHERE ${removedInTeam} AND e.kind = 'STATUS_CHANGE' AND e."toStatus" = 'DEPARTED' AND e."occurredOn" >= ${fromDay}::date AND e."occurredOn" < ${toDay}::date
      ) departures
      GROUP BY country
      ORDER BY count(*) DESC, country`,
    db.$queryRaw<{ decision: ReferralDecision; n: bigint; amount: bigint }[]>`
      SELECT decision::text AS decision, count(*) AS n, coalesce(sum(amount), 0)::bigint AS amount FROM (
        SELECT r.decision, r."decisionAmountSek" AS amount FROM "Referral" r JOIN "Case" c ON c.id = r."caseId"
        WHERE ${inScopeSql} AND r.decision IS NOT NULL AND r."decidedOn" >= ${fromDay}::date AND r."decidedOn" < ${toDay}::date
        UNION ALL
        SELECT e.decision, e."amountSek" FROM "RetainedCaseEvent" e JOIN "RetainedCaseStatistics" r ON r.id = e."recordId"
        WHERE ${removedInTeam} AND e.kind = 'REFERRAL_DECISION' AND e."occurredOn" >= ${fromDay}::date AND e."occurredOn" < ${toDay}::date
      ) decisions
      GROUP BY decision`,
    db.$queryRaw<{ months: number; n: bigint; economic: number | null; social: number | null; psychosocial: number | null }[]>`
      SELECT months, count(*) AS n,
             round(avg(economic), 1)::float8 AS economic, round(avg(social), 1)::float8 AS social,
             round(avg(psychosocial), 1)::float8 AS psychosocial
      FROM (
        SELECT f."monthsAfterReturn" AS months, f."economicScore" AS economic, f."socialScore" AS social, f."psychosocialScore" AS psychosocial
        FROM "FollowUp" f JOIN "Case" c ON c.id = f."caseId"
        WHERE ${inScopeSql} AND f."completedOn" >= ${fromDay}::date AND f."completedOn" < ${toDay}::date
        UNION ALL
        SELECT e."monthsAfterReturn", e."economicScore", e."socialScore", e."psychosocialScore"
        FROM "RetainedCaseEvent" e JOIN "RetainedCaseStatistics" r ON r.id = e."recordId"
        WHERE ${removedInTeam} AND e.kind = 'FOLLOW_UP' AND e."occurredOn" >= ${fromDay}::date AND e."occurredOn" < ${toDay}::date
      ) follow_ups
      GROUP BY months
      ORDER BY months`,
  ]);

  await recordAudit(db, auditActor(user), { action: "statistics.read", resourceType: "Team", resourceId: teamId, reason: String(selectedYear) });

  const advisers = new Map<string, AdviserCaseload>();
  for (const row of caseload) {
    const entry = advisers.get(row.adviserId) ?? { adviserId: row.adviserId, adviserName: row.adviserName, byStatus: {}, total: 0 };
    const n = toNumber(row.n);
    entry.byStatus[row.status] = n;
    entry.total += n;
    advisers.set(row.adviserId, entry);
  }

  return {
    teamName: team.name,
    caseload: [...advisers.values()].sort((a, b) => b.total - a.total || a.adviserName.localeCompare(b.adviserName, "sv")),
    years,
    selected: {
      year: selectedYear,
      opened: opened + removedOpened,
      closedByOutcome: Object.fromEntries(closings.map((row) => [row.outcome, toNumber(row.n)])),
      departuresByCountry: departures.map((row) => ({ country: row.country, count: toNumber(row.n) })),
      referralDecisions: Object.fromEntries(decisions.map((row) => [row.decision, { count: toNumber(row.n), amountSek: toNumber(row.amount) }])),
      followUps: followUps.map((row) => ({ monthsAfterReturn: row.months, count: toNumber(row.n), economic: row.economic, social: row.social, psychosocial: row.psychosocial })),
    },
  };
}

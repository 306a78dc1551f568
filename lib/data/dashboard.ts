import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { officeToday } from "@/lib/dates";
import { countPendingApprovals } from "@/lib/data/approvals";
import { followUpDueSql, isInactiveSql, lateDraftSql, overdueReferralSql, overdueTaskSql } from "@/lib/data/attention";
import { authorizeFigures, computeFigures, type AllFigures, type FigureFilter, type FigureTeam } from "@/lib/data/figures";
import { OFFICE, resolvePeriod, type DashboardView, type ResolvedPeriod } from "@/lib/schemas/dashboard";

// The manager's dashboard (issue 14 part 2): the caseload now, the period's
// figures (lib/data/figures.ts, the one definition of each) and what waits for
// the manager. One authorisation and one audit row per view (authorizeFigures);
// counts only, no person named but the advisers.

export type OpenStatus = Exclude<CaseStatus, "CLOSED">;

export type AdviserCaseload = {
  adviserId: string;
  adviserName: string;
  byStatus: Partial<Record<OpenStatus, number>>;
  total: number;
  overdueTasks: number;
  overdueReferrals: number;
  followUpsDue: number;
};

export type Attention = {
  /** Journal drafts unsigned for more than a working day, and the cases they are on. */
  lateDrafts: { notes: number; cases: number };
  emergencyToReview: number;
  approvalsWaiting: number;
  inactiveCases: number;
};

export type Dashboard = {
  period: ResolvedPeriod;
  teams: FigureTeam[];
  /** The teams shown: one, or all the manager leads ("the office"). */
  teamIds: readonly string[];
  isOffice: boolean;
  adviserId: string | null;
  advisers: { id: string; name: string }[];
  years: number[];
  caseload: AdviserCaseload[];
  attention: Attention;
  figures: AllFigures;
};

const toNumber = (value: bigint | number | null | undefined) => Number(value ?? 0);

function casesOf(filter: FigureFilter): Prisma.Sql {
  if (filter.teamIds.length === 0) return Prisma.sql`FALSE`;
  const teams = Prisma.sql`c."teamId" IN (${Prisma.join([...filter.teamIds])})`;
  return filter.adviserId ? Prisma.sql`(${teams} AND c."adviserId" = ${filter.adviserId})` : teams;
}

/** Open cases per adviser and status, with each adviser's overdue tasks, overdue referrals and follow-ups due. */
export async function readCaseload(filter: FigureFilter, now: Date = new Date()): Promise<AdviserCaseload[]> {
  const db = getDb();
  const cases = Prisma.sql`${casesOf(filter)} AND c.status <> 'CLOSED'`;
  const [statuses, tasks, referrals, followUps] = await Promise.all([
    db.$queryRaw<{ adviserId: string; adviserName: string; status: OpenStatus; n: bigint }[]>`
      SELECT c."adviserId", u.name AS "adviserName", c.status::text AS status, count(*) AS n
      FROM "Case" c JOIN "User" u ON u.id = c."adviserId"
      WHERE ${cases}
      GROUP BY c."adviserId", u.name, c.status`,
    db.$queryRaw<{ adviserId: string; n: bigint }[]>`
      SELECT c."adviserId", count(*) AS n FROM "Task" t JOIN "Case" c ON c.id = t."caseId"
      WHERE ${cases} AND ${overdueTaskSql(now)} GROUP BY c."adviserId"`,
    db.$queryRaw<{ adviserId: string; n: bigint }[]>`
      SELECT c."adviserId", count(*) AS n FROM "Referral" r JOIN "Case" c ON c.id = r."caseId"
      WHERE ${cases} AND ${overdueReferralSql(now)} GROUP BY c."adviserId"`,
    db.$queryRaw<{ adviserId: string; n: bigint }[]>`
      SELECT c."adviserId", count(*) AS n FROM "FollowUp" f JOIN "Case" c ON c.id = f."caseId"
      WHERE ${cases} AND ${followUpDueSql(now)} GROUP BY c."adviserId"`,
  ]);
  const advisers = new Map<string, AdviserCaseload>();
  for (const row of statuses) {
    const entry = advisers.get(row.adviserId) ?? { adviserId: row.adviserId, adviserName: row.adviserName, byStatus: {}, total: 0, overdueTasks: 0, overdueReferrals: 0, followUpsDue: 0 };
    entry.byStatus[row.status] = toNumber(row.n);
    entry.total += toNumber(row.n);
    advisers.set(row.adviserId, entry);
  }
  // Overdue work sits on open cases, so every adviser it names is in the map already.
  for (const [rows, key] of [
    [tasks, "overdueTasks"],
    [referrals, "overdueReferrals"],
    [followUps, "followUpsDue"],
  ] as const) {
    for (const row of rows) {
      const entry = advisers.get(row.adviserId);
      if (entry) entry[key] = toNumber(row.n);
    }
  }
  return [...advisers.values()].sort((a, b) => b.total - a.total || a.adviserName.localeCompare(b.adviserName, "sv"));
}

/** The counts that need the manager, for the filter's teams (all their advisers). */
export async function readAttention(filter: FigureFilter, managerId: string, now: Date = new Date()): Promise<Attention> {
  const db = getDb();
  const teams = casesOf({ ...filter, adviserId: null } as FigureFilter);
  const [[drafts], [inactive], [grants], approvalsWaiting] = await Promise.all([
    db.$queryRaw<{ notes: bigint; cases: bigint }[]>`
      SELECT count(*) AS notes, count(DISTINCT j."caseId") AS cases
      FROM "JournalEntry" j JOIN "Case" c ON c.id = j."caseId"
      WHERE ${teams} AND ${lateDraftSql(now)}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Case" c WHERE ${teams} AND ${isInactiveSql(now)}`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "EmergencyAccess" ea JOIN "Case" c ON c.id = ea."caseId"
      WHERE ${teams} AND ea."userId" <> ${managerId} AND NOT EXISTS (SELECT 1 FROM "EmergencyAccessReview" rv WHERE rv."emergencyAccessId" = ea.id)`,
    countPendingApprovals(),
  ]);
  return {
    lateDrafts: { notes: toNumber(drafts?.notes), cases: toNumber(drafts?.cases) },
    inactiveCases: toNumber(inactive?.n),
    emergencyToReview: toNumber(grants?.n),
    approvalsWaiting,
  };
}

/** The years a period can be chosen from: from the teams' first case to this year. */
async function yearsOf(teamIds: readonly string[], today: string): Promise<number[]> {
  const thisYear = Number(today.slice(0, 4));
  const first = teamIds.length === 0 ? null : await getDb().case.findFirst({ where: { teamId: { in: [...teamIds] } }, orderBy: { openedAt: "asc" }, select: { openedAt: true } });
  const firstYear = first ? Number(officeToday(first.openedAt).slice(0, 4)) : thisYear;
  return Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);
}

/** The advisers of the teams (active, or carrying a case there), for the adviser filter. */
async function advisersOf(teamIds: readonly string[]) {
  return getDb().user.findMany({
    where: { role: "ADVISER", OR: [{ teamId: { in: [...teamIds] }, isActive: true }, { assignedCases: { some: { teamId: { in: [...teamIds] } } } }] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * Everything the dashboard shows for a view; null for a manager who leads no
 * team. The team filter picks one of the manager's teams or all of them.
 */
export async function getDashboard(view: DashboardView, now: Date = new Date()): Promise<Dashboard | null> {
  const today = officeToday(now);
  const period = resolvePeriod(view, today);
  const isOffice = view.team === undefined || view.team === OFFICE;
  const { user, teams, filter } = await authorizeFigures({ period, teamIds: isOffice ? undefined : [view.team!], adviserId: view.adviser ?? null });
  if (teams.length === 0) return null;
  const [figures, caseload, attention, advisers, years] = await Promise.all([
    computeFigures(filter),
    readCaseload(filter, now),
    readAttention(filter, user.id, now),
    advisersOf(filter.teamIds),
    yearsOf(filter.teamIds, today),
  ]);
  return {
    period,
    teams,
    teamIds: filter.teamIds,
    isOffice: filter.teamIds.length === teams.length,
    adviserId: filter.adviserId,
    advisers,
    years,
    caseload,
    attention,
    figures,
  };
}

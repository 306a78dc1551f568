// The manager's dashboard against a real Postgres: the caseload per adviser as
// the cases say, its overdue columns, the counts that need the manager, and
// the case list that each count and each bar links to showing exactly the
// cases counted. The figures themselves: figures.db.test.ts.
import { signInAs } from "@/tests/support/as-user";
import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { addDays, dbDate, officeToday } from "@/lib/dates";
import { getDashboard } from "@/lib/data/dashboard";
import { listCases } from "@/lib/data/case-list";
import { CaseListFilterSchema } from "@/lib/schemas/case";
import { DashboardViewSchema } from "@/lib/schemas/dashboard";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
const TODAY = officeToday();
let world: CaseworkWorld;
const view = (params: Record<string, string> = {}) => DashboardViewSchema.parse(params);
const list = (params: Record<string, string>) => CaseListFilterSchema.parse(params);

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  const { a1, a2, b1 } = world.users;
  const organisation = await db.organisation.create({ data: { name: `Org dashboard ${crypto.randomBytes(3).toString("hex")}`, kind: "AUTHORITY" }, select: { id: true } });

  const counselling = await world.newCase(a1, "COUNSELLING");
  await world.newCase(a1, "COUNSELLING");
  await world.newCase(a1, "PLANNING");
  const awaiting = await world.newCase(a2, "AWAITING_DECISION");
  await world.newCase(b1, "COUNSELLING"); // another team
  // Overdue work on a1's case: a task due yesterday (and one due today, not overdue); a follow-up due today.
  await db.task.createMany({
    data: [
      { caseId: counselling, assigneeId: a1.id, title: "Ring", dueOn: dbDate(addDays(TODAY, -1)) },
      { caseId: counselling, assigneeId: a1.id, title: "Skriv", dueOn: dbDate(TODAY) },
      { caseId: counselling, assigneeId: a1.id, title: "Klar", dueOn: dbDate(addDays(TODAY, -5)), status: "DONE" },
    ],
  });
  await db.followUp.create({ data: { caseId: counselling, monthsAfterReturn: 1, dueOn: dbDate(TODAY) } });
  // a2's referral sent 61 days ago without a decision is overdue; one sent 10 days ago is not.
  await db.referral.createMany({
    data: [
      { caseId: awaiting, organisationId: organisation.id, type: "RETURN_GRANT_APPLICATION", status: "SENT", sentOn: dbDate(addDays(TODAY, -61)) },
      { caseId: awaiting, organisationId: organisation.id, type: "OTHER", status: "RECEIVED", sentOn: dbDate(addDays(TODAY, -10)) },
    ],
  });
  // One case untouched for 61 days; a late journal draft on another.
  await db.case.update({ where: { id: awaiting }, data: { lastEntryAt: new Date(Date.now() - 61 * 86_400_000) } });
  await db.journalEntry.create({ data: { caseId: counselling, kind: "CASE_NOTE", authorId: a1.id, text: "Utkast", createdAt: new Date(Date.now() - 10 * 86_400_000) } });
  await db.journalEntry.create({ data: { caseId: counselling, kind: "CASE_NOTE", authorId: a1.id, text: "Nytt utkast" } });
});

beforeEach(() => signInAs(null));

describe("getDashboard", () => {
  it("shows the caseload per adviser and status as the cases say, with overdue tasks, overdue referrals and follow-ups due", async () => {
    signInAs(world.users.managerA);
    const dashboard = (await getDashboard(view()))!;
    const direct = await db.case.groupBy({ by: ["adviserId", "status"], where: { teamId: world.teams.a, status: { not: "CLOSED" } }, _count: true });
    const shown = dashboard.caseload.flatMap((adviser) => Object.entries(adviser.byStatus).map(([status, n]) => [adviser.adviserId, status, n]));
    expect(shown.sort()).toEqual(direct.map((row) => [row.adviserId, row.status, row._count]).sort());
    expect(dashboard.caseload.find((adviser) => adviser.adviserId === world.users.a1.id)).toMatchObject({
      byStatus: { COUNSELLING: 2, PLANNING: 1 },
      total: 3,
      overdueTasks: 1,
      overdueReferrals: 0,
      followUpsDue: 1,
    });
    expect(dashboard.caseload.find((adviser) => adviser.adviserId === world.users.a2.id)).toMatchObject({ total: 1, overdueTasks: 0, overdueReferrals: 1, followUpsDue: 0 });
    expect(dashboard.caseload.some((adviser) => adviser.adviserId === world.users.b1.id)).toBe(false);
    expect(dashboard.period).toMatchObject({ kind: "24m", to: TODAY });
    expect(dashboard.figures.opened.byMonth).toHaveLength(24);
    expect(dashboard.figures.opened.total).toBe(4);
  });

  it("counts what needs the manager, and each count's case list shows the cases counted", async () => {
    signInAs(world.users.managerA);
    const { attention } = (await getDashboard(view()))!;
    expect(attention).toMatchObject({ lateDrafts: { notes: 1, cases: 1 }, inactiveCases: 1, emergencyToReview: 0, approvalsWaiting: 0 });
    expect((await listCases(list({ needs: "lateDrafts" }))).rows).toHaveLength(attention.lateDrafts.cases);
    expect((await listCases(list({ needs: "inactive" }))).rows).toHaveLength(attention.inactiveCases);
  });

  it("narrows to one adviser, and the team's counts stay the team's", async () => {
    signInAs(world.users.managerA);
    const dashboard = (await getDashboard(view({ adviser: world.users.a2.id })))!;
    expect(dashboard.caseload.map((adviser) => adviser.adviserId)).toEqual([world.users.a2.id]);
    expect(dashboard.figures.opened.total).toBe(1);
    expect(dashboard.advisers.map((adviser) => adviser.id)).toEqual(expect.arrayContaining([world.users.a1.id, world.users.a2.id]));
    expect(dashboard.advisers.map((adviser) => adviser.id)).not.toContain(world.users.b1.id);
  });

  it("takes a year or two dates as the period; a bad period falls back to the last 24 months", async () => {
    signInAs(world.users.managerA);
    const year = Number(TODAY.slice(0, 4)) - 1;
    expect((await getDashboard(view({ period: String(year) })))!.period).toEqual({ from: `${year}-01-01`, to: `${year}-12-31`, kind: "year", year });
    expect((await getDashboard(view({ period: "custom", from: "2025-02-01", to: "2025-03-15" })))!.period).toEqual({ from: "2025-02-01", to: "2025-03-15", kind: "custom" });
    expect((await getDashboard(view({ period: "custom", from: "2025-03-15", to: "2025-02-01" })))!.period.kind).toBe("24m");
    expect((await getDashboard(view({ period: "9999" })))!.period.kind).toBe("24m");
  });

  it("keeps a manager to their own team whatever the URL asks, and audits the look", async () => {
    signInAs(world.users.managerB);
    const dashboard = (await getDashboard(view({ team: world.teams.a })))!;
    expect(dashboard.teamIds).toEqual([world.teams.b]);
    expect(dashboard.caseload.map((adviser) => adviser.adviserId)).toEqual([world.users.b1.id]);
    expect(await db.auditEvent.count({ where: { action: "statistics.read", userId: world.users.managerB.id, resourceId: world.teams.b } })).toBeGreaterThan(0);
  });

  it("is refused to advisers, staff and administrators", async () => {
    for (const user of [world.users.a1, world.users.staff, world.users.admin]) {
      signInAs(user);
      await expect(getDashboard(view())).rejects.toThrow(NOT_FOUND);
    }
  });
});

describe("the case list behind a bar", () => {
  it("lists the cases a month's returns, a country's returns and a month's closings by outcome counted", async () => {
    const { a1 } = world.users;
    const month = "2012-05";
    const make = async (country: string | null) => {
      const id = await world.newCase(a1, "FOLLOW_UP");
      await db.case.update({ where: { id }, data: { destinationCountry: country } });
      return id;
    };
    const iq = await make("IQ");
    const none = await make(null);
    const undone = await make("IQ");
    for (const caseId of [iq, none, undone]) {
      await db.caseStatusChange.create({ data: { caseId, fromStatus: "AWAITING_DECISION", toStatus: "DEPARTED", effectiveOn: dbDate(`${month}-10`), reason: "Rest" } });
    }
    const wrong = await db.caseStatusChange.findFirstOrThrow({ where: { caseId: undone, toStatus: "DEPARTED" }, select: { id: true } });
    await db.caseStatusChange.create({ data: { caseId: undone, fromStatus: "DEPARTED", toStatus: "AWAITING_DECISION", effectiveOn: dbDate(`${month}-11`), reason: "Fel", undoesId: wrong.id } });
    await db.caseStatusChange.create({ data: { caseId: iq, fromStatus: "FOLLOW_UP", toStatus: "CLOSED", outcome: "RETURNED", effectiveOn: dbDate(`${month}-20`), reason: "Klart" } });

    signInAs(world.users.managerA);
    const dashboard = (await getDashboard(view({ period: "custom", from: `${month}-01`, to: `${month}-31` })))!;
    expect(dashboard.figures.returned.byCountry).toEqual([
      { country: "IQ", count: 1 },
      { country: null, count: 1 },
    ]);
    const ids = async (params: Record<string, string>) => (await listCases(list({ status: "all", ...params }))).rows.map((row) => row.id).sort();
    expect(await ids({ dated: "departed", from: `${month}-01`, to: `${month}-31` })).toEqual([iq, none].sort());
    expect(await ids({ dated: "departed", country: "IQ", from: `${month}-01`, to: `${month}-31` })).toEqual([iq]);
    expect(await ids({ dated: "departed", country: "none", from: `${month}-01`, to: `${month}-31` })).toEqual([none]);
    expect(dashboard.figures.closedByOutcome.byOutcome.RETURNED).toBe(1);
    expect(await ids({ dated: "closed", outcome: "RETURNED", from: `${month}-01`, to: `${month}-31` })).toEqual([iq]);
    expect(await ids({ dated: "closed", outcome: "NO_CONTACT", from: `${month}-01`, to: `${month}-31` })).toEqual([]);
  });
});

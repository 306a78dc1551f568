// The managers' statistics against a real Postgres: the caseload per adviser
// and a year's closings, returns, grant decisions and follow-up scores, for
// the manager's own team only, audited, and refused to every other role.
import { signInAs } from "@/tests/support/as-user";
import crypto from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getTeamStatistics } from "@/lib/data/statistics";
import { officeToday, startOfOfficeDay } from "@/lib/dates";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
const TODAY = officeToday();
const THIS_YEAR = Number(TODAY.slice(0, 4));
const today = new Date(`${TODAY}T00:00:00Z`);
let world: CaseworkWorld;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  const { a1, a2 } = world.users;
  const followingUp = async () => {
    const caseId = await world.newCase(a1, "COUNSELLING");
    await db.case.update({ where: { id: caseId }, data: { status: "FOLLOW_UP" } });
    return caseId;
  };
  await world.newCase(a1, "COUNSELLING");
  await world.newCase(a1, "COUNSELLING");
  await world.newCase(a1, "PLANNING");
  await world.newCase(a2, "AWAITING_DECISION");

  // Closed today as returned, after a departure today to Iraq. Made from cases in counselling,
  // whose factory history holds no departure or closing of its own.
  const returned = await world.newCase(a2, "COUNSELLING");
  await db.case.update({ where: { id: returned }, data: { status: "CLOSED", outcome: "RETURNED", destinationCountry: "IQ" } });
  await db.caseStatusChange.createMany({
    data: [
      { caseId: returned, fromStatus: "AWAITING_DECISION", toStatus: "DEPARTED", effectiveOn: today, reason: "Rest" },
      { caseId: returned, fromStatus: "FOLLOW_UP", toStatus: "CLOSED", outcome: "RETURNED", effectiveOn: today, reason: "Klart" },
    ],
  });

  const organisation = await db.organisation.create({ data: { name: `Migrationsverket ${crypto.randomBytes(3).toString("hex")}`, kind: "AUTHORITY" } });
  await db.referral.createMany({
    data: [
      { caseId: returned, organisationId: organisation.id, type: "RETURN_GRANT_APPLICATION", status: "DECIDED", decision: "GRANTED", decisionAmountSek: 30_000, decidedOn: today },
      { caseId: returned, organisationId: organisation.id, type: "REINTEGRATION_PROGRAMME", status: "DECIDED", decision: "REFUSED", decidedOn: today },
    ],
  });
  await db.followUp.createMany({
    data: [
      { caseId: returned, monthsAfterReturn: 1, dueOn: today, completedOn: today, economicScore: 4, socialScore: 3, psychosocialScore: 5 },
      { caseId: await followingUp(), monthsAfterReturn: 1, dueOn: today, completedOn: today, economicScore: 2, socialScore: 3, psychosocialScore: 4 },
    ],
  });
});

beforeEach(() => {
  signInAs(null);
});

describe("getTeamStatistics", () => {
  it("counts the team's open cases per adviser and status, as the cases themselves say", async () => {
    signInAs(world.users.managerA);
    const stats = (await getTeamStatistics())!;
    const direct = await db.case.groupBy({ by: ["adviserId", "status"], where: { teamId: world.teams.a, status: { not: "CLOSED" } }, _count: true });
    const fromStats = stats.caseload.flatMap((adviser) => Object.entries(adviser.byStatus).map(([status, n]) => [adviser.adviserId, status, n]));
    expect(fromStats.sort()).toEqual(direct.map((row) => [row.adviserId, row.status, row._count]).sort());
    expect(stats.caseload.find((adviser) => adviser.adviserId === world.users.a1.id)).toMatchObject({
      byStatus: { COUNSELLING: 2, PLANNING: 1, FOLLOW_UP: 1 },
      total: 4,
    });
  });

  it("sums the year's closings, returns, decisions and follow-up scores", async () => {
    signInAs(world.users.managerA);
    const { selected, years } = (await getTeamStatistics())!;
    expect(years[0]).toBe(THIS_YEAR);
    expect(selected.year).toBe(THIS_YEAR);
    expect(selected.closedByOutcome).toEqual({ RETURNED: 1 });
    expect(selected.departuresByCountry).toEqual([{ country: "IQ", count: 1 }]);
    expect(selected.referralDecisions).toEqual({ GRANTED: { count: 1, amountSek: 30_000 }, REFUSED: { count: 1, amountSek: 0 } });
    expect(selected.followUps).toEqual([{ monthsAfterReturn: 1, count: 2, economic: 3, social: 3, psychosocial: 4.5 }]);
    const opened = await db.case.count({ where: { teamId: world.teams.a, openedAt: { gte: startOfOfficeDay(`${THIS_YEAR}-01-01`) } } });
    expect(selected.opened).toBe(opened);
  });

  it("shows another year on request, and this year for a year the team has no cases in", async () => {
    signInAs(world.users.managerA);
    const stats = (await getTeamStatistics(THIS_YEAR + 5))!;
    expect(stats.selected.year).toBe(THIS_YEAR);
    const earliest = stats.years.at(-1)!;
    if (earliest < THIS_YEAR) {
      const earlier = (await getTeamStatistics(earliest))!;
      expect(earlier.selected).toMatchObject({ year: earliest, closedByOutcome: {}, departuresByCountry: [], referralDecisions: {} });
    }
  });

  it("shows a manager their own team only, and is audited", async () => {
    signInAs(world.users.managerB);
    const stats = (await getTeamStatistics())!;
    expect(stats.caseload).toEqual([]);
    expect(stats.selected).toMatchObject({ closedByOutcome: {}, departuresByCountry: [], referralDecisions: {}, followUps: [] });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "statistics.read", userId: world.users.managerB.id } });
    expect(audit).toMatchObject({ resourceType: "Team", resourceId: world.teams.b, reason: String(THIS_YEAR) });
  });

  // Last, as it gives team B a case: the earlier test expects team B empty.
  it("sums a year's grants past 2^31 SEK, as a large team's do (4.2 billion at the 100,000-case seed)", async () => {
    const caseId = await world.newCase(world.users.b1, "COUNSELLING");
    const organisation = await db.organisation.create({ data: { name: `Migrationsverket ${crypto.randomBytes(3).toString("hex")}`, kind: "AUTHORITY" } });
    const grant = { caseId, organisationId: organisation.id, type: "RETURN_GRANT_APPLICATION", status: "DECIDED", decision: "GRANTED", decidedOn: today } as const;
    // Three grants at the column's ceiling (2^31 - 1) add up to three times past an int's range.
    await db.referral.createMany({ data: [1, 2, 3].map(() => ({ ...grant, decisionAmountSek: 2_147_483_647 })) });
    signInAs(world.users.managerB);
    const { selected } = (await getTeamStatistics())!;
    expect(selected.referralDecisions).toEqual({ GRANTED: { count: 3, amountSek: 6_442_450_941 } });
  });

  it("is refused to advisers, staff and administrators", async () => {
    for (const user of [world.users.a1, world.users.staff, world.users.admin]) {
      signInAs(user);
      await expect(getTeamStatistics()).rejects.toThrow(NOT_FOUND);
    }
  });
});

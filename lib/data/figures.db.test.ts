// One test per figure definition (lib/statistics/figures.ts), against a real
// Postgres: each figure counts the event it names, dated by that event, for
// the filter's teams (and adviser) only; undone status changes count for
// nothing; sums are exact past 2^31. The cross-check over the demo seed's
// years is figures-cross-check.db.test.ts.
import { signInAs } from "@/tests/support/as-user";
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { dbDate, officeInstant } from "@/lib/dates";
import {
  InvalidFigurePeriodError,
  authorizeFigures,
  countClosedByOutcome,
  countGrantDecisions,
  countOpened,
  countReturned,
  measureProcessingTime,
  type FigureFilter,
} from "@/lib/data/figures";
import { yearPeriod } from "@/lib/statistics/figures";
import { createAuthority, setUpCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";
import { figureFilterAs } from "@/tests/support/figures";

const db = getDb();
// A year no other test file's data falls in (the factories open cases around today).
const YEAR = 2011;
const PERIOD = yearPeriod(YEAR);
const world = setUpCaseworkWorld(db);
let organisationId: string;

/** A case of `owner` opened at an office day and time, with nothing hanging off it. */
async function caseOpenedAt(owner: CaseworkWorld["users"]["a1"], day: string, time = "10:00", destinationCountry: string | null = null): Promise<string> {
  const id = await world.newCase(owner, "COUNSELLING");
  await db.case.update({ where: { id }, data: { openedAt: officeInstant(day, time)!, destinationCountry } });
  return id;
}

async function statusChange(caseId: string, toStatus: "DEPARTED" | "CLOSED", day: string, extra: { outcome?: "RETURNED" | "DECIDED_TO_STAY" | "NO_CONTACT"; undoesId?: string } = {}) {
  return db.caseStatusChange.create({
    data: { caseId, fromStatus: toStatus === "DEPARTED" ? "AWAITING_DECISION" : "FOLLOW_UP", toStatus, effectiveOn: dbDate(day), reason: "Test", ...extra },
    select: { id: true },
  });
}

const filterFor = (user: CaseworkWorld["users"]["a1"], request: Parameters<typeof authorizeFigures>[0] = { period: PERIOD }) => figureFilterAs(user, request);

beforeAll(async () => {
  organisationId = await createAuthority(db, "figures");
});

describe("authorizeFigures", () => {
  it("is for managers only, keeps them to their own team whatever they ask, and audits the look", async () => {
    for (const user of [world.users.a1, world.users.staff, world.users.admin]) {
      signInAs(user);
      await expect(authorizeFigures({ period: PERIOD })).rejects.toThrow(NOT_FOUND);
    }
    signInAs(world.users.managerA);
    const { filter, teams } = await authorizeFigures({ period: PERIOD, teamIds: [world.teams.b] });
    expect(teams.map((team) => team.id)).toEqual([world.teams.a]);
    expect(filter.teamIds).toEqual([world.teams.a]);
    const [audit] = await db.auditEvent.findMany({ where: { userId: world.users.managerA.id, action: "statistics.read" }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(audit).toMatchObject({ resourceType: "Team", resourceId: world.teams.a, reason: `${YEAR}-01-01..${YEAR}-12-31` });
  });

  it("refuses a period that is no period (reversed, not a date, centuries long)", async () => {
    signInAs(world.users.managerA);
    for (const period of [{ from: "2011-02-01", to: "2011-01-01" }, { from: "2011-02-30x", to: "2011-03-01" }, { from: "0001-01-01", to: "9999-12-31" }]) {
      await expect(authorizeFigures({ period })).rejects.toThrow(InvalidFigurePeriodError);
    }
  });
});

describe("figure definitions", () => {
  it("opened: each case once, in the month of its office day of opening (Stockholm, not UTC)", async () => {
    const { a1, a2, b1 } = world.users;
    await caseOpenedAt(a1, `${YEAR}-01-01`, "00:30"); // 23:30 UTC on 31 Dec: still January in Stockholm
    await caseOpenedAt(a2, `${YEAR}-03-15`);
    await caseOpenedAt(a1, `${YEAR}-12-31`, "23:30"); // 22:30 UTC: still the period's last day
    await caseOpenedAt(a1, `${YEAR + 1}-01-01`, "00:10"); // the next year
    await caseOpenedAt(b1, `${YEAR}-03-15`); // another team
    const opened = await countOpened(await filterFor(world.users.managerA));
    expect(opened.total).toBe(3);
    expect(opened.byMonth).toHaveLength(12);
    expect(opened.byMonth.filter((row) => row.count > 0)).toEqual([
      { month: `${YEAR}-01`, count: 1 },
      { month: `${YEAR}-03`, count: 1 },
      { month: `${YEAR}-12`, count: 1 },
    ]);
    // The adviser filter: the case's current adviser.
    expect((await countOpened(await filterFor(world.users.managerA, { period: PERIOD, adviserId: a2.id }))).total).toBe(1);
  });

  it("closed by outcome: closings dated by their effective date; an undone closing and the undo count for nothing", async () => {
    const { a1, b1 } = world.users;
    const returned = await caseOpenedAt(a1, `${YEAR - 1}-05-01`);
    await statusChange(returned, "CLOSED", `${YEAR}-06-10`, { outcome: "RETURNED" });
    const stays = await caseOpenedAt(a1, `${YEAR - 1}-05-01`);
    await statusChange(stays, "CLOSED", `${YEAR}-02-01`, { outcome: "DECIDED_TO_STAY" });
    const mistaken = await caseOpenedAt(a1, `${YEAR - 1}-05-01`);
    const wrong = await statusChange(mistaken, "CLOSED", `${YEAR}-02-03`, { outcome: "NO_CONTACT" });
    await db.caseStatusChange.create({ data: { caseId: mistaken, fromStatus: "CLOSED", toStatus: "FOLLOW_UP", effectiveOn: dbDate(`${YEAR}-02-04`), reason: "Fel", undoesId: wrong.id } });
    const nextYear = await caseOpenedAt(a1, `${YEAR - 1}-05-01`);
    await statusChange(nextYear, "CLOSED", `${YEAR + 1}-01-01`, { outcome: "RETURNED" });
    const otherTeam = await caseOpenedAt(b1, `${YEAR - 1}-05-01`);
    await statusChange(otherTeam, "CLOSED", `${YEAR}-06-10`, { outcome: "RETURNED" });

    const closed = await countClosedByOutcome(await filterFor(world.users.managerA));
    expect(closed.byOutcome).toEqual({ RETURNED: 1, DECIDED_TO_STAY: 1, REFERRED_ELSEWHERE: 0, NO_CONTACT: 0, OTHER: 0 });
    expect(closed.total).toBe(2);
    expect(closed.byMonth.find((row) => row.month === `${YEAR}-06`)).toMatchObject({ total: 1, byOutcome: { RETURNED: 1 } });
    expect(closed.byMonth.find((row) => row.month === `${YEAR}-02`)).toMatchObject({ total: 1, byOutcome: { DECIDED_TO_STAY: 1, NO_CONTACT: 0 } });
  });

  it("returned and returned by country: departures dated by the departure date, by destination, summing to one total", async () => {
    const { a1, a2 } = world.users;
    const iraq = await caseOpenedAt(a1, `${YEAR - 1}-01-10`, "10:00", "IQ");
    await statusChange(iraq, "DEPARTED", `${YEAR}-12-20`);
    await statusChange(iraq, "CLOSED", `${YEAR + 1}-06-20`, { outcome: "RETURNED" }); // closed next year: still returned this year
    const iraq2 = await caseOpenedAt(a2, `${YEAR - 1}-01-10`, "10:00", "IQ");
    await statusChange(iraq2, "DEPARTED", `${YEAR}-04-02`);
    const bosnia = await caseOpenedAt(a1, `${YEAR - 1}-01-10`, "10:00", "BA");
    await statusChange(bosnia, "DEPARTED", `${YEAR}-04-30`);
    const unknown = await caseOpenedAt(a1, `${YEAR - 1}-01-10`);
    await statusChange(unknown, "DEPARTED", `${YEAR}-07-01`);
    const undone = await caseOpenedAt(a1, `${YEAR - 1}-01-10`, "10:00", "SY");
    const wrong = await statusChange(undone, "DEPARTED", `${YEAR}-07-01`);
    await db.caseStatusChange.create({ data: { caseId: undone, fromStatus: "DEPARTED", toStatus: "AWAITING_DECISION", effectiveOn: dbDate(`${YEAR}-07-02`), reason: "Fel", undoesId: wrong.id } });
    const lastYear = await caseOpenedAt(a1, `${YEAR - 1}-01-10`, "10:00", "IQ");
    await statusChange(lastYear, "DEPARTED", `${YEAR - 1}-12-31`);

    const returned = await countReturned(await filterFor(world.users.managerA));
    expect(returned.total).toBe(4);
    expect(returned.byCountry).toEqual([
      { country: "IQ", count: 2 },
      { country: "BA", count: 1 },
      { country: null, count: 1 },
    ]);
    expect(returned.byMonth.filter((row) => row.count > 0)).toEqual([
      { month: `${YEAR}-04`, count: 2 },
      { month: `${YEAR}-07`, count: 1 },
      { month: `${YEAR}-12`, count: 1 },
    ]);
    expect((await countReturned(await filterFor(world.users.managerA, { period: PERIOD, adviserId: a2.id }))).byCountry).toEqual([{ country: "IQ", count: 1 }]);
  });

  it("grant decisions: by decision date, amounts summed as bigint past 2^31", async () => {
    const { a1, b1 } = world.users;
    const caseId = await caseOpenedAt(a1, `${YEAR - 1}-01-10`);
    const big = 2_000_000_000; // two of these pass 2^31 - 1
    await db.referral.createMany({
      data: [
        { caseId, organisationId, type: "RETURN_GRANT_APPLICATION", status: "DECIDED", decision: "GRANTED", decisionAmountSek: big, sentOn: dbDate(`${YEAR}-01-05`), decidedOn: dbDate(`${YEAR}-02-01`) },
        { caseId, organisationId, type: "RETURN_GRANT_APPLICATION", status: "DECIDED", decision: "GRANTED", decisionAmountSek: big, sentOn: dbDate(`${YEAR}-01-05`), decidedOn: dbDate(`${YEAR}-03-01`) },
        { caseId, organisationId, type: "REINTEGRATION_PROGRAMME", status: "DECIDED", decision: "REFUSED", decidedOn: dbDate(`${YEAR}-03-02`) },
        { caseId, organisationId, type: "RETURN_GRANT_APPLICATION", status: "DECIDED", decision: "GRANTED", decisionAmountSek: 5, decidedOn: dbDate(`${YEAR + 1}-01-01`) },
        { caseId, organisationId, type: "RETURN_GRANT_APPLICATION", status: "SENT", sentOn: dbDate(`${YEAR}-03-01`) },
      ],
    });
    const other = await caseOpenedAt(b1, `${YEAR - 1}-01-10`);
    await db.referral.create({ data: { caseId: other, organisationId, type: "RETURN_GRANT_APPLICATION", status: "DECIDED", decision: "GRANTED", decisionAmountSek: 7, decidedOn: dbDate(`${YEAR}-02-01`) } });

    const decisions = await countGrantDecisions(await filterFor(world.users.managerA));
    expect(decisions.byDecision.GRANTED).toEqual({ count: 2, amountSek: 4_000_000_000 });
    expect(decisions.byDecision.REFUSED).toEqual({ count: 1, amountSek: 0 });
    expect(decisions.byMonth.find((row) => row.month === `${YEAR}-03`)!.byDecision).toEqual({ GRANTED: { count: 1, amountSek: big }, REFUSED: { count: 1, amountSek: 0 } });
  });
});

describe("processing times", () => {
  // Team C is used only here, so each interval's population is exactly what this block writes.
  let filter: FigureFilter;
  let managerC: CaseworkWorld["users"]["a1"];

  beforeAll(async () => {
    const { c1 } = world.users;
    // Five cases opened on 1 Jan; first sessions after 1, 2, 3, 4 and 10 days (a later second session does not count).
    for (const [i, days] of [1, 2, 3, 4, 10].entries()) {
      const caseId = await caseOpenedAt(c1, `${YEAR}-01-01`, "09:00");
      const day = `${YEAR}-01-${String(1 + days).padStart(2, "0")}`;
      await db.counsellingSession.create({ data: { caseId, startsAt: officeInstant(day, "10:00")!, durationMinutes: 60, mode: "IN_PERSON" } });
      await db.counsellingSession.create({ data: { caseId, startsAt: officeInstant(`${YEAR}-02-20`, "10:00")!, durationMinutes: 60, mode: "IN_PERSON" } });
      // Applications sent 20 + i days after intake (the first one sent counts), decided 30 × (i + 1) days later.
      const sent = `${YEAR}-01-${String(21 + i).padStart(2, "0")}`;
      const decided = new Date(dbDate(sent).getTime() + 30 * (i + 1) * 86_400_000);
      await db.referral.create({ data: { caseId, organisationId, type: "RETURN_GRANT_APPLICATION", status: "DECIDED", decision: "GRANTED", decisionAmountSek: 1000, sentOn: dbDate(sent), decidedOn: decided } });
      await db.referral.create({ data: { caseId, organisationId, type: "RETURN_GRANT_APPLICATION", status: "SENT", sentOn: dbDate(`${YEAR}-09-01`) } });
      // Departure 14 days after the decision.
      await statusChange(caseId, "DEPARTED", new Date(decided.getTime() + 14 * 86_400_000).toISOString().slice(0, 10));
    }
    // A case without a session, application or decision adds nothing; a departure without a decision neither.
    const bare = await caseOpenedAt(c1, `${YEAR}-01-01`);
    await statusChange(bare, "DEPARTED", `${YEAR}-05-01`);
    // A manager of team C, made for this block.
    managerC = await db.user.create({ data: { email: `figures-manager-c-${crypto.randomBytes(3).toString("hex")}@hemvag.test`, name: "Chef C", role: "MANAGER", teamId: world.teams.c }, select: { id: true, email: true, name: true, role: true, teamId: true } });
    filter = await filterFor(managerC);
  });

  it("intake → first counselling session: the first session only, median and 90th percentile in days", async () => {
    expect(await measureProcessingTime("intakeToFirstSession", filter)).toEqual({ count: 5, medianDays: 3, p90Days: 7.6 });
  });

  it("intake → referral: the first return-grant application sent", async () => {
    expect(await measureProcessingTime("intakeToReferral", filter)).toEqual({ count: 5, medianDays: 22, p90Days: 23.6 });
  });

  it("referral → Migrationsverket's decision: sent to decided, dated by the decision", async () => {
    expect(await measureProcessingTime("referralToDecision", filter)).toEqual({ count: 5, medianDays: 90, p90Days: 138 });
    // Dated by the decision: a period that ends before the last decisions leaves them out.
    const early = await filterFor(managerC, { period: { from: `${YEAR}-01-01`, to: `${YEAR}-03-31` } });
    expect((await measureProcessingTime("referralToDecision", early)).count).toBe(2);
  });

  it("decision → departure: from the last decision before the departure; departures without a decision are left out", async () => {
    expect(await measureProcessingTime("decisionToDeparture", filter)).toEqual({ count: 5, medianDays: 14, p90Days: 14 });
  });

  it("an empty population has no median", async () => {
    const empty = await filterFor(managerC, { period: yearPeriod(1990) });
    expect(await measureProcessingTime("intakeToFirstSession", empty)).toEqual({ count: 0, medianDays: null, p90Days: null });
  });
});

describe("the case's first session, kept by the database", () => {
  it("follows sessions added, moved and removed", async () => {
    const caseId = await caseOpenedAt(world.users.a1, `${YEAR}-01-01`);
    const first = () => db.case.findUniqueOrThrow({ where: { id: caseId }, select: { firstSessionAt: true } }).then((row) => row.firstSessionAt);
    expect(await first()).toBeNull();
    const later = await db.counsellingSession.create({ data: { caseId, startsAt: officeInstant(`${YEAR}-03-01`, "10:00")!, durationMinutes: 30, mode: "PHONE" } });
    const earlier = await db.counsellingSession.create({ data: { caseId, startsAt: officeInstant(`${YEAR}-02-01`, "10:00")!, durationMinutes: 30, mode: "PHONE" } });
    expect(await first()).toEqual(earlier.startsAt);
    await db.counsellingSession.update({ where: { id: earlier.id }, data: { startsAt: officeInstant(`${YEAR}-04-01`, "10:00")! } });
    expect(await first()).toEqual(later.startsAt);
    await db.counsellingSession.delete({ where: { id: later.id } });
    expect(await first()).toEqual(officeInstant(`${YEAR}-04-01`, "10:00"));
    await db.counsellingSession.delete({ where: { id: earlier.id } });
    expect(await first()).toBeNull();
  });
});

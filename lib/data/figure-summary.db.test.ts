// The figures' summary (decision 027, migration figure_summary) against a real
// Postgres: after a mix of writes — cases opened, status changes made and
// undone, referrals sent, decided, corrected and withdrawn, sessions added,
// moved and removed, a case given to another adviser and another team, two
// cases merged, one removed by retention and a retained record dropped —
// FigureEvent holds exactly the events derived again from the base tables,
// FigureMonth exactly their sums, and a processing time's median and 90th
// percentile from the histogram equal percentile_cont over the intervals.
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { dbDate, officeInstant } from "@/lib/dates";
import { authorizeFigures, measureProcessingTime } from "@/lib/data/figures";
import { proposeCaseMerge } from "@/lib/data/case-merge";
import { decideApproval } from "@/lib/data/approvals";
import { buildRetainedStatistics } from "@/lib/data/retention-statistics";
import { PROCESSING_TIMES, yearPeriod, type FigurePeriod } from "@/lib/statistics/figures";
import { createCaseworkWorld, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;
let organisationId: string;

async function caseOpenedOn(owner: CaseworkWorld["users"]["a1"], day: string, destinationCountry: string | null = "IQ"): Promise<string> {
  const id = await world.newCase(owner, "COUNSELLING");
  await db.case.update({ where: { id }, data: { openedAt: officeInstant(day, "10:00")!, destinationCountry } });
  return id;
}

const change = (caseId: string, toStatus: "DEPARTED" | "CLOSED", day: string, extra: { outcome?: "RETURNED" | "OTHER"; undoesId?: string } = {}) =>
  db.caseStatusChange.create({ data: { caseId, fromStatus: "COUNSELLING", toStatus, effectiveOn: dbDate(day), reason: "Test", ...extra }, select: { id: true } });

const grantApplication = (caseId: string, sentOn: string, decided?: { on: string; amount: number }) =>
  db.referral.create({
    data: {
      caseId,
      organisationId,
      type: "RETURN_GRANT_APPLICATION",
      status: decided ? "DECIDED" : "SENT",
      sentOn: dbDate(sentOn),
      ...(decided ? { decidedOn: dbDate(decided.on), decision: "GRANTED" as const, decisionAmountSek: decided.amount } : {}),
    },
    select: { id: true },
  });

const session = (caseId: string, day: string) =>
  db.counsellingSession.create({ data: { caseId, startsAt: officeInstant(day, "09:00")!, durationMinutes: 45, mode: "IN_PERSON", authorId: world.users.a1.id }, select: { id: true } });

/** That two queries give the same rows, as multisets: none of either is missing from the other. */
async function expectSameRows(kept: string, derived: string): Promise<void> {
  const missing = await db.$queryRawUnsafe<unknown[]>(`(${derived}) EXCEPT ALL (${kept})`);
  const extra = await db.$queryRawUnsafe<unknown[]>(`(${kept}) EXCEPT ALL (${derived})`);
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
}

const EVENT = `figure, "teamId", "adviserId", day, key, days, "amountSek"`;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  organisationId = (await db.organisation.create({ data: { name: `Migrationsverket summary ${Date.now()}`, kind: "AUTHORITY" }, select: { id: true } })).id;
  const { a1, a2 } = world.users;

  // Cases across two years, with every kind of event (one after another: the embedded database has one connection).
  const first = await caseOpenedOn(a1, "2013-01-15");
  const second = await caseOpenedOn(a1, "2013-02-03", "SY");
  const third = await caseOpenedOn(a2, "2013-03-20", null);
  const fourth = await caseOpenedOn(a1, "2013-11-30");
  const fifth = await caseOpenedOn(a2, "2014-01-02");
  await session(first, "2013-01-20");
  const moved = await session(second, "2013-02-20");
  const removedSession = await session(third, "2013-04-01");
  await session(third, "2013-04-11");
  await grantApplication(first, "2013-02-01", { on: "2013-05-02", amount: 30_000 });
  await grantApplication(first, "2013-03-01");
  const decidedLater = await grantApplication(second, "2013-03-10");
  const withdrawn = await grantApplication(fourth, "2013-12-10", { on: "2014-01-10", amount: 12_000 });
  await change(first, "DEPARTED", "2013-06-01");
  await change(first, "CLOSED", "2013-12-01", { outcome: "RETURNED" });
  const undone = await change(second, "DEPARTED", "2013-05-05");
  await change(second, "DEPARTED", "2013-05-06", { undoesId: undone.id });
  await change(third, "CLOSED", "2013-09-09", { outcome: "OTHER" });

  // Writes that move events between figures, months, advisers and teams.
  await db.referral.update({ where: { id: decidedLater.id }, data: { status: "DECIDED", decidedOn: dbDate("2013-08-08"), decision: "REFUSED" } });
  await db.referral.delete({ where: { id: withdrawn.id } });
  await db.counsellingSession.update({ where: { id: moved.id }, data: { startsAt: officeInstant("2013-02-10", "09:00")! } });
  await db.counsellingSession.delete({ where: { id: removedSession.id } });
  await db.case.update({ where: { id: second }, data: { adviserId: a2.id, destinationCountry: "AF" } });
  await db.case.update({ where: { id: third }, data: { teamId: world.teams.b, adviserId: world.users.b1.id } });
  await change(fifth, "DEPARTED", "2014-02-02");
  // A referral written unsent (no event yet) and sent later; a status change that is no event.
  const draft = await db.referral.create({ data: { caseId: fifth, organisationId, type: "RETURN_GRANT_APPLICATION", status: "DRAFT" }, select: { id: true } });
  await db.referral.update({ where: { id: draft.id }, data: { status: "SENT", sentOn: dbDate("2014-01-20") } });
  await db.caseStatusChange.create({ data: { caseId: fourth, fromStatus: "COUNSELLING", toStatus: "PLANNING", effectiveOn: dbDate("2013-12-01"), reason: "Test" } });

  // Two cases of one person merged: the duplicate's session and referral move to the kept case.
  const duplicate = await caseOpenedOn(a1, "2013-06-10");
  await session(duplicate, "2013-06-11");
  await grantApplication(duplicate, "2013-06-12", { on: "2013-07-01", amount: 5_000 });
  const into = await db.case.findUniqueOrThrow({ where: { id: fourth }, select: { caseNumber: true } });
  signInAs(a1);
  const proposed = await proposeCaseMerge(duplicate, { intoCaseNumber: into.caseNumber, reason: "Samma person, registrerad två gånger" });
  if (!proposed.ok) throw new Error("the merge was not proposed");
  signInAs(world.users.managerA);
  expect(await decideApproval(proposed.requestId, true, null)).toEqual({ ok: true });
  signInAs(null);

  // Retention removes the first case: its anonymous record takes over its events.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('hemvag.retention', 'on', true)`;
    await buildRetainedStatistics(tx, first, null);
    await tx.case.delete({ where: { id: first }, select: { id: true } });
  });
  // And a removed case whose record is dropped in turn leaves nothing.
  const gone = await caseOpenedOn(a2, "2013-07-07");
  await change(gone, "DEPARTED", "2013-08-01");
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('hemvag.retention', 'on', true)`;
    await buildRetainedStatistics(tx, gone, null);
    await tx.case.delete({ where: { id: gone }, select: { id: true } });
  });
  await db.retainedCaseStatistics.delete({ where: { caseId: gone } });
});

describe("the figures' summary after a mix of writes", () => {
  it("holds every live case's events exactly as derived again from its rows", async () => {
    await expectSameRows(
      `SELECT "caseId", ${EVENT} FROM "FigureEvent" WHERE "caseId" IS NOT NULL`,
      `SELECT "caseId", ${EVENT} FROM "figure_events_of_cases"(ARRAY(SELECT id FROM "Case"))`,
    );
    expect(await db.$queryRaw`SELECT figure FROM "FigureEvent" WHERE "caseId" IS NOT NULL AND "caseId" NOT IN (SELECT id FROM "Case")`).toEqual([]);
  });

  it("holds every removed case's events from its anonymous record, and none of a record dropped", async () => {
    await expectSameRows(
      `SELECT "retainedRecordId", ${EVENT} FROM "FigureEvent" WHERE "retainedRecordId" IS NOT NULL`,
      `SELECT "retainedRecordId", ${EVENT} FROM "figure_events_of_retained"(ARRAY(SELECT id FROM "RetainedCaseStatistics"))`,
    );
    const [retained] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "FigureEvent" WHERE "retainedRecordId" IS NOT NULL`;
    expect(Number(retained!.n)).toBeGreaterThan(0);
  });

  it("sums them per figure, team, adviser and month, and per team under '*'", async () => {
    const summed = (adviser: string) => `
      SELECT figure, "teamId", ${adviser} AS "adviserId", date_trunc('month', day::timestamp)::date AS month, key, days,
             count(*)::bigint AS n, coalesce(sum("amountSek"), 0)::bigint AS "amountSek"
      FROM "FigureEvent" GROUP BY 1, 2, 3, 4, 5, 6`;
    await expectSameRows(
      `SELECT figure, "teamId", "adviserId", month, key, days, n, "amountSek" FROM "FigureMonth" WHERE n <> 0`,
      `${summed(`coalesce("adviserId", '')`)} UNION ALL ${summed(`'*'`)}`,
    );
    expect(await db.$queryRaw`SELECT figure FROM "FigureMonth" WHERE n = 0 AND "amountSek" <> 0`).toEqual([]);
  });

  it("leaves a case's events untouched by a write that changes no figure (the triggers watch only the columns the figures read)", async () => {
    const id = await caseOpenedOn(world.users.a1, "2016-03-01");
    await session(id, "2016-03-05");
    const sent = await grantApplication(id, "2016-03-10");
    const events = () => db.$queryRaw<{ id: bigint }[]>`SELECT id FROM "FigureEvent" WHERE "caseId" = ${id} ORDER BY id`;
    const before = await events();
    expect(before.length).toBe(3);
    // A note on the referral, the case's own text, a later session and a status change that is no event.
    await db.referral.update({ where: { id: sent.id }, data: { note: "Kompletterat med pass" } });
    await db.case.update({ where: { id }, data: { phone: "+46701234567" } });
    await session(id, "2016-04-01");
    await db.caseStatusChange.create({ data: { caseId: id, fromStatus: "COUNSELLING", toStatus: "PLANNING", effectiveOn: dbDate("2016-04-02"), reason: "Test" } });
    expect(await events()).toEqual(before);
    // A decision is an event: the case's events are derived again.
    await db.referral.update({ where: { id: sent.id }, data: { status: "DECIDED", decidedOn: dbDate("2016-05-01"), decision: "GRANTED", decisionAmountSek: 10_000 } });
    const after = await events();
    expect(after.length).toBe(5);
    expect(after.map((row) => row.id)).not.toContain(before[0]!.id);
  });

  it("gives the median and 90th percentile that percentile_cont gives over the intervals, for whole months and days at the ends", async () => {
    // More intervals of different lengths, so that the percentiles fall between two of them.
    const lengths = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 3, 3, 7];
    for (const [i, days] of lengths.entries()) {
      const opened = `2015-${String((i % 12) + 1).padStart(2, "0")}-0${(i % 9) + 1}`;
      const id = await caseOpenedOn(i % 2 ? world.users.a1 : world.users.a2, opened);
      await session(id, new Date(Date.parse(`${opened}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10));
    }
    signInAs(world.users.managerA);
    const periods: FigurePeriod[] = [yearPeriod(2013), yearPeriod(2015), { from: "2015-02-14", to: "2015-10-20" }, { from: "2015-03-03", to: "2015-03-30" }];
    for (const period of periods) {
      for (const adviserId of [null, world.users.a1.id]) {
        const { filter } = await authorizeFigures({ period, adviserId });
        for (const id of PROCESSING_TIMES) {
          const [expected] = await db.$queryRaw<{ n: bigint; median: number | null; p90: number | null }[]>`
            SELECT count(*) AS n,
                   round(percentile_cont(0.5::float8) WITHIN GROUP (ORDER BY days)::numeric, 1)::float8 AS median,
                   round(percentile_cont(0.9::float8) WITHIN GROUP (ORDER BY days)::numeric, 1)::float8 AS p90
            FROM "FigureEvent" WHERE figure = ${id} AND "teamId" = ${world.teams.a}
              AND day >= ${period.from}::date AND day <= ${period.to}::date AND (${adviserId}::text IS NULL OR "adviserId" = ${adviserId})`;
          expect(await measureProcessingTime(id, filter), `${id} ${period.from}..${period.to} ${adviserId ?? "team"}`).toEqual({
            count: Number(expected!.n),
            medianDays: expected!.median,
            p90Days: expected!.p90,
          });
        }
      }
    }
  });
});

// The cross-check of issue 14 part 3: on the demo seed, for every year it
// covers, the figures agree with each other wherever two of them count the
// same thing (a total and its months, its outcomes, its countries), add up
// across years, and equal the count written directly in SQL from the
// definition's words. Before the figures had one definition, "closed —
// returned" said 7 while "returns by country" summed to 26 on this data.
import { signInAs } from "@/tests/support/as-user";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { officeToday, startOfOfficeDay } from "@/lib/dates";
import { seedDemo } from "@/lib/seed";
import { DEMO_LOGINS } from "@/lib/seed/demo-logins";
import { authorizeFigures, computeFigures, type AllFigures } from "@/lib/data/figures";
import { yearPeriod, type FigurePeriod } from "@/lib/statistics/figures";

const db = getDb();
const THIS_YEAR = Number(officeToday().slice(0, 4));
let client: pg.Client;
let teamId: string;
let years: number[];
const perYear = new Map<number, AllFigures>();

async function one(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await client.query<{ n: string | null }>(sql, params);
  return Number(rows[0]?.n ?? 0);
}

const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);

async function figuresFor(period: FigurePeriod): Promise<AllFigures> {
  const { filter } = await authorizeFigures({ period });
  return computeFigures(filter);
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  await seedDemo(url);
  client = new pg.Client({ connectionString: url });
  await client.connect();
  const manager = await db.user.findUniqueOrThrow({
    where: { email: DEMO_LOGINS.find((login) => login.role === "MANAGER")!.email },
    select: { id: true, email: true, name: true, role: true, teamId: true },
  });
  teamId = manager.teamId!;
  signInAs(manager);
  const first = await db.case.findFirstOrThrow({ where: { teamId }, orderBy: { openedAt: "asc" }, select: { openedAt: true } });
  const firstYear = Number(officeToday(first.openedAt).slice(0, 4));
  years = Array.from({ length: THIS_YEAR - firstYear + 1 }, (_, i) => firstYear + i);
  for (const year of years) perYear.set(year, await figuresFor(yearPeriod(year)));
}, 120_000);

afterAll(async () => {
  await client?.end();
});

describe("the figures on the demo seed, every year", () => {
  it("covers more than one year, with returns and closings in them", () => {
    expect(years.length).toBeGreaterThan(1);
    expect(sum([...perYear.values()].map((f) => f.returned.total))).toBeGreaterThan(0);
    expect(sum([...perYear.values()].map((f) => f.closedByOutcome.total))).toBeGreaterThan(0);
  });

  it("agrees with itself: every total equals its months, its outcomes, its countries", () => {
    for (const [year, f] of perYear) {
      const label = String(year);
      expect(f.opened.byMonth, label).toHaveLength(12);
      expect(sum(f.opened.byMonth.map((m) => m.count)), label).toBe(f.opened.total);
      expect(sum(Object.values(f.closedByOutcome.byOutcome)), label).toBe(f.closedByOutcome.total);
      expect(sum(f.closedByOutcome.byMonth.map((m) => m.total)), label).toBe(f.closedByOutcome.total);
      expect(sum(f.closedByOutcome.byMonth.map((m) => sum(Object.values(m.byOutcome)))), label).toBe(f.closedByOutcome.total);
      expect(sum(f.returned.byCountry.map((c) => c.count)), label).toBe(f.returned.total);
      expect(sum(f.returned.byMonth.map((m) => m.count)), label).toBe(f.returned.total);
      for (const decision of ["GRANTED", "REFUSED"] as const) {
        expect(sum(f.grantDecisions.byMonth.map((m) => m.byDecision[decision].count)), label).toBe(f.grantDecisions.byDecision[decision].count);
        expect(sum(f.grantDecisions.byMonth.map((m) => m.byDecision[decision].amountSek)), label).toBe(f.grantDecisions.byDecision[decision].amountSek);
      }
      // A processing time is measured on the events it ends with: never more than there are.
      expect(f.processingTimes.decisionToDeparture.count, label).toBeLessThanOrEqual(f.returned.total);
      expect(f.processingTimes.referralToDecision.count, label).toBeLessThanOrEqual(f.grantDecisions.byDecision.GRANTED.count + f.grantDecisions.byDecision.REFUSED.count);
    }
  });

  it("adds up across years: all years at once give the sum of the years", async () => {
    const all = await figuresFor({ from: `${years[0]}-01-01`, to: `${THIS_YEAR}-12-31` });
    const each = [...perYear.values()];
    expect(all.opened.total).toBe(sum(each.map((f) => f.opened.total)));
    expect(all.closedByOutcome.total).toBe(sum(each.map((f) => f.closedByOutcome.total)));
    expect(all.returned.total).toBe(sum(each.map((f) => f.returned.total)));
    expect(all.grantDecisions.byDecision.GRANTED.amountSek).toBe(sum(each.map((f) => f.grantDecisions.byDecision.GRANTED.amountSek)));
    // Every case of the team was opened in one of the years.
    expect(all.opened.total).toBe(await db.case.count({ where: { teamId } }));
    // A case closed as returned has departed, in the same year or before: returns so far never fall behind closings as returned.
    let departed = 0;
    let closedReturned = 0;
    for (const year of years) {
      departed += perYear.get(year)!.returned.total;
      closedReturned += perYear.get(year)!.closedByOutcome.byOutcome.RETURNED;
      expect(closedReturned, String(year)).toBeLessThanOrEqual(departed);
    }
  });

  it("equals the definitions written directly in SQL", async () => {
    for (const [year, f] of perYear) {
      const [from, to] = [`${year}-01-01`, `${year + 1}-01-01`];
      const label = String(year);
      expect(f.opened.total, label).toBe(
        await one(`SELECT count(*) AS n FROM "Case" WHERE "teamId" = $1 AND "openedAt" >= $2 AND "openedAt" < $3`, [teamId, startOfOfficeDay(from), startOfOfficeDay(to)]),
      );
      const standing = `NOT EXISTS (SELECT 1 FROM "CaseStatusChange" u WHERE u."undoesId" = s.id) AND s."undoesId" IS NULL`;
      expect(f.returned.total, label).toBe(
        await one(
          `SELECT count(*) AS n FROM "CaseStatusChange" s JOIN "Case" c ON c.id = s."caseId"
           WHERE c."teamId" = $1 AND s."toStatus" = 'DEPARTED' AND s."effectiveOn" >= $2::date AND s."effectiveOn" < $3::date AND ${standing}`,
          [teamId, from, to],
        ),
      );
      expect(f.closedByOutcome.byOutcome.RETURNED, label).toBe(
        await one(
          `SELECT count(*) AS n FROM "CaseStatusChange" s JOIN "Case" c ON c.id = s."caseId"
           WHERE c."teamId" = $1 AND s."toStatus" = 'CLOSED' AND s.outcome = 'RETURNED' AND s."effectiveOn" >= $2::date AND s."effectiveOn" < $3::date AND ${standing}`,
          [teamId, from, to],
        ),
      );
      expect(f.grantDecisions.byDecision.GRANTED.amountSek, label).toBe(
        await one(
          `SELECT coalesce(sum(r."decisionAmountSek"), 0) AS n FROM "Referral" r JOIN "Case" c ON c.id = r."caseId"
           WHERE c."teamId" = $1 AND r.decision = 'GRANTED' AND r."decidedOn" >= $2::date AND r."decidedOn" < $3::date`,
          [teamId, from, to],
        ),
      );
    }
  });
});

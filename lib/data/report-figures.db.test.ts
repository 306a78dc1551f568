// The yearly report's own figures (lib/statistics/figures.ts: personsCounselled,
// householdsBySize, returnedByNationality, grantDecisionsByRuleSet,
// followUpResults) against a real Postgres, and the case export: the role's
// columns, one audit row with filter and row count, rows in the list's order,
// every text cell guarded against formulas.
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { dbDate, officeInstant } from "@/lib/dates";
import {
  countFollowUpResults,
  countGrantDecisions,
  countGrantDecisionsByRuleSet,
  countCounselled,
  countReturned,
  countReturnedByNationality,
} from "@/lib/data/figures";
import { openCaseExport, previewCaseExport } from "@/lib/data/case-export";
import { exportStream } from "@/lib/exports/writers";
import { CaseListFilterSchema } from "@/lib/schemas/case";
import { yearPeriod } from "@/lib/statistics/figures";
import { createAuthority, setUpCaseworkWorld, NOT_FOUND } from "@/tests/support/casework";
import { figureFilterAs } from "@/tests/support/figures";

const db = getDb();
const YEAR = 2012;
const world = setUpCaseworkWorld(db);
let organisationId: string;

const filterFor = (period = yearPeriod(YEAR)) => figureFilterAs(world.users.managerA, { period });

async function session(caseId: string, day: string) {
  await db.counsellingSession.create({ data: { caseId, startsAt: officeInstant(day, "10:00")!, durationMinutes: 45, mode: "IN_PERSON", topics: [] } });
}

async function member(caseId: string, birthDate: string, gender: "WOMAN" | "MAN" | "OTHER", relation: "CHILD" | "SPOUSE" = "CHILD") {
  await db.householdMember.create({ data: { caseId, relation, firstName: "M", lastName: "Test", birthDate: dbDate(birthDate), gender, citizenships: [] } });
}

beforeAll(async () => {
  organisationId = await createAuthority(db, "report");
});

describe("persons counselled and households by size", () => {
  it("counts the person and each household member once per case with a session in the year, by age on the first session and gender", async () => {
    const family = await world.newCase(world.users.a1);
    await db.case.update({ where: { id: family }, data: { birthDate: dbDate("1982-06-01"), gender: "WOMAN" } });
    await member(family, "2007-03-01", "MAN"); // 5 on 2012-02-10
    await member(family, "1994-03-01", "OTHER", "SPOUSE"); // 17 on 2012-02-10: still a child
    await session(family, `${YEAR}-02-10`);
    await session(family, `${YEAR}-09-10`); // a second session: the same persons, not counted again
    const single = await world.newCase(world.users.a1);
    await db.case.update({ where: { id: single }, data: { birthDate: dbDate("1940-01-01"), gender: "MAN" } });
    await session(single, `${YEAR}-12-31`);
    const lastYearOnly = await world.newCase(world.users.a1);
    await session(lastYearOnly, `${YEAR - 1}-12-31`);
    const otherTeam = await world.newCase(world.users.b1);
    await session(otherTeam, `${YEAR}-05-05`);

    const filter = await filterFor();
    const { persons, households } = await countCounselled(filter);
    expect(persons.total).toBe(4);
    expect(persons.byAgeBand["25-34"]).toEqual({ WOMAN: 1, MAN: 0, OTHER: 0 });
    expect(persons.byAgeBand["0-17"]).toEqual({ WOMAN: 0, MAN: 1, OTHER: 1 });
    expect(persons.byAgeBand["65+"]).toEqual({ WOMAN: 0, MAN: 1, OTHER: 0 });
    expect(households.bySize).toMatchObject({ "1": 1, "3": 1, "2": 0 });
    expect(households.total).toBe(2);
  });
});

describe("returns by nationality", () => {
  it("counts the same departures as the returns, by first citizenship, and sums to them", async () => {
    const iraq = await world.newCase(world.users.a1);
    await db.case.update({ where: { id: iraq }, data: { citizenships: ["IQ", "SE"], destinationCountry: "IQ" } });
    const stateless = await world.newCase(world.users.a1);
    await db.case.update({ where: { id: stateless }, data: { citizenships: [], destinationCountry: "SY" } });
    for (const caseId of [iraq, stateless])
      await db.caseStatusChange.create({ data: { caseId, fromStatus: "AWAITING_DECISION", toStatus: "DEPARTED", effectiveOn: dbDate(`${YEAR}-04-04`), reason: "Test" } });
    const filter = await filterFor();
    const byNationality = await countReturnedByNationality(filter);
    expect(byNationality).toEqual(expect.arrayContaining([{ country: "IQ", count: 1 }, { country: null, count: 1 }]));
    expect(byNationality.reduce((sum, row) => sum + row.count, 0)).toBe((await countReturned(filter)).total);
    // A citizenship corrected after the departure moves the return to the new nationality (the summary follows the case).
    const count = (rows: typeof byNationality, country: string) => rows.find((row) => row.country === country)?.count ?? 0;
    await db.case.update({ where: { id: iraq }, data: { citizenships: ["SY"] } });
    const corrected = await countReturnedByNationality(filter);
    expect(count(corrected, "SY")).toBe(count(byNationality, "SY") + 1);
    expect(count(corrected, "IQ")).toBe(count(byNationality, "IQ") - 1);
  });
});

describe("grant decisions by rule set", () => {
  it("puts each decision under the rule set in force on the day its application was sent, and sums to the decisions", async () => {
    const caseId = await world.newCase(world.users.a1);
    const period = { from: "2026-01-01", to: "2026-01-31" };
    const before = await countGrantDecisionsByRuleSet(await filterFor(period));
    const amount = (rows: typeof before, id: string | null) => rows.find((row) => row.ruleSetId === id)?.byDecision.GRANTED.amountSek ?? 0;
    await db.referral.createMany({
      data: [
        { caseId, organisationId, type: "RETURN_GRANT_APPLICATION", status: "DECIDED", decision: "GRANTED", decisionAmountSek: 30_000, sentOn: dbDate("2025-12-20"), decidedOn: dbDate("2026-01-10") },
        { caseId, organisationId, type: "RETURN_GRANT_APPLICATION", status: "DECIDED", decision: "GRANTED", decisionAmountSek: 50_000, sentOn: dbDate("2026-01-02"), decidedOn: dbDate("2026-01-20") },
        { caseId, organisationId, type: "OTHER", status: "DECIDED", decision: "REFUSED", decidedOn: dbDate("2026-01-21") },
      ],
    });
    const filter = await filterFor(period);
    const after = await countGrantDecisionsByRuleSet(filter);
    expect(amount(after, "sfs-1984-890@2010-01-01") - amount(before, "sfs-1984-890@2010-01-01")).toBe(30_000);
    const newest = after.map((row) => row.ruleSetId).find((id) => id !== null && id !== "sfs-1984-890@2010-01-01")!;
    expect(amount(after, newest) - amount(before, newest)).toBe(50_000);
    const all = await countGrantDecisions(filter);
    for (const decision of ["GRANTED", "REFUSED"] as const) {
      expect(after.reduce((sum, row) => sum + row.byDecision[decision].count, 0)).toBe(all.byDecision[decision].count);
      expect(after.reduce((sum, row) => sum + row.byDecision[decision].amountSek, 0)).toBe(all.byDecision[decision].amountSek);
    }
  });
});

describe("follow-up results", () => {
  it("counts each dimension's score of the follow-ups done in the year, leaving out a score not given", async () => {
    const caseId = await world.newCase(world.users.a1);
    await db.followUp.create({ data: { caseId, monthsAfterReturn: 3, dueOn: dbDate(`${YEAR}-03-01`), completedOn: dbDate(`${YEAR}-03-02`), economicScore: 2, socialScore: 4, psychosocialScore: null } });
    await db.followUp.create({ data: { caseId, monthsAfterReturn: 6, dueOn: dbDate(`${YEAR}-06-01`), completedOn: dbDate(`${YEAR}-06-03`), economicScore: 2, socialScore: 5, psychosocialScore: 3 } });
    await db.followUp.create({ data: { caseId, monthsAfterReturn: 12, dueOn: dbDate(`${YEAR + 1}-01-01`), completedOn: dbDate(`${YEAR + 1}-01-02`), economicScore: 1, socialScore: 1, psychosocialScore: 1 } });
    const results = await countFollowUpResults(await filterFor());
    expect(results.total).toBe(2);
    expect(results.byDimension.economic).toEqual({ 1: 0, 2: 2, 3: 0, 4: 0, 5: 0 });
    expect(results.byDimension.social).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 });
    expect(results.byDimension.psychosocial).toEqual({ 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 });
  });
});

describe("case export", () => {
  const readAll = async (stream: ReadableStream<Uint8Array>) => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    return new TextDecoder().decode(Buffer.concat(chunks));
  };

  it("gives the role's columns, the list's rows, one audit row with the filter and count, and guards formulas", async () => {
    const caseId = await world.newCase(world.users.a1);
    await db.case.update({ where: { id: caseId }, data: { firstName: "=HYPERLINK(\"http://x\")", lastName: "@Formel" } });
    const filter = CaseListFilterSchema.parse({ status: "all" });

    signInAs(world.users.staff);
    await expect(openCaseExport("cases", filter, "csv", { confirmProtected: false })).rejects.toThrow(NOT_FOUND);

    signInAs(world.users.a1);
    const adviserPreview = await previewCaseExport("cases", filter);
    expect(adviserPreview.fields).toContain("identityNumber");
    const opened = await openCaseExport("cases", filter, "csv", { confirmProtected: false });
    expect(opened.count).toBe(adviserPreview.rows);
    const csv = await readAll(exportStream("csv", [{ name: "Ärenden", header: opened.fields, rows: opened.rows }]));
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(opened.count + 1);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'@Formel");
    const [audit] = await db.auditEvent.findMany({ where: { userId: world.users.a1.id, action: "case.export" }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(JSON.parse(audit!.reason!)).toMatchObject({ format: "csv", rows: opened.count, filter: { status: "all" } });

    signInAs(world.users.managerA);
    const managerPreview = await previewCaseExport("caseload", filter);
    expect(managerPreview.fields).not.toContain("identityNumber");
    expect(managerPreview.rows).toBeGreaterThan(0);
  });
});

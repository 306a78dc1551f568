// Retention (gallring, issue 13 part 3) against a real Postgres: the monthly
// list (dry run) under the rules, the administrator's approval, the removal
// case by case, the anonymous statistics records that keep a past year's
// figures unchanged, the audit rows scrubbed but kept, an empty or stale list
// changing nothing, and a removal killed half-way (a child process, SIGKILL)
// leaving every case whole or removed, then resumed.
import { signInAs } from "@/tests/support/as-user";
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { recordArchiveTransfer } from "@/lib/data/archive-export";
import { approveRetentionRun, getRetentionOverview, listDueCases, purgeExpiredAuditEvents, resumeApprovedRuns } from "@/lib/data/retention";
import { authorizeFigures, computeFigures, type AllFigures } from "@/lib/data/figures";
import { yearPeriod } from "@/lib/statistics/figures";
import { recordAudit } from "@/lib/audit";
import { createFactories } from "@/lib/seed/factories";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { insertCaseGraphs, ensureOrganisations } from "@/tests/support/factories";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;

/** Cases built as of mid-2019: everything in them happened in 2018–2019, so they are due (5 years after the end of 2019). */
const OLD = createFactories({ seed: 1913, today: "2019-06-28", firstCaseSeq: 500_000 + Math.floor(Math.random() * 400_000) });
const STATUSES: CaseStatus[] = ["CLOSED", "CLOSED", "CLOSED", "FOLLOW_UP", "CLOSED", "DEPARTED", "CLOSED", "REFERRED", "CLOSED", "CLOSED"];

async function oldCases(count: number, birthDay: string, overrides: Record<string, unknown> = {}): Promise<string[]> {
  const graphs = Array.from({ length: count }, (_, i) =>
    OLD.buildCase({
      adviserId: world.users.a1.id,
      teamId: world.teams.a,
      status: STATUSES[i % STATUSES.length],
      householdMembers: i % 3,
      overrides: { birthDate: new Date(`198${i % 10}-0${(i % 9) + 1}-${birthDay}T00:00:00Z`), ...overrides },
    }),
  );
  await insertCaseGraphs(db as never, graphs);
  return graphs.map((g) => g.case.id);
}

let toRemove: string[] = [];
let researchSample: string[] = [];
let held: string;
let recent: string;
let signedEntryCase: string;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  await ensureOrganisations(db as never);
  toRemove = await oldCases(12, "03");
  researchSample = await oldCases(2, "15");
  held = (await oldCases(1, "04", { legalHoldReason: "Överklagande pågår", legalHoldSince: new Date() }))[0]!;
  recent = await world.newCase(world.users.a1, "COUNSELLING");
  // A signed journal entry with a correction, on a case that goes: it leaves only through retention.
  signedEntryCase = toRemove[0]!;
  const entry = await db.journalEntry.create({
    data: { caseId: signedEntryCase, kind: "CASE_NOTE", authorId: world.users.a1.id, text: "Första", signedAt: new Date("2019-05-01T10:00:00Z") },
  });
  await db.journalEntryVersion.create({ data: { entryId: entry.id, version: 1, text: "Första", authorId: world.users.a1.id } });
  await db.journalEntryVersion.create({ data: { entryId: entry.id, version: 2, text: "Rättad", reason: "Fel datum", authorId: world.users.a1.id } });
  await db.journalEntry.update({ where: { id: entry.id }, data: { text: "Rättad", version: 2 } });
  // Audit rows about a case that goes, holding personal data in their details.
  await recordAudit(db, { id: world.users.a1.id, email: world.users.a1.email, role: "ADVISER" }, {
    action: "case.update",
    resourceType: "Case",
    resourceId: signedEntryCase,
    caseId: signedEntryCase,
    changes: { phone: ["070-1234567", "070-7654321"] },
    reason: "Ny adress Storgatan 1",
  });
  // A grant decided in 2019, so the year's decisions and amounts are among the figures compared.
  const organisation = await db.organisation.findFirstOrThrow({ select: { id: true } });
  await db.referral.create({
    data: {
      caseId: toRemove[1]!, organisationId: organisation.id, type: "RETURN_GRANT_APPLICATION", status: "DECIDED",
      sentOn: new Date("2019-02-01T00:00:00Z"), decidedOn: new Date("2019-03-01T00:00:00Z"), decision: "GRANTED", decisionAmountSek: 30_000,
    },
  });
  await db.document.create({
    data: { caseId: signedEntryCase, fileName: "pass.pdf", mimeType: "application/pdf", sizeBytes: 4, sha256: "00", content: Buffer.from("%PDF") },
  });
});

afterAll(() => signInAs(null));

/** Every figure (lib/data/figures.ts: opened, closed by outcome, returned by country, decisions and amounts, processing times) for 2017–2019. */
async function yearFigures(): Promise<Record<number, AllFigures>> {
  signInAs(world.users.managerA);
  const out: Record<number, AllFigures> = {};
  for (const year of [2017, 2018, 2019]) out[year] = await computeFigures((await authorizeFigures({ period: yearPeriod(year) })).filter);
  return out;
}

describe("the monthly list (dry run)", () => {
  it("lists the cases due: removal for most, archive for the research sample; never a case on hold or not yet due", async () => {
    const counts = await listDueCases();
    signInAs(world.users.admin);
    const overview = await getRetentionOverview();
    const byDisposition = (d: string) => overview.items.filter((i) => i.disposition === d).map((i) => i.caseId).sort();
    expect(byDisposition("REMOVE")).toEqual([...toRemove].sort());
    expect(byDisposition("ARCHIVE")).toEqual([...researchSample].sort());
    expect(overview.items.map((i) => i.caseId)).not.toContain(held);
    expect(overview.items.map((i) => i.caseId)).not.toContain(recent);
    expect(counts).toMatchObject({ toRemove: 12, toArchive: 2, onHold: 1 });
    expect(overview.totals.records.journalEntries).toBe(1);
    expect(overview.totals.records.documents).toBe(1);
    expect(overview.run?.state).toBe("LISTED");
    // Nothing was removed by listing.
    expect(await db.case.count({ where: { id: { in: toRemove } } })).toBe(12);
  });

  it("is only for administrators", async () => {
    signInAs(world.users.managerA);
    await expect(getRetentionOverview()).rejects.toThrow(NOT_FOUND);
  });
});

describe("the research sample's transfer to the archive", () => {
  it("takes a kept case off the next list once its transfer is recorded, and puts it back when the archive lacks an entry", async () => {
    const [transferred, waiting] = [...researchSample].sort() as [string, string];
    signInAs(world.users.a1);
    expect(await recordArchiveTransfer(transferred, { reference: "Stadsarkivet, leveransreversal 2026/12" })).toEqual({ ok: true });
    // Recorded once: a second record while nothing was entered since changes nothing.
    expect(await recordArchiveTransfer(transferred, { reference: "igen" })).toEqual({ ok: false, error: "alreadyTransferred" });
    const audit = await db.auditEvent.findMany({ where: { caseId: transferred, action: "case.archiveTransfer" }, select: { reason: true, userId: true } });
    expect(audit).toEqual([{ reason: "Stadsarkivet, leveransreversal 2026/12", userId: world.users.a1.id }]);

    // The list already made says so; the next list no longer holds the case.
    signInAs(world.users.admin);
    const before = await getRetentionOverview();
    expect(before.items.find((i) => i.caseId === transferred)?.transferredAt).toBeInstanceOf(Date);
    expect(before.items.find((i) => i.caseId === waiting)?.transferredAt).toBeNull();
    expect(await listDueCases()).toMatchObject({ toRemove: 12, toArchive: 1 });
    const after = await getRetentionOverview();
    expect(after.items.filter((i) => i.disposition === "ARCHIVE").map((i) => i.caseId)).toEqual([waiting]);

    // A transfer older than the case's last entry leaves that entry out of the archive: due again.
    await db.case.update({ where: { id: transferred }, data: { archiveTransferredAt: new Date("2019-01-01T00:00:00Z") } });
    expect(await listDueCases()).toMatchObject({ toRemove: 12, toArchive: 2 });
  });

  it("refuses and audits a record on a case outside the user's scope, and roles without the right", async () => {
    signInAs(world.users.c1);
    const deniedBefore = await db.auditEvent.count({ where: { userId: world.users.c1.id, action: "write.refused" } });
    expect(await recordArchiveTransfer(researchSample[0]!, { reference: "X" })).toEqual({ ok: false, error: "notFound" });
    expect(await db.auditEvent.count({ where: { userId: world.users.c1.id, action: "write.refused" } })).toBe(deniedBefore + 1);
    signInAs(world.users.admin);
    await expect(recordArchiveTransfer(researchSample[0]!, { reference: "X" })).rejects.toThrow(NOT_FOUND);
  });
});

describe("approving a list", () => {
  it("refuses a stale list (a listed case changed since) and changes nothing", async () => {
    signInAs(world.users.admin);
    const { run } = await getRetentionOverview();
    await db.case.update({ where: { id: toRemove[5]! }, data: { version: { increment: 1 } } });
    const result = await approveRetentionRun(run!.id);
    expect(result).toMatchObject({ ok: false, error: "stale" });
    expect(await db.case.count({ where: { id: { in: toRemove } } })).toBe(12);
    expect(await db.retainedCaseStatistics.count()).toBe(0);
    expect((await db.retentionRun.findUniqueOrThrow({ where: { id: run!.id } })).state).toBe("LISTED");
    const refusal = await db.auditEvent.findFirst({ where: { action: "write.refused", reason: "retention.approve.stale", resourceId: run!.id } });
    expect(refusal).not.toBeNull();
  });

  it("removes the listed cases and keeps every past year's statistics exactly", async () => {
    await listDueCases(); // a fresh list after the change above; the old one is superseded
    // Not vacuous: the cases that go did count in those years (opened in them, at least).
    const openedInYears = await db.case.count({
      where: { id: { in: toRemove }, openedAt: { gte: new Date("2016-12-31T23:00:00Z"), lt: new Date("2019-12-31T23:00:00Z") } },
    });
    expect(openedInYears).toBeGreaterThan(0);
    const before = await yearFigures();
    signInAs(world.users.admin);
    const { run } = await getRetentionOverview();
    const result = await approveRetentionRun(run!.id);
    expect(result).toEqual({ ok: true, removed: 12, skipped: 0 });

    expect(await db.case.count({ where: { id: { in: toRemove } } })).toBe(0);
    expect(await db.case.count({ where: { id: { in: [...researchSample, held, recent] } } })).toBe(4);
    expect(await db.retainedCaseStatistics.count({ where: { caseId: { in: toRemove } } })).toBe(12);
    expect(await db.journalEntry.count({ where: { caseId: signedEntryCase } })).toBe(0);
    expect(await db.journalEntryVersion.count({ where: { entry: { caseId: signedEntryCase } } })).toBe(0);
    expect(await db.document.count({ where: { caseId: signedEntryCase } })).toBe(0);

    const after = await yearFigures();
    // The test's own figures, printed for the closing note.
    console.log("statistics before removal:", JSON.stringify(before));
    console.log("statistics after removal: ", JSON.stringify(after));
    expect(after).toEqual(before);
    expect(before[2019]!.grantDecisions.byDecision.GRANTED.amountSek).toBeGreaterThanOrEqual(30_000);
    expect(before[2019]!.processingTimes.referralToDecision.count).toBeGreaterThan(0);
    const liveOpened = await db.case.count({
      where: { teamId: world.teams.a, openedAt: { gte: new Date("2016-12-31T23:00:00Z"), lt: new Date("2019-12-31T23:00:00Z") } },
    });
    expect(before[2017]!.opened.total + before[2018]!.opened.total + before[2019]!.opened.total).toBe(liveOpened + openedInYears);

    // The record holds no person: no name, birth date, identity number or contact.
    const record = await db.retainedCaseStatistics.findUniqueOrThrow({ where: { caseId: signedEntryCase } });
    expect(Object.keys(record).sort()).not.toEqual(expect.arrayContaining(["firstName", "birthDate", "identityNumber", "phone"]));
    const granted = await db.retainedCaseStatistics.findUniqueOrThrow({ where: { caseId: toRemove[1]! } });
    expect(granted).toMatchObject({ grantDecision: "GRANTED", grantAmountSek: 30_000, daysToDecision: 28 });
    expect(record.ageBand).toMatch(/^(0-17|18-29|30-44|45-64|65\+)$/);
  });

  it("keeps the removed case's audit rows with their ids, without the personal data in their details", async () => {
    const rows = await db.auditEvent.findMany({ where: { caseId: signedEntryCase, action: "case.update" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.resourceId).toBe(signedEntryCase);
    expect(rows[0]!.changes).toEqual({ phone: ["[removed]", "[removed]"] });
    expect(rows[0]!.reason).toBe("[removed]");
    const trail = await db.auditEvent.findMany({ where: { caseId: signedEntryCase }, select: { changes: true, reason: true } });
    expect(JSON.stringify(trail)).not.toContain("070-1234567");
    expect(JSON.stringify(trail)).not.toContain("Storgatan");
    // The trail stays append-only outside the retention function, and the function refuses a live case.
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET reason = NULL WHERE "caseId" = ${signedEntryCase}`).rejects.toThrow(/append-only/);
    await expect(db.$queryRaw`SELECT "audit_scrub_removed_case"(${recent})`).rejects.toThrow(/not been removed/);
  });

  it("refuses an empty list (nothing to remove) and a list already carried out, changing nothing", async () => {
    await listDueCases(); // now only the research sample is due: archive, not removal
    signInAs(world.users.admin);
    const { run, totals } = await getRetentionOverview();
    expect(totals.toRemove).toBe(0);
    expect(await approveRetentionRun(run!.id)).toMatchObject({ ok: false, error: "empty" });
    const done = await db.retentionRun.findFirstOrThrow({ where: { state: "DONE" } });
    expect(await approveRetentionRun(done.id)).toMatchObject({ ok: false, error: "notListed" });
    expect(await db.case.count({ where: { id: { in: [...researchSample, held, recent] } } })).toBe(4);
  });
});

describe("the audit log's own retention", () => {
  it("purges nothing younger than the set years, and the database refuses less than two", async () => {
    const count = await db.auditEvent.count();
    expect(await purgeExpiredAuditEvents()).toBe(0);
    expect(await db.auditEvent.count()).toBeGreaterThanOrEqual(count);
    await expect(db.$queryRaw`SELECT "audit_purge_expired"(1)`).rejects.toThrow(/at least two years/);
  });
});

describe("a removal killed half-way", () => {
  it("leaves every case whole or removed, never half, and resumes to the end", async () => {
    const cases = await oldCases(8, "07");
    await listDueCases();
    const run = await db.retentionRun.findFirstOrThrow({ where: { state: "LISTED" }, orderBy: { createdAt: "desc" } });
    // Approved (by an administrator, elsewhere); a separate process carries it out and is killed.
    await db.retentionRun.update({ where: { id: run.id }, data: { state: "APPROVED", approvedAt: new Date() } });
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.resolve("tests/support/retention-child.ts"), run.id],
      { env: { ...process.env }, stdio: ["ignore", "inherit", "inherit"] },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 60_000;
    while ((await db.retentionRunItem.count({ where: { runId: run.id, removedAt: { not: null } } })) < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Somewhere inside the next case's transaction, or between two.
    await new Promise((resolve) => setTimeout(resolve, 120));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const items = await db.retentionRunItem.findMany({ where: { runId: run.id, caseId: { in: cases } } });
    const removedNow = items.filter((i) => i.removedAt).length;
    console.log(`killed after ${removedNow} of ${cases.length} cases`);
    expect(removedNow).toBeGreaterThanOrEqual(2);
    expect(removedNow).toBeLessThan(cases.length);
    for (const item of items) {
      const [caseRows, records, members] = await Promise.all([
        db.case.count({ where: { id: item.caseId } }),
        db.retainedCaseStatistics.count({ where: { caseId: item.caseId } }),
        db.householdMember.count({ where: { caseId: item.caseId } }),
      ]);
      if (item.removedAt) expect([caseRows, records, members]).toEqual([0, 1, 0]);
      else expect([caseRows, records]).toEqual([1, 0]);
    }

    expect(await resumeApprovedRuns()).toEqual({ runsResumed: 1, casesRemoved: cases.length - removedNow });
    expect(await db.case.count({ where: { id: { in: cases } } })).toBe(0);
    expect((await db.retentionRun.findUniqueOrThrow({ where: { id: run.id } })).state).toBe("DONE");
  });
});

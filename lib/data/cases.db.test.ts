// The case data layer against a real Postgres: scope, the status machine,
// optimistic locking, gap-free numbers and audit events in the same
// transaction. Only the auth lookup is replaced (tests/support/as-user.ts).
import { signInAs, type UserLike } from "@/tests/support/as-user";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { caseScope } from "@/lib/data/scope";
import { addHouseholdMember, removeHouseholdMember, updateHouseholdMember } from "@/lib/data/household";
import { CASE_PAGE_SIZE, listCases } from "@/lib/data/case-list";
import { changeCaseStatus, getCase, listAssignableAdvisers, reassignCase, undoLastStatusChange, updateCase } from "@/lib/data/cases";
import { createCase, DUPLICATE_LOOKUPS_PER_HOUR, searchForDuplicates } from "@/lib/data/case-intake";
import { getCaseTimeline } from "@/lib/data/timeline";
import { scheduleFollowUps } from "@/lib/data/follow-ups-schedule";
import { officeToday } from "@/lib/dates";
import { addDays } from "@/lib/dates";
import { makeIdentityNumber } from "@/lib/identity-number";
import { CaseEditFormSchema, CaseFormSchema, CaseListFilterSchema, HouseholdMemberFormSchema, StatusChangeFormSchema, UndoStatusFormSchema, caseToFormValues, type CaseForm } from "@/lib/schemas/case";
import { createFactories } from "@/lib/seed/factories";
import { createCaseworkTeams, teamAdvisers, type CaseworkTeams } from "@/tests/support/casework";
import { insertCaseGraphs } from "@/tests/support/factories";
import { failInsertsWhere } from "@/tests/support/failing-insert";

const db = getDb();
// One user's audit events fail, to show that a write whose audit event fails is rolled back with it.
failInsertsWhere(db, { name: "hemvag_test_fail_audit", table: "AuditEvent", condition: `NEW."userEmail" LIKE 'audit-fails-%'`, message: "audit refused for the test" });
const TODAY = officeToday();
const run = crypto.randomBytes(3).toString("hex");
// One factory for the file: its ids are unique only within one instance.
const f = createFactories({ seed: 4242, firstCaseSeq: 50_000 + crypto.randomInt(40_000) });

type Users = Record<"a1" | "a2" | "b1" | "c1" | "c2" | "managerA" | "staff" | "admin" | "noTeam", UserLike>;
let users: Users;
let teams: CaseworkTeams;

function person(overrides: Record<string, string> = {}): CaseForm {
  return CaseFormSchema.parse({ firstName: "Amra", lastName: `Testsson ${run}`.replace(/\d/g, "x"), birthDate: "1980-05-14", ...overrides });
}

async function newCase(as: UserLike, overrides: Record<string, string> = {}) {
  signInAs(as);
  const result = await createCase(person(overrides), { confirmedCaseIds: [] });
  if (!result.ok) {
    // Tests reuse names: confirm what the search found, as an adviser would.
    if (result.error !== "duplicatesNotConfirmed") throw new Error(result.error);
    const again = await createCase(person(overrides), { confirmedCaseIds: result.candidates.map((c) => c.caseId) });
    if (!again.ok) throw new Error(again.error);
    return again;
  }
  return result;
}

async function auditCount(where: { caseId?: string; action?: string; userEmail?: string }) {
  return db.auditEvent.count({ where });
}

function status(toStatus: string, version: number, extra: Record<string, string> = {}) {
  return StatusChangeFormSchema.parse({ toStatus, effectiveOn: TODAY, reason: `Till ${toStatus}`, version: String(version), ...extra });
}

beforeAll(async () => {
  teams = await createCaseworkTeams(db, f, (team) => `Team ${team} ${run}`);
  // Explicit e-mails: the factory's are unique within one process only.
  const user = (key: string, role: UserLike["role"], teamId: string | null) => f.buildUser({ role, teamId, email: `${key}-${run}@hemvag.test` });
  const rows = {
    ...teamAdvisers(user, teams),
    staff: user("staff", "STAFF", teams.a),
    admin: user("admin", "ADMIN", null),
    noTeam: user("no-team", "ADVISER", null),
  };
  await db.user.createMany({ data: Object.values(rows) });
  users = rows;
});

beforeEach(() => {
  signInAs(null);
});

describe("intake", () => {
  it("opens a case with the next number, the adviser's team, an INTAKE status change and an audit event", async () => {
    const created = await newCase(users.a1);
    const row = await db.case.findUniqueOrThrow({ where: { id: created.caseId }, include: { statusChanges: true } });
    expect(row).toMatchObject({ adviserId: users.a1.id, teamId: teams.a, status: "INTAKE", version: 1, caseNumber: created.caseNumber });
    expect(row.caseNumber).toBe(`${row.caseYear}/${String(row.caseSeq).padStart(4, "0")}`);
    expect(row.statusChanges).toMatchObject([{ fromStatus: null, toStatus: "INTAKE", changedById: users.a1.id }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { caseId: created.caseId, action: "case.create" } });
    // The trail says which fields were set, never their values.
    expect(JSON.stringify(audit.changes)).not.toContain("Amra");
    expect(audit.changes).toMatchObject({ firstName: [null, "[redacted]"], caseNumber: [null, created.caseNumber] });
  });

  it("hands out gap-free numbers to concurrent intakes", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => newCase(users.a1, { firstName: "Samtidig", birthDate: `1990-01-${String(i + 1).padStart(2, "0")}` })),
    );
    const seqs = (await db.case.findMany({ where: { id: { in: results.map((r) => r.caseId) } }, select: { caseSeq: true } }))
      .map((row) => row.caseSeq)
      .sort((a, b) => a - b);
    expect(seqs.length).toBeGreaterThan(0);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.at(-1)! - seqs[0]!).toBe(seqs.length - 1);
    const year = Number(TODAY.slice(0, 4));
    const sequence = await db.caseNumberSequence.findUniqueOrThrow({ where: { year } });
    expect(sequence.lastValue).toBeGreaterThanOrEqual(seqs.at(-1)!);
  });

  it("rolls the number and the case back when the write fails, leaving no audit event", async () => {
    const year = Number(TODAY.slice(0, 4));
    signInAs({ ...users.a1, email: `audit-fails-${run}@hemvag.test` });
    const before = (await db.caseNumberSequence.findUnique({ where: { year } }))?.lastValue ?? 0;
    const count = await db.case.count();
    await expect(createCase(person({ firstName: "Felskriven", birthDate: "1955-02-03" }), { confirmedCaseIds: [] })).rejects.toThrow(/audit refused/);
    expect((await db.caseNumberSequence.findUnique({ where: { year } }))?.lastValue ?? 0).toBe(before);
    expect(await db.case.count()).toBe(count);
    const next = await newCase(users.a1, { firstName: "Efterföljande" });
    expect(next.caseNumber).toBe(`${year}/${String(before + 1).padStart(4, "0")}`);
  });

  it("needs a team", async () => {
    signInAs(users.noTeam);
    expect(await createCase(person(), { confirmedCaseIds: [] })).toEqual({ ok: false, error: "noTeam" });
  });

  it("is refused to managers, staff and administrators", async () => {
    for (const who of [users.managerA, users.staff, users.admin]) {
      signInAs(who);
      await expect(createCase(person(), { confirmedCaseIds: [] })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
  });
});

describe("duplicate search", () => {
  const pnr = makeIdentityNumber("1975-03-09", 482);

  it("finds the same identity number first, then a similar name with the same birth date, and hides the person outside the scope", async () => {
    const byNumber = await newCase(users.b1, { firstName: "Mirsad", lastName: "Omerović", birthDate: "1975-03-09", identityNumber: pnr });
    const byName = await newCase(users.a1, { firstName: "Mirsad", lastName: "Omerovic", birthDate: "1975-03-09" });
    await newCase(users.a1, { firstName: "Mirsad", lastName: "Omerović", birthDate: "1975-03-10" });

    signInAs(users.a1);
    const found = await searchForDuplicates({ firstName: "Mirsad", lastName: "Omerović", birthDate: "1975-03-09", identityNumber: pnr });
    if (found === "throttled") throw new Error("throttled");
    const mine = found.filter((c) => [byNumber.caseId, byName.caseId].includes(c.caseId));
    expect(mine.map((c) => [c.caseId, c.isInScope ? c.matchKind : "hidden", c.isInScope])).toEqual([
      [byNumber.caseId, "hidden", false],
      [byName.caseId, "nameAndBirthDate", true],
    ]);
    // Outside the scope: "a case exists — its team", nothing about the person, not even the case's number or status.
    expect(mine[0]).toEqual({ isInScope: false, caseId: byNumber.caseId, isIdentityMatch: true, isOpen: true, isProtected: false, teamName: expect.stringContaining("Team B") });
    expect(mine[1]).toMatchObject({ firstName: "Mirsad", lastName: "Omerovic", birthDate: "1975-03-09" });
    expect(await auditCount({ action: "case.duplicateSearch", userEmail: users.a1.email })).toBeGreaterThan(0);
  });

  it("finds household members too", async () => {
    const host = await newCase(users.a1, { firstName: "Värd", lastName: "Hushållsson" });
    signInAs(users.a1);
    const version = (await db.case.findUniqueOrThrow({ where: { id: host.caseId } })).version;
    const member = HouseholdMemberFormSchema.parse({ relation: "SPOUSE", firstName: "Lejla", lastName: "Kovačević", birthDate: "1982-11-02", caseVersion: String(version) });
    expect(await addHouseholdMember(host.caseId, member)).toEqual({ ok: true });
    const found = await searchForDuplicates({ firstName: "Lejla", lastName: "Kovacevic", birthDate: "1982-11-02", identityNumber: null });
    if (found === "throttled") throw new Error("throttled");
    expect(found.find((c) => c.caseId === host.caseId)).toMatchObject({ matchedPerson: "MEMBER", matchKind: "nameAndBirthDate" });
  });

  it("leads an identity number already on a case to that case: no ticked box opens a second one", async () => {
    const open = makeIdentityNumber("1971-01-21", 331);
    const existing = await newCase(users.a1, { firstName: "Redan", lastName: "Registrerad", birthDate: "1971-01-21", identityNumber: open });
    signInAs(users.a2);
    const again = person({ firstName: "Redan", lastName: "Registrerad", birthDate: "1971-01-21", identityNumber: open });
    const before = await db.case.count({ where: { identityNumber: open } });
    const refused = await createCase(again, { confirmedCaseIds: [existing.caseId] });
    expect(refused).toMatchObject({ ok: false, error: "identityOnOpenCase" });
    // Out of the adviser's scope: only the team, and the manager or that team to ask.
    signInAs(users.b1);
    expect(await createCase(again, { confirmedCaseIds: [existing.caseId] })).toMatchObject({ ok: false, error: "identityOutOfScope" });
    // A closed case is offered for reopening instead.
    await db.case.update({ where: { id: existing.caseId }, data: { status: "CLOSED" } });
    signInAs(users.a1);
    expect(await createCase(again, { confirmedCaseIds: [existing.caseId] })).toMatchObject({ ok: false, error: "identityOnClosedCase" });
    expect(await db.case.count({ where: { identityNumber: open } })).toBe(before);
    expect(await auditCount({ action: "case.create.refused", userEmail: users.b1.email })).toBe(1);
  });

  it("throttles the lookup per adviser, counted in the database, and audits it", async () => {
    signInAs(users.c2);
    const userId = users.c2.id;
    // The hour's earlier lookups, as audit rows (the throttle counts those, on every instance).
    await db.$executeRaw`INSERT INTO "AuditEvent" ("userId", "userEmail", "role", "action") SELECT ${userId}, ${users.c2.email}, 'ADVISER'::"Role", 'case.duplicateSearch' FROM generate_series(1, ${DUPLICATE_LOOKUPS_PER_HOUR - 1})`;
    expect(await searchForDuplicates({ firstName: "Sista", lastName: "Sökningen", birthDate: "1990-01-01", identityNumber: null })).toEqual([]);
    expect(await searchForDuplicates({ firstName: "För", lastName: "Många", birthDate: "1990-01-01", identityNumber: null })).toBe("throttled");
    expect(await createCase(person({ firstName: "För", lastName: "Många" }), { confirmedCaseIds: [] })).toEqual({ ok: false, error: "throttled" });
    expect(await auditCount({ action: "case.duplicateSearch.throttled", userEmail: users.c2.email })).toBe(2);
    expect(await db.case.count({ where: { firstName: "För", lastName: "Många" } })).toBe(0);
  });

  it("refuses to open a case until every candidate is confirmed", async () => {
    const first = await newCase(users.a1, { firstName: "Dubblett", lastName: "Kontrollsson", birthDate: "1966-06-06" });
    signInAs(users.a1);
    const refused = await createCase(person({ firstName: "Dubblett", lastName: "Kontrollsson", birthDate: "1966-06-06" }), { confirmedCaseIds: [] });
    expect(refused).toMatchObject({ ok: false, error: "duplicatesNotConfirmed" });
    expect(refused.ok ? [] : "candidates" in refused ? refused.candidates.map((c) => c.caseId) : []).toContain(first.caseId);
    const accepted = await createCase(person({ firstName: "Dubblett", lastName: "Kontrollsson", birthDate: "1966-06-06" }), {
      confirmedCaseIds: refused.ok || !("candidates" in refused) ? [] : refused.candidates.map((c) => c.caseId),
    });
    expect(accepted.ok).toBe(true);
  });
});

describe("scope", () => {
  let caseA: string;
  let caseC: string;

  beforeAll(async () => {
    caseA = (await newCase(users.a1, { firstName: "Omfång" })).caseId;
    caseC = (await newCase(users.c1, { firstName: "Omfång" })).caseId;
  });

  it("lets an adviser of another team neither read nor change a case by its id", async () => {
    signInAs(users.b1);
    expect(await getCase(caseA)).toBeNull();
    expect(await getCaseTimeline(caseA)).toBeNull();
    const edit = CaseEditFormSchema.parse({ ...caseToFormValues(person()), version: "1" });
    expect(await updateCase(caseA, edit)).toEqual({ ok: false, error: "notFound" });
    expect(await changeCaseStatus(caseA, status("COUNSELLING", 1))).toEqual({ ok: false, error: "notFound" });
    const member = HouseholdMemberFormSchema.parse({ relation: "CHILD", firstName: "Ej", lastName: "Tillåten", birthDate: "2015-01-01", caseVersion: "1" });
    expect(await addHouseholdMember(caseA, member)).toEqual({ ok: false, error: "notFound" });
    expect(await reassignCase(caseA, { adviserId: users.b1.id, version: 1 })).toEqual({ ok: false, error: "notFound" });
    const row = await db.case.findUniqueOrThrow({ where: { id: caseA } });
    expect(row).toMatchObject({ status: "INTAKE", version: 1, firstName: "Omfång" });
    expect(await auditCount({ caseId: caseA, userEmail: users.b1.email })).toBe(0);
  });

  it("lets advisers of a sharing team read each other's cases, but not of a team that does not share", async () => {
    signInAs(users.a2);
    expect((await getCase(caseA))?.id).toBe(caseA);
    signInAs(users.c2);
    expect(await getCase(caseC)).toBeNull();
    signInAs(users.c1);
    expect((await getCase(caseC))?.id).toBe(caseC);
  });

  it("opens a case through emergency access until it expires", async () => {
    await db.emergencyAccess.create({ data: { userId: users.c2.id, caseId: caseC, reason: "Akut test", expiresAt: new Date(Date.now() + 3_600_000) } });
    signInAs(users.c2);
    expect((await getCase(caseC))?.id).toBe(caseC);
    await db.emergencyAccess.updateMany({ where: { userId: users.c2.id, caseId: caseC }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getCase(caseC)).toBeNull();
  });

  it("lets a manager read the team's cases only, and change none", async () => {
    signInAs(users.managerA);
    expect((await getCase(caseA))?.id).toBe(caseA);
    expect(await getCase(caseC)).toBeNull();
    await expect(changeCaseStatus(caseA, status("COUNSELLING", 1))).rejects.toThrow(/404/);
    await expect(updateCase(caseA, CaseEditFormSchema.parse({ ...caseToFormValues(person()), version: "1" }))).rejects.toThrow(/404/);
  });

  it("shows staff and administrators nothing", async () => {
    for (const who of [users.staff, users.admin]) {
      signInAs(who);
      await expect(getCase(caseA)).rejects.toThrow(/404/);
      await expect(listCases(CaseListFilterSchema.parse({}))).rejects.toThrow(/404/);
      await expect(getCaseTimeline(caseA)).rejects.toThrow(/404/);
    }
  });

  it("audits each read", async () => {
    signInAs(users.a1);
    const before = await auditCount({ caseId: caseA, action: "case.read" });
    await getCase(caseA);
    expect(await auditCount({ caseId: caseA, action: "case.read" })).toBe(before + 1);
  });

  it("gives the list exactly the cases caseScope() gives, for every role", async () => {
    for (const who of [users.a1, users.b1, users.c1, users.c2, users.managerA]) {
      const session = signInAs(who)!;
      const expected = (await db.case.findMany({ where: caseScope(session), select: { id: true } })).map((row) => row.id).sort();
      const listed: string[] = [];
      let after: string | undefined;
      do {
        const page = await listCases(CaseListFilterSchema.parse({ status: "all", sort: "number", after }));
        listed.push(...page.rows.map((row) => row.id));
        after = page.nextCursor ?? undefined;
      } while (after);
      expect(listed.sort(), who.email).toEqual(expected);
    }
  });
});

describe("status changes", () => {
  it("refuses an illegal jump in the data layer and changes nothing", async () => {
    const created = await newCase(users.a1);
    signInAs(users.a1);
    const audits = await auditCount({ caseId: created.caseId });
    expect(await changeCaseStatus(created.caseId, status("DEPARTED", 1))).toEqual({ ok: false, error: "transitionNotAllowed" });
    expect(await changeCaseStatus(created.caseId, status("CLOSED", 1, { outcome: "RETURNED" }))).toEqual({ ok: false, error: "outcomeNotAllowed" });
    // Past the form: the data layer checks the outcome itself.
    expect(await changeCaseStatus(created.caseId, { ...status("COUNSELLING", 1), toStatus: "CLOSED", outcome: null })).toEqual({
      ok: false,
      error: "outcomeRequired",
    });
    const row = await db.case.findUniqueOrThrow({ where: { id: created.caseId }, include: { statusChanges: true } });
    expect(row).toMatchObject({ status: "INTAKE", version: 1 });
    expect(row.statusChanges).toHaveLength(1);
    expect(await auditCount({ caseId: created.caseId })).toBe(audits);
  });

  it("walks to DEPARTED, scheduling follow-ups at 1, 3 and 6 months, and closes with an outcome", async () => {
    const created = await newCase(users.a1);
    signInAs(users.a1);
    let version = 1;
    for (const to of ["COUNSELLING", "PLANNING", "REFERRED", "AWAITING_DECISION", "DEPARTED"]) {
      const result = await changeCaseStatus(created.caseId, status(to, version));
      expect(result, to).toMatchObject({ ok: true });
      version++;
    }
    const followUps = await db.followUp.findMany({ where: { caseId: created.caseId }, orderBy: { monthsAfterReturn: "asc" } });
    expect(followUps.map((f) => f.monthsAfterReturn)).toEqual([1, 3, 6]);
    const due = (months: number) => {
      const d = new Date(`${TODAY}T00:00:00Z`);
      const day = d.getUTCDate();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + months);
      d.setUTCDate(Math.min(day, new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()));
      return d.toISOString().slice(0, 10);
    };
    expect(followUps.map((f) => f.dueOn.toISOString().slice(0, 10))).toEqual([due(1), due(3), due(6)]);
    // Idempotent: scheduling again adds nothing.
    expect(await scheduleFollowUps(db, created.caseId, TODAY)).toBe(0);

    expect(await changeCaseStatus(created.caseId, status("FOLLOW_UP", version))).toMatchObject({ ok: true });
    version++;
    expect(await changeCaseStatus(created.caseId, status("CLOSED", version, { outcome: "RETURNED" }))).toMatchObject({ ok: true });
    const row = await db.case.findUniqueOrThrow({ where: { id: created.caseId }, include: { statusChanges: { orderBy: { createdAt: "asc" } } } });
    expect(row).toMatchObject({ status: "CLOSED", outcome: "RETURNED", version: version + 1 });
    expect(row.closedAt).not.toBeNull();
    expect(row.statusChanges.map((s) => s.toStatus)).toEqual(["INTAKE", "COUNSELLING", "PLANNING", "REFERRED", "AWAITING_DECISION", "DEPARTED", "FOLLOW_UP", "CLOSED"]);
    expect(await auditCount({ caseId: created.caseId, action: "case.status.change" })).toBe(7);

    const timeline = await getCaseTimeline(created.caseId);
    expect(timeline!.filter((e) => e.kind === "status")).toHaveLength(8);
    expect(timeline!.filter((e) => e.kind === "followUp")).toHaveLength(3);

    // Reopening clears the outcome.
    expect(await changeCaseStatus(created.caseId, status("COUNSELLING", version + 1))).toMatchObject({ ok: true });
    expect(await db.case.findUniqueOrThrow({ where: { id: created.caseId } })).toMatchObject({ status: "COUNSELLING", outcome: null, closedAt: null });
  });

  it("refuses a stale version and a date before the previous change", async () => {
    const created = await newCase(users.a1);
    signInAs(users.a1);
    expect(await changeCaseStatus(created.caseId, status("COUNSELLING", 1))).toMatchObject({ ok: true });
    expect(await changeCaseStatus(created.caseId, status("PLANNING", 1))).toEqual({ ok: false, error: "conflict" });
    expect(await changeCaseStatus(created.caseId, status("PLANNING", 2, { effectiveOn: "2001-01-01" }))).toEqual({ ok: false, error: "effectiveOnBeforePrevious" });
  });

  it("rolls the change back when its audit event fails", async () => {
    const created = await newCase(users.a1);
    signInAs({ ...users.a1, email: `audit-fails-${run}@hemvag.test` });
    await expect(changeCaseStatus(created.caseId, status("COUNSELLING", 1))).rejects.toThrow();
    const row = await db.case.findUniqueOrThrow({ where: { id: created.caseId }, include: { statusChanges: true } });
    expect(row).toMatchObject({ status: "INTAKE", version: 1 });
    expect(row.statusChanges).toHaveLength(1);
  });
});

describe("undoing a mistaken status change", () => {
  const undo = (version: number, reason = "Fel ärende valt") => ({ reason, version });

  it("adds a change back with its reason, keeps the mistaken one unedited, and can undo it once", async () => {
    const created = await newCase(users.a1);
    signInAs(users.a1);
    expect(await changeCaseStatus(created.caseId, status("COUNSELLING", 1))).toMatchObject({ ok: true });
    expect(await changeCaseStatus(created.caseId, status("PLANNING", 2))).toMatchObject({ ok: true });
    const mistaken = await db.caseStatusChange.findFirstOrThrow({ where: { caseId: created.caseId, toStatus: "PLANNING" } });
    expect((await getCase(created.caseId))?.undoableChange).toEqual({ from: "COUNSELLING", to: "PLANNING" });

    signInAs(users.a2);
    expect(await undoLastStatusChange(created.caseId, undo(3))).toEqual({ ok: true, undone: { from: "COUNSELLING", to: "PLANNING" } });
    const row = await db.case.findUniqueOrThrow({ where: { id: created.caseId }, include: { statusChanges: { orderBy: { createdAt: "asc" } } } });
    expect(row).toMatchObject({ status: "COUNSELLING", version: 4 });
    expect(row.statusChanges.map((s) => [s.fromStatus, s.toStatus])).toEqual([[null, "INTAKE"], ["INTAKE", "COUNSELLING"], ["COUNSELLING", "PLANNING"], ["PLANNING", "COUNSELLING"]]);
    expect(row.statusChanges[3]).toMatchObject({ undoesId: mistaken.id, reason: "Fel ärende valt", changedById: users.a2.id });
    // The mistaken change is untouched.
    expect(await db.caseStatusChange.findUniqueOrThrow({ where: { id: mistaken.id } })).toEqual(mistaken);
    expect(await auditCount({ caseId: created.caseId, action: "case.status.undo" })).toBe(1);
    const timeline = await getCaseTimeline(created.caseId);
    expect(timeline!.find((e) => e.kind === "status" && e.details.undoes === true)).toMatchObject({ byName: users.a2.name, details: { reason: "Fel ärende valt" } });

    // An undo is not undone again, and the case no longer offers it.
    expect((await getCase(created.caseId))?.undoableChange).toBeNull();
    expect(await undoLastStatusChange(created.caseId, undo(4))).toEqual({ ok: false, error: "nothingToUndo" });
    expect(await db.case.findUniqueOrThrow({ where: { id: created.caseId } })).toMatchObject({ status: "COUNSELLING", version: 4 });
  });

  it("undoes a mistaken departure and its planned follow-ups, but not once a follow-up is held", async () => {
    const created = await newCase(users.a1);
    signInAs(users.a1);
    let version = 1;
    for (const to of ["COUNSELLING", "PLANNING", "DEPARTED"]) expect(await changeCaseStatus(created.caseId, status(to, version++))).toMatchObject({ ok: true });
    expect(await db.followUp.count({ where: { caseId: created.caseId } })).toBe(3);
    expect(await undoLastStatusChange(created.caseId, undo(version))).toMatchObject({ ok: true });
    expect(await db.case.findUniqueOrThrow({ where: { id: created.caseId } })).toMatchObject({ status: "PLANNING" });
    expect(await db.followUp.count({ where: { caseId: created.caseId } })).toBe(0);

    version++;
    expect(await changeCaseStatus(created.caseId, status("DEPARTED", version++))).toMatchObject({ ok: true });
    await db.followUp.updateMany({ where: { caseId: created.caseId, monthsAfterReturn: 1 }, data: { completedOn: new Date(`${TODAY}T00:00:00Z`) } });
    expect(await undoLastStatusChange(created.caseId, undo(version))).toEqual({ ok: false, error: "followUpDone" });
    expect(await db.case.findUniqueOrThrow({ where: { id: created.caseId } })).toMatchObject({ status: "DEPARTED", version });
    expect(await db.followUp.count({ where: { caseId: created.caseId } })).toBe(3);
  });

  it("refuses the opening, closing, a stale version, an empty reason, another team's case and managers: nothing changes, refusals audited", async () => {
    const created = await newCase(users.a1);
    signInAs(users.a1);
    expect(await undoLastStatusChange(created.caseId, undo(1))).toEqual({ ok: false, error: "nothingToUndo" });
    expect(await changeCaseStatus(created.caseId, status("COUNSELLING", 1))).toMatchObject({ ok: true });
    expect(await undoLastStatusChange(created.caseId, undo(1))).toEqual({ ok: false, error: "conflict" });
    expect(UndoStatusFormSchema.safeParse({ reason: "  ", version: "2" }).error?.issues[0]?.message).toBe("reasonRequired");
    signInAs(users.b1);
    expect(await undoLastStatusChange(created.caseId, undo(2))).toEqual({ ok: false, error: "notFound" });
    for (const who of [users.managerA, users.staff, users.admin]) {
      signInAs(who);
      await expect(undoLastStatusChange(created.caseId, undo(2))).rejects.toThrow(/404/);
    }
    expect(await db.case.findUniqueOrThrow({ where: { id: created.caseId } })).toMatchObject({ status: "COUNSELLING", version: 2 });
    expect(await auditCount({ action: "case.status.undo.refused", userEmail: users.b1.email })).toBe(1);

    signInAs(users.a1);
    expect(await changeCaseStatus(created.caseId, status("CLOSED", 2, { outcome: "NO_CONTACT" }))).toMatchObject({ ok: true });
    expect(await undoLastStatusChange(created.caseId, undo(3))).toEqual({ ok: false, error: "closingNotUndoable" });
    expect(await db.case.findUniqueOrThrow({ where: { id: created.caseId } })).toMatchObject({ status: "CLOSED", version: 3 });
    expect(await auditCount({ caseId: created.caseId, action: "case.status.undo" })).toBe(0);
  });
});

describe("editing", () => {
  it("saves on the current version, and on a stale one returns the current values without writing", async () => {
    const created = await newCase(users.a1, { phone: "+46 70 111 11 11" });
    const start = caseToFormValues(person({ phone: "+46 70 111 11 11" }));
    signInAs(users.a1);
    const first = await updateCase(created.caseId, CaseEditFormSchema.parse({ ...start, phone: "+46 70 222 22 22", version: "1" }));
    expect(first).toEqual({ ok: true, version: 2 });

    signInAs(users.a2);
    const second = await updateCase(created.caseId, CaseEditFormSchema.parse({ ...start, email: "ny@example.org", version: "1" }));
    expect(second).toMatchObject({ ok: false, error: "conflict", version: 2, changedBy: users.a1.email });
    expect(second.ok === false && second.error === "conflict" ? second.current.phone : null).toBe("+46702222222");
    const row = await db.case.findUniqueOrThrow({ where: { id: created.caseId } });
    expect(row).toMatchObject({ version: 2, phone: "+46702222222", email: null });
    expect(await auditCount({ caseId: created.caseId, action: "case.update" })).toBe(1);

    // Saving again on top of the new version keeps both changes.
    const third = await updateCase(created.caseId, CaseEditFormSchema.parse({ ...start, phone: "+46 70 222 22 22", email: "ny@example.org", version: "2" }));
    expect(third).toEqual({ ok: true, version: 3 });
  });

  it("makes a new name findable at once, with a typo, and the old one no longer finds the case", async () => {
    const created = await newCase(users.a1);
    const start = caseToFormValues(person());
    const newName = `Zeynepqx${run.replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]!)}`;
    signInAs(users.a1);
    expect(await updateCase(created.caseId, CaseEditFormSchema.parse({ ...start, lastName: newName, version: "1" }))).toEqual({ ok: true, version: 2 });
    const search = async (q: string) => (await listCases(CaseListFilterSchema.parse({ q, status: "all" }))).rows.map((r) => r.id);
    // A letter doubled, as typed in a hurry.
    expect(await search(`${newName.slice(0, 4)}${newName.slice(3)}`)).toEqual([created.caseId]);
    expect(await search(`${start.firstName} ${newName}`)).toEqual([created.caseId]);
    expect(await search(`${start.firstName} ${start.lastName}`)).not.toContain(created.caseId);
  });

  it("adds, edits and removes household members, bumping the case version each time", async () => {
    const created = await newCase(users.a1);
    signInAs(users.a1);
    const member = { relation: "CHILD", firstName: "Lejla", lastName: "Barnsson", birthDate: "2014-04-04", livesWithApplicant: "on" };
    expect(await addHouseholdMember(created.caseId, HouseholdMemberFormSchema.parse({ ...member, caseVersion: "1" }))).toEqual({ ok: true });
    expect(await addHouseholdMember(created.caseId, HouseholdMemberFormSchema.parse({ ...member, caseVersion: "1" }))).toEqual({ ok: false, error: "conflict" });
    const [saved] = await db.householdMember.findMany({ where: { caseId: created.caseId } });
    expect(
      await updateHouseholdMember(created.caseId, saved!.id, HouseholdMemberFormSchema.parse({ ...member, firstName: "Lejla Amina", caseVersion: "2" })),
    ).toEqual({ ok: true });
    expect((await getCase(created.caseId))?.household.map((m) => m.firstName)).toEqual(["Lejla Amina"]);
    expect(await removeHouseholdMember(created.caseId, saved!.id, 3)).toEqual({ ok: true });
    expect(await db.householdMember.count({ where: { caseId: created.caseId } })).toBe(0);
    expect((await db.case.findUniqueOrThrow({ where: { id: created.caseId } })).version).toBe(4);
    const events = await db.auditEvent.findMany({ where: { caseId: created.caseId, action: { startsWith: "case.household." } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["case.household.add", "case.household.update", "case.household.remove"]);
    // The trail says which fields were given and changed, never their values.
    expect(events[0]!.changes).toMatchObject({ relation: [null, "[redacted]"], firstName: [null, "[redacted]"], birthDate: [null, "[redacted]"] });
    expect(events[1]!.changes).toEqual({ firstName: ["[redacted]", "[redacted]"] });
  });

  it("writes nothing when a household member is saved unchanged: no version bump, no audit row", async () => {
    const created = await newCase(users.a1);
    signInAs(users.a1);
    const member = { relation: "CHILD", firstName: "Lejla", lastName: "Barnsson", birthDate: "2014-04-04", livesWithApplicant: "on" };
    expect(await addHouseholdMember(created.caseId, HouseholdMemberFormSchema.parse({ ...member, caseVersion: "1" }))).toEqual({ ok: true });
    const [saved] = await db.householdMember.findMany({ where: { caseId: created.caseId } });
    expect(await updateHouseholdMember(created.caseId, saved!.id, HouseholdMemberFormSchema.parse({ ...member, caseVersion: "2" }))).toEqual({ ok: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: created.caseId } })).version).toBe(2);
    expect(await db.auditEvent.count({ where: { caseId: created.caseId, action: "case.household.update" } })).toBe(0);
  });

  it("does not touch a member of another case", async () => {
    const one = await newCase(users.a1);
    const other = await newCase(users.a1);
    signInAs(users.a1);
    await addHouseholdMember(one.caseId, HouseholdMemberFormSchema.parse({ relation: "SPOUSE", firstName: "Make", lastName: "Ett", birthDate: "1980-01-01", caseVersion: "1" }));
    const [member] = await db.householdMember.findMany({ where: { caseId: one.caseId } });
    expect(await removeHouseholdMember(other.caseId, member!.id, 1)).toEqual({ ok: false, error: "notFound" });
  });
});

describe("hand-over", () => {
  it("lets an adviser hand a case to a colleague of the team and a manager assign within the team", async () => {
    const created = await newCase(users.a1);
    signInAs(users.a1);
    expect((await listAssignableAdvisers(created.caseId))?.map((u) => u.id)).toEqual([users.a2.id]);
    expect(await reassignCase(created.caseId, { adviserId: users.b1.id, version: 1 })).toEqual({ ok: false, error: "adviserNotInTeam" });
    expect(await reassignCase(created.caseId, { adviserId: users.a2.id, version: 1 })).toEqual({ ok: true });
    signInAs(users.managerA);
    expect(await reassignCase(created.caseId, { adviserId: users.a1.id, version: 2 })).toEqual({ ok: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: created.caseId } })).adviserId).toBe(users.a1.id);
    expect(await auditCount({ caseId: created.caseId, action: "case.assign" })).toBe(2);
  });
});

describe("the case list", () => {
  let teamD: string;
  let adviserD: UserLike;
  let graphs: ReturnType<typeof f.buildCase>[];

  beforeAll(async () => {
    const team = f.buildTeam({ name: `Team D ${run}` });
    teamD = team.id;
    await db.team.create({ data: team });
    const adviser = f.buildUser({ role: "ADVISER", teamId: team.id, email: `d1-${run}@hemvag.test` });
    await db.user.create({ data: adviser });
    adviserD = adviser;
    graphs = Array.from({ length: CASE_PAGE_SIZE + 15 }, (_, i) =>
      f.buildCase({ adviserId: adviser.id, teamId: team.id, caseYear: 2019, status: i % 5 === 0 ? "CLOSED" : undefined, householdMembers: i % 3 }),
    );
    graphs[0]!.case.firstName = "Mohammed";
    graphs[0]!.case.lastName = "Hassan";
    graphs[0]!.case.status = "COUNSELLING";
    await insertCaseGraphs(db as unknown as PrismaClient, graphs);
  });

  const list = (params: Record<string, string>) => listCases(CaseListFilterSchema.parse({ team: teamD, ...params }));

  it("pages through every case once with the keyset cursor, for every sort", async () => {
    signInAs(adviserD);
    for (const sort of ["updated", "number", "name"]) {
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const page = await list({ status: "all", sort, ...(after ? { after } : {}) });
        seen.push(...page.rows.map((row) => row.id));
        after = page.nextCursor ?? undefined;
        pages++;
      } while (after && pages < 10);
      expect(new Set(seen).size, sort).toBe(graphs.length);
      expect(seen.length, sort).toBe(graphs.length);
      expect(pages, sort).toBe(2);
    }
  });

  it("shows open cases by default and filters by status, country and period", async () => {
    signInAs(adviserD);
    const open = await list({ sort: "number" });
    expect(open.rows.every((row) => row.status !== "CLOSED")).toBe(true);
    const closed = await list({ status: "CLOSED" });
    expect(closed.rows.length).toBe(graphs.filter((g) => g.case.status === "CLOSED").length);
    const country = graphs[1]!.case.destinationCountry!;
    const byCountry = await list({ status: "all", country });
    expect(byCountry.rows.length).toBe(graphs.filter((g) => g.case.destinationCountry === country).length);
    const future = await list({ status: "all", from: "2999-01-01" });
    expect(future.rows).toHaveLength(0);
  });

  it("finds a name despite a typo, a case number and an identity number", async () => {
    signInAs(adviserD);
    const typo = await list({ q: "Mohamad Hasan", status: "all" });
    expect(typo.sort).toBe("relevance");
    expect(typo.rows[0]?.id).toBe(graphs[0]!.case.id);
    expect((await list({ q: "hassan", status: "all" })).rows.map((r) => r.id)).toContain(graphs[0]!.case.id);

    const byNumber = await list({ q: graphs[3]!.case.caseNumber, status: "all" });
    expect(byNumber.rows.map((r) => r.id)).toEqual([graphs[3]!.case.id]);

    const withNumber = graphs.find((g) => g.case.identityNumber)!;
    const pnr = withNumber.case.identityNumber!;
    const byPnr = await list({ q: `${pnr.slice(2, 8)}-${pnr.slice(8)}`, status: "all" });
    expect(byPnr.rows.map((r) => r.id)).toContain(withNumber.case.id);

    const withMember = graphs.find((g) => g.householdMembers.length > 0)!;
    const member = withMember.householdMembers[0]!;
    const byMember = await list({ q: `${member.firstName} ${member.lastName}`, status: "all" });
    expect(byMember.rows.map((r) => r.id)).toContain(withMember.case.id);
  });

  it("flags a case with something past its date as overdue, and a closed case never", async () => {
    const created = await newCase(users.a1);
    const { caseNumber } = await db.case.findUniqueOrThrow({ where: { id: created.caseId }, select: { caseNumber: true } });
    await db.task.create({ data: { caseId: created.caseId, assigneeId: users.a1.id, title: "Ring tillbaka", dueOn: new Date(`${addDays(TODAY, -2)}T00:00:00Z`) } });
    signInAs(users.a1);
    const byNumber = (params: Record<string, string> = {}) => listCases(CaseListFilterSchema.parse({ q: caseNumber, status: "all", ...params }));
    expect((await byNumber()).rows.map((r) => [r.id, r.isOverdue])).toEqual([[created.caseId, true]]);
    expect((await byNumber({ overdue: "1" })).rows).toHaveLength(1);

    expect(await changeCaseStatus(created.caseId, status("CLOSED", 1, { outcome: "NO_CONTACT" }))).toMatchObject({ ok: true });
    expect((await byNumber()).rows.map((r) => [r.id, r.isOverdue])).toEqual([[created.caseId, false]]);
    expect((await byNumber({ overdue: "1" })).rows).toEqual([]);
  });

  it("audits the list once, without the search text", async () => {
    signInAs(adviserD);
    await list({ q: "Mohammed Hassan" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "case.list", userId: adviserD.id }, orderBy: { id: "desc" } });
    expect(event.reason).not.toContain("Hassan");
    expect(event.reason).toContain("[name]");
  });
});

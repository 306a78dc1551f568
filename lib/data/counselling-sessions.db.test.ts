// Counselling sessions against a real Postgres: next steps become tasks in the
// same transaction, scope, audit, optimistic locking. Only the auth lookup is
// replaced (tests/support/as-user.ts).
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import {
  createCounsellingSession,
  getCounsellingSession,
  getNewSessionDefaults,
  listCounsellingSessions,
  updateCounsellingSession,
} from "@/lib/data/counselling-sessions";
import { officeToday } from "@/lib/dates";
import { addDays, officeInstant } from "@/lib/dates";
import { CounsellingSessionFormSchema, readCounsellingSessionForm, type CounsellingSessionForm } from "@/lib/schemas/counselling-session";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";
import { failInsertsWhere } from "@/tests/support/failing-insert";

const db = getDb();
// One task title fails on insert, to show that the session and its tasks commit together or not at all.
failInsertsWhere(db, { name: "hemvag_test_fail_task", table: "Task", condition: `NEW."title" = 'FAIL THIS TASK'`, message: "task refused for the test" });
const TODAY = officeToday();
let world: CaseworkWorld;

function sessionInput(overrides: Partial<CounsellingSessionForm> = {}): CounsellingSessionForm {
  return {
    startsAt: officeInstant(TODAY, "10:00")!,
    durationMinutes: 60,
    mode: "IN_PERSON",
    interpreterLanguage: "ar",
    isInterpreterBooked: true,
    interpreterDialect: "irakisk arabiska",
    interpreterAgency: "Tolkförmedling Väst",
    interpreterMode: "PHONE",
    interpreterIdNumber: "KK-20417",
    participants: "Klienten, tolk",
    topics: ["GRANT", "DOCUMENTS"],
    notes: "Känsliga anteckningar om hälsa <script>alert(1)</script>",
    nextSteps: [
      { title: "Begär kopia av pass", dueOn: addDays(TODAY, 7) },
      { title: "Boka tolk till nästa samtal", dueOn: null },
    ],
    ...overrides,
  };
}

async function counts(caseId: string) {
  const [sessions, tasks, audits] = await Promise.all([
    db.counsellingSession.count({ where: { caseId } }),
    db.task.count({ where: { caseId } }),
    db.auditEvent.count({ where: { caseId, action: { in: ["counsellingSession.create", "counsellingSession.update", "task.create"] } } }),
  ]);
  return { sessions, tasks, audits };
}

beforeAll(async () => {
  world = await createCaseworkWorld(db);
});

beforeEach(() => {
  signInAs(null);
});

describe("logging a session", () => {
  it("saves the session and turns each next step into an open task for the case's adviser, in one go", async () => {
    const caseId = await world.newCase(world.users.a1);
    const before = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true, version: true } });
    signInAs(world.users.a1);
    const result = await createCounsellingSession(caseId, sessionInput());
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;

    const session = await db.counsellingSession.findUniqueOrThrow({ where: { id: result.sessionId }, include: { tasks: true } });
    expect(session).toMatchObject({ caseId, durationMinutes: 60, mode: "IN_PERSON", authorId: world.users.a1.id, topics: ["GRANT", "DOCUMENTS"] });
    // Stored as typed: it is rendered as text, never as HTML.
    expect(session.notes).toContain("<script>");
    expect(session.tasks.map((task) => [task.title, task.dueOn?.toISOString().slice(0, 10) ?? null, task.status, task.assigneeId, task.caseId]).sort()).toEqual(
      [
        ["Begär kopia av pass", addDays(TODAY, 7), "OPEN", world.users.a1.id, caseId],
        ["Boka tolk till nästa samtal", null, "OPEN", world.users.a1.id, caseId],
      ].sort(),
    );
    expect(result.taskIds.sort()).toEqual(session.tasks.map((task) => task.id).sort());

    const after = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true, version: true } });
    expect(after.lastEntryAt.getTime()).toBeGreaterThan(before.lastEntryAt.getTime());
    // Casework does not bump the case's own version: it would make the case form's edits conflict for nothing.
    expect(after.version).toBe(before.version);
  });

  it("audits the session and each task, without the notes' content", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const result = await createCounsellingSession(caseId, sessionInput());
    if (!result.ok) throw new Error(result.error);
    const events = await db.auditEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["counsellingSession.create", "task.create", "task.create"]);
    expect(events[0]).toMatchObject({ userId: world.users.a1.id, resourceType: "CounsellingSession", resourceId: result.sessionId, role: "ADVISER" });
    const trail = JSON.stringify(events.map((event) => event.changes));
    expect(trail).not.toContain("Känsliga");
    expect(trail).not.toContain("Klienten");
    expect(trail).not.toContain("pass");
    expect(events[0]?.changes).toMatchObject({ notes: [null, `[${sessionInput().notes.length} chars]`], mode: [null, "IN_PERSON"] });
  });

  it("gives the tasks to the case's adviser when a team colleague logs the session", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a2);
    const result = await createCounsellingSession(caseId, sessionInput());
    if (!result.ok) throw new Error(result.error);
    const tasks = await db.task.findMany({ where: { sessionId: result.sessionId } });
    expect(tasks.every((task) => task.assigneeId === world.users.a1.id)).toBe(true);
    expect((await db.counsellingSession.findUniqueOrThrow({ where: { id: result.sessionId } })).authorId).toBe(world.users.a2.id);
  });

  it("saves neither the session nor any task when one task cannot be written", async () => {
    const caseId = await world.newCase(world.users.a1);
    const before = await counts(caseId);
    signInAs(world.users.a1);
    await expect(
      createCounsellingSession(caseId, sessionInput({ nextSteps: [{ title: "Ett bra steg", dueOn: null }, { title: "FAIL THIS TASK", dueOn: null }] })),
    ).rejects.toThrow(/task refused/);
    expect(await counts(caseId)).toEqual(before);
  });

  it("is refused for a case of another team, writing nothing", async () => {
    const caseId = await world.newCase(world.users.a1);
    const before = await counts(caseId);
    signInAs(world.users.b1);
    expect(await createCounsellingSession(caseId, sessionInput())).toEqual({ ok: false, error: "notFound" });
    expect(await listCounsellingSessions(caseId)).toBeNull();
    expect(await getNewSessionDefaults(caseId)).toBeNull();
    expect(await counts(caseId)).toEqual(before);
  });

  it("is refused in a team that does not share cases, for the colleague", async () => {
    const caseId = await world.newCase(world.users.c1);
    signInAs(world.users.c2);
    expect(await createCounsellingSession(caseId, sessionInput())).toEqual({ ok: false, error: "notFound" });
  });

  it("is refused on a closed case", async () => {
    const caseId = await world.newCase(world.users.a1, "CLOSED");
    const before = await counts(caseId);
    signInAs(world.users.a1);
    expect(await createCounsellingSession(caseId, sessionInput())).toEqual({ ok: false, error: "caseClosed" });
    expect(await getNewSessionDefaults(caseId)).toBeNull();
    expect(await counts(caseId)).toEqual(before);
  });

  it("is never open to managers, staff or administrators, not even to read", async () => {
    const caseId = await world.newCase(world.users.a1);
    for (const who of [world.users.managerA, world.users.staff, world.users.admin]) {
      signInAs(who);
      await expect(createCounsellingSession(caseId, sessionInput())).rejects.toThrow(NOT_FOUND);
      await expect(listCounsellingSessions(caseId)).rejects.toThrow(NOT_FOUND);
    }
  });

  it("takes what the form's schema gives it: an impossible date never reaches the database", async () => {
    const data = new FormData();
    for (const [key, value] of [["date", "2026-02-30"], ["time", "10:00"], ["durationMinutes", "60"], ["mode", "PHONE"], ["topics", "GRANT"]]) data.append(key!, value!);
    expect(CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(data).input).success).toBe(false);
  });
});

describe("reading sessions", () => {
  it("lists a case's sessions newest first and audits the reading", async () => {
    const caseId = await world.newCase(world.users.a1, "PLANNING");
    signInAs(world.users.a1);
    await createCounsellingSession(caseId, sessionInput({ startsAt: officeInstant(addDays(TODAY, -14), "09:00")!, nextSteps: [] }));
    await createCounsellingSession(caseId, sessionInput({ startsAt: officeInstant(addDays(TODAY, -7), "13:30")!, nextSteps: [] }));
    signInAs(world.users.a2);
    const listed = await listCounsellingSessions(caseId);
    expect(listed?.sessions.map((session) => session.startsAt.toISOString())).toEqual([
      officeInstant(addDays(TODAY, -7), "13:30")!.toISOString(),
      officeInstant(addDays(TODAY, -14), "09:00")!.toISOString(),
    ]);
    expect(await db.auditEvent.count({ where: { caseId, action: "counsellingSession.list", userId: world.users.a2.id } })).toBe(1);
  });

  it("shows one session with its tasks; another case's id does not open it", async () => {
    const caseId = await world.newCase(world.users.a1);
    const otherCaseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createCounsellingSession(caseId, sessionInput());
    if (!created.ok) throw new Error(created.error);
    const session = await getCounsellingSession(caseId, created.sessionId);
    expect(session?.tasks.map((task) => task.assignee.id)).toEqual([world.users.a1.id, world.users.a1.id]);
    expect(await db.auditEvent.count({ where: { caseId, action: "counsellingSession.read", resourceId: created.sessionId } })).toBe(1);
    expect(await getCounsellingSession(otherCaseId, created.sessionId)).toBeNull();
    signInAs(world.users.b1);
    expect(await getCounsellingSession(caseId, created.sessionId)).toBeNull();
  });
});

describe("editing a session", () => {
  it("saves changes from an up-to-date form, audits what changed and adds new next steps as tasks", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createCounsellingSession(caseId, sessionInput({ nextSteps: [] }));
    if (!created.ok) throw new Error(created.error);
    const { updatedAt } = await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId } });
    const result = await updateCounsellingSession(caseId, created.sessionId, {
      ...sessionInput({ durationMinutes: 90, notes: "Nya anteckningar", nextSteps: [{ title: "Ring Migrationsverket", dueOn: TODAY }] }),
      savedAt: updatedAt,
    });
    expect(result).toMatchObject({ ok: true });
    const saved = await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId }, include: { tasks: true } });
    expect(saved).toMatchObject({ durationMinutes: 90, notes: "Nya anteckningar" });
    expect(saved.tasks.map((task) => task.title)).toEqual(["Ring Migrationsverket"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { caseId, action: "counsellingSession.update" } });
    expect(audit.changes).toEqual({ durationMinutes: [60, 90], notes: [`[${sessionInput().notes.length} chars]`, "[16 chars]"] });
  });

  it("writes nothing when the form is saved unchanged: same updatedAt, no audit row", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createCounsellingSession(caseId, sessionInput({ nextSteps: [] }));
    if (!created.ok) throw new Error(created.error);
    const before = await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId } });
    expect(await updateCounsellingSession(caseId, created.sessionId, { ...sessionInput({ nextSteps: [] }), savedAt: before.updatedAt })).toMatchObject({ ok: true });
    expect(await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { caseId, action: "counsellingSession.update" } })).toBe(0);
    // A stale form is still refused even when it changes nothing.
    signInAs(world.users.a2);
    await updateCounsellingSession(caseId, created.sessionId, { ...sessionInput({ notes: "Kollegans version", nextSteps: [] }), savedAt: before.updatedAt });
    signInAs(world.users.a1);
    expect(await updateCounsellingSession(caseId, created.sessionId, { ...sessionInput({ notes: "Kollegans version", nextSteps: [] }), savedAt: before.updatedAt })).toEqual({ ok: false, error: "conflict" });
  });

  it("refuses a form someone else saved over in the meantime, changing nothing", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createCounsellingSession(caseId, sessionInput({ nextSteps: [] }));
    if (!created.ok) throw new Error(created.error);
    const { updatedAt: opened } = await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId } });
    // A colleague saves first.
    signInAs(world.users.a2);
    expect(await updateCounsellingSession(caseId, created.sessionId, { ...sessionInput({ notes: "Kollegans version", nextSteps: [] }), savedAt: opened })).toMatchObject({ ok: true });
    const afterColleague = await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId } });
    const tasksBefore = await db.task.count({ where: { caseId } });
    // The first adviser's form is now stale.
    signInAs(world.users.a1);
    const stale = await updateCounsellingSession(caseId, created.sessionId, {
      ...sessionInput({ notes: "Min version", nextSteps: [{ title: "Skulle inte skapas", dueOn: null }] }),
      savedAt: opened,
    });
    expect(stale).toEqual({ ok: false, error: "conflict" });
    expect(await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId } })).toEqual(afterColleague);
    expect(await db.task.count({ where: { caseId } })).toBe(tasksBefore);
  });

  it("does not edit a session through another case, or out of scope", async () => {
    const caseId = await world.newCase(world.users.a1);
    const otherCaseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createCounsellingSession(caseId, sessionInput({ nextSteps: [] }));
    if (!created.ok) throw new Error(created.error);
    const { updatedAt } = await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId } });
    expect(await updateCounsellingSession(otherCaseId, created.sessionId, { ...sessionInput(), savedAt: updatedAt })).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.b1);
    expect(await updateCounsellingSession(caseId, created.sessionId, { ...sessionInput(), savedAt: updatedAt })).toEqual({ ok: false, error: "notFound" });
    expect((await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId } })).updatedAt).toEqual(updatedAt);
  });
});

describe("the interpreter (issue 15)", () => {
  it("keeps the interpreter's language, dialect, agency, way of taking part and ID number, and audits them", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createCounsellingSession(caseId, sessionInput({ nextSteps: [] }));
    if (!created.ok) throw new Error(created.error);
    const session = await getCounsellingSession(caseId, created.sessionId);
    expect(session).toMatchObject({
      interpreterLanguage: "ar",
      interpreterDialect: "irakisk arabiska",
      interpreterAgency: "Tolkförmedling Väst",
      interpreterMode: "PHONE",
      interpreterIdNumber: "KK-20417",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "counsellingSession.create", resourceId: created.sessionId } });
    expect(audit.changes).toMatchObject({ interpreterMode: [null, "PHONE"], interpreterIdNumber: [null, "KK-20417"], interpreterAgency: [null, "Tolkförmedling Väst"] });

    const { updatedAt } = await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId } });
    const edited = await updateCounsellingSession(caseId, created.sessionId, {
      ...sessionInput({ nextSteps: [], interpreterMode: "VIDEO", interpreterIdNumber: "KK-30001" }),
      savedAt: updatedAt,
    });
    expect(edited.ok).toBe(true);
    expect(await db.counsellingSession.findUniqueOrThrow({ where: { id: created.sessionId }, select: { interpreterMode: true, interpreterIdNumber: true } })).toEqual({
      interpreterMode: "VIDEO",
      interpreterIdNumber: "KK-30001",
    });
    const update = await db.auditEvent.findFirstOrThrow({ where: { action: "counsellingSession.update", resourceId: created.sessionId } });
    expect(update.changes).toMatchObject({ interpreterMode: ["PHONE", "VIDEO"], interpreterIdNumber: ["KK-20417", "KK-30001"] });
  });

  it("takes an ID number, never a name, and no interpreter details without a language", () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries({ date: TODAY, time: "10:00", durationMinutes: "60", mode: "IN_PERSON", topics: "GRANT", ...fields })) data.append(key, value);
      return CounsellingSessionFormSchema.safeParse(readCounsellingSessionForm(data).input);
    };
    const messages = (result: ReturnType<typeof form>) => (result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`));
    expect(messages(form({ interpreterLanguage: "ti", interpreterIdNumber: "Abeba Tesfay" }))).toEqual(["interpreterIdNumber:interpreterIdInvalid"]);
    expect(messages(form({ interpreterLanguage: "ti", interpreterMode: "SIGNAL" }))).toEqual(["interpreterMode:interpreterModeInvalid"]);
    expect(messages(form({ interpreterAgency: "Tolkbolaget", interpreterMode: "ON_SITE" }))).toEqual(["interpreterLanguage:interpreterLanguageRequired"]);
    const ok = form({ interpreterLanguage: "ti", interpreterDialect: "", interpreterAgency: " Tolkbolaget ", interpreterMode: "ON_SITE", interpreterIdNumber: "4711" });
    expect(ok.success && ok.data).toMatchObject({ interpreterLanguage: "ti", interpreterDialect: null, interpreterAgency: "Tolkbolaget", interpreterMode: "ON_SITE", interpreterIdNumber: "4711" });
  });
});

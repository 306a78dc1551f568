// Tasks and My day against a real Postgres: what an adviser's start page
// shows and leaves out, adding and ticking off tasks, scope and audit.
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getMyDay } from "@/lib/data/my-day";
import { completeTask, createTask, listCaseTasks, listTaskAssignees, reopenTask, updateTask } from "@/lib/data/tasks";
import { officeToday } from "@/lib/dates";
import { addDays, dbDate, officeInstant } from "@/lib/dates";
import { setUpCaseworkWorld, NOT_FOUND } from "@/tests/support/casework";

const db = getDb();
const TODAY = officeToday();
const world = setUpCaseworkWorld(db);

describe("tasks on a case", () => {
  it("adds a task for the adviser who adds it, audited, and lists the case's tasks open first", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a2);
    const created = await createTask(caseId, { title: "Ring Migrationsverket", dueOn: TODAY, waitingOn: "Migrationsverket" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const task = await db.task.findUniqueOrThrow({ where: { id: created.taskId } });
    expect(task).toMatchObject({ caseId, assigneeId: world.users.a2.id, status: "OPEN", waitingOn: "Migrationsverket", sessionId: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { resourceId: created.taskId, action: "task.create" } });
    expect(audit.changes).toMatchObject({ title: [null, "[21 chars]"], dueOn: [null, TODAY], waitingOn: [null, "Migrationsverket"] });

    await db.task.create({ data: { caseId, assigneeId: world.users.a1.id, title: "Gammal", status: "DONE", doneAt: new Date() } });
    const listed = await listCaseTasks(caseId);
    expect(listed?.tasks.map((t) => t.status)).toEqual(["OPEN", "DONE"]);
  });

  it("refuses a task on a case out of scope or closed, writing nothing", async () => {
    const caseId = await world.newCase(world.users.a1);
    const closedId = await world.newCase(world.users.a1, "CLOSED");
    signInAs(world.users.b1);
    expect(await createTask(caseId, { title: "Nej", dueOn: null, waitingOn: null })).toEqual({ ok: false, error: "notFound" });
    expect(await listCaseTasks(caseId)).toBeNull();
    signInAs(world.users.a1);
    expect(await createTask(closedId, { title: "Nej", dueOn: null, waitingOn: null })).toEqual({ ok: false, error: "caseClosed" });
    expect(await db.task.count({ where: { caseId: { in: [caseId, closedId] } } })).toBe(0);
    signInAs(world.users.managerA);
    await expect(createTask(caseId, { title: "Nej", dueOn: null, waitingOn: null })).rejects.toThrow(NOT_FOUND);
    await expect(listCaseTasks(caseId)).rejects.toThrow(NOT_FOUND);
  });

  it("marks a task done once, however often it is asked", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createTask(caseId, { title: "Boka tolk", dueOn: null, waitingOn: null });
    if (!created.ok) throw new Error(created.error);
    expect(await completeTask(created.taskId)).toEqual({ ok: true, caseId });
    const done = await db.task.findUniqueOrThrow({ where: { id: created.taskId } });
    expect(done.status).toBe("DONE");
    expect(done.doneAt).not.toBeNull();
    expect(await completeTask(created.taskId)).toEqual({ ok: true, caseId });
    expect(await db.task.findUniqueOrThrow({ where: { id: created.taskId } })).toEqual(done);
    expect(await db.auditEvent.count({ where: { resourceId: created.taskId, action: "task.complete" } })).toBe(1);
  });

  it("does not let another team tick off a task, nor anyone else a task without a case", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createTask(caseId, { title: "Hemlig", dueOn: null, waitingOn: null });
    if (!created.ok) throw new Error(created.error);
    const personal = await db.task.create({ data: { assigneeId: world.users.a1.id, title: "Egen påminnelse" } });
    signInAs(world.users.b1);
    expect(await completeTask(created.taskId)).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.a2);
    expect(await completeTask(personal.id)).toEqual({ ok: false, error: "notFound" });
    expect(await db.task.count({ where: { id: { in: [created.taskId, personal.id] }, status: "OPEN" } })).toBe(2);
    signInAs(world.users.a1);
    expect(await completeTask(personal.id)).toEqual({ ok: true, caseId: null });
  });
});

describe("My day", () => {
  it("shows today's sessions, due and overdue tasks, what waits on others and follow-ups due, and nothing else", async () => {
    const me = world.users.c1;
    const colleague = world.users.c2;
    const mine = await world.newCase(me, "PLANNING");
    const theirs = await world.newCase(colleague, "PLANNING");
    const referred = await world.newCase(me, "REFERRED");
    const awaiting = await world.newCase(me, "AWAITING_DECISION");
    const departed = await world.newCase(me, "DEPARTED");
    const closed = await world.newCase(me, "CLOSED");
    await world.newCase(colleague, "AWAITING_DECISION");

    const session = (caseId: string, day: string, time: string) =>
      db.counsellingSession.create({ data: { caseId, startsAt: officeInstant(day, time)!, durationMinutes: 60, mode: "PHONE", topics: ["GRANT"] } });
    const todays = await session(mine, TODAY, "13:00");
    const early = await session(mine, TODAY, "08:15");
    await session(mine, addDays(TODAY, 1), "08:15");
    await session(mine, addDays(TODAY, -1), "16:00");
    await session(theirs, TODAY, "10:00");

    const task = (title: string, overrides: Record<string, unknown> = {}) =>
      db.task.create({ data: { caseId: mine, assigneeId: me.id, title, ...overrides }, select: { id: true } });
    const overdue = await task("Försenad", { dueOn: dbDate(addDays(TODAY, -3)) });
    const dueToday = await task("I dag", { dueOn: dbDate(TODAY) });
    const soon = await task("Om tre dagar", { dueOn: dbDate(addDays(TODAY, 3)) });
    const waiting = await task("Väntar på beslut", { waitingOn: "Migrationsverket" });
    // Waiting and due today: listed once, under waiting.
    const waitingDue = await task("Väntar, med datum", { waitingOn: "Försäkringskassan", dueOn: dbDate(TODAY) });
    const undated = await task("Utan datum");
    await task("Om tio dagar", { dueOn: dbDate(addDays(TODAY, 10)) });
    await task("Klar", { dueOn: dbDate(TODAY), status: "DONE", doneAt: new Date() });
    await task("Kollegans", { dueOn: dbDate(TODAY), assigneeId: colleague.id });

    await db.followUp.createMany({
      data: [
        { caseId: departed, monthsAfterReturn: 1, dueOn: dbDate(addDays(TODAY, -2)) },
        { caseId: departed, monthsAfterReturn: 3, dueOn: dbDate(addDays(TODAY, 2)), completedOn: dbDate(TODAY) },
        { caseId: departed, monthsAfterReturn: 6, dueOn: dbDate(addDays(TODAY, 40)) },
        { caseId: closed, monthsAfterReturn: 1, dueOn: dbDate(TODAY) },
      ],
    });

    signInAs(me);
    const day = await getMyDay();
    expect(day.today).toBe(TODAY);
    expect(day.sessions.map((s) => s.id)).toEqual([early.id, todays.id]);
    expect(day.sessions[0]?.case).toMatchObject({ id: mine });
    expect(day.tasks.overdue.map((t) => t.id)).toEqual([overdue.id]);
    expect(day.tasks.today.map((t) => t.id)).toEqual([dueToday.id]);
    expect(day.tasks.coming.map((t) => t.id)).toEqual([soon.id]);
    expect(day.waiting.tasks.map((t) => t.id)).toEqual([waitingDue.id, waiting.id]);
    expect(day.tasks.undated.map((t) => t.id)).toEqual([undated.id]);
    expect(day.waiting.cases.map((c) => c.id).sort()).toEqual([awaiting, referred].sort());
    expect(day.followUps.map((f) => [f.case.id, f.monthsAfterReturn, f.isOverdue])).toEqual([[departed, 1, true]]);
    expect(await db.auditEvent.count({ where: { userId: me.id, action: "myDay.read" } })).toBe(1);
  });

  it("drops tasks of a case that has left the adviser's scope", async () => {
    const caseId = await world.newCase(world.users.a1);
    const task = await db.task.create({ data: { caseId, assigneeId: world.users.b1.id, title: "Lämnad", dueOn: dbDate(TODAY) } });
    signInAs(world.users.b1);
    const day = await getMyDay();
    expect(day.tasks.today.map((t) => t.id)).not.toContain(task.id);
  });

  it("is an adviser's page only", async () => {
    for (const who of [world.users.managerA, world.users.staff, world.users.admin]) {
      signInAs(who);
      await expect(getMyDay()).rejects.toThrow(NOT_FOUND);
    }
  });
});

describe("correcting tasks", () => {
  const edit = (task: { title: string; dueOn: string | null; waitingOn: string | null; assigneeId: string; updatedAt: Date }, changes: Record<string, unknown> = {}) => ({
    title: task.title,
    dueOn: task.dueOn,
    waitingOn: task.waitingOn,
    assigneeId: task.assigneeId,
    updatedAt: task.updatedAt.toISOString(),
    ...changes,
  });
  const read = (id: string) => db.task.findUniqueOrThrow({ where: { id }, select: { title: true, dueOn: true, waitingOn: true, assigneeId: true, updatedAt: true, status: true } });
  const asForm = async (id: string) => {
    const task = await read(id);
    return { ...task, dueOn: task.dueOn ? task.dueOn.toISOString().slice(0, 10) : null };
  };

  it("edits title and date, reassigns to a colleague who sees the case, and writes nothing for an unchanged form", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createTask(caseId, { title: "Boka tolk", dueOn: null, waitingOn: null });
    if (!created.ok) throw new Error(created.error);
    expect((await listTaskAssignees(caseId))?.map((u) => u.id).sort()).toEqual([world.users.a1.id, world.users.a2.id].sort());

    const before = await asForm(created.taskId);
    expect(await updateTask(caseId, created.taskId, edit(before))).toEqual({ ok: true });
    expect((await read(created.taskId)).updatedAt).toEqual(before.updatedAt);
    expect(await db.auditEvent.count({ where: { resourceId: created.taskId, action: "task.update" } })).toBe(0);

    const due = addDays(TODAY, 5);
    expect(await updateTask(caseId, created.taskId, edit(before, { title: "Boka tolk på arabiska", dueOn: due, assigneeId: world.users.a2.id }))).toEqual({ ok: true });
    expect(await read(created.taskId)).toMatchObject({ title: "Boka tolk på arabiska", dueOn: dbDate(due), assigneeId: world.users.a2.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { resourceId: created.taskId, action: "task.update" } });
    expect(audit.changes).toEqual({ title: ["[9 chars]", "[21 chars]"], dueOn: [null, due], assigneeId: [world.users.a1.id, world.users.a2.id] });

    // The old form, saved again, is refused: the other save is not overwritten.
    expect(await updateTask(caseId, created.taskId, edit(before, { title: "Gammalt" }))).toEqual({ ok: false, error: "conflict" });
    expect(await read(created.taskId)).toMatchObject({ title: "Boka tolk på arabiska" });
  });

  it("refuses a colleague who cannot see the case, another team's case and a crafted task id: nothing changes, refusals audited", async () => {
    const caseId = await world.newCase(world.users.c1);
    signInAs(world.users.c1);
    const created = await createTask(caseId, { title: "Ring", dueOn: null, waitingOn: null });
    if (!created.ok) throw new Error(created.error);
    const before = await asForm(created.taskId);
    // Team C does not share cases: the colleague c2 does not see it.
    expect(await updateTask(caseId, created.taskId, edit(before, { assigneeId: world.users.c2.id }))).toEqual({ ok: false, error: "assigneeCannotSeeCase" });
    expect(await updateTask(caseId, created.taskId, edit(before, { assigneeId: world.users.b1.id }))).toEqual({ ok: false, error: "assigneeCannotSeeCase" });
    const otherCase = await world.newCase(world.users.c1);
    expect(await updateTask(otherCase, created.taskId, edit(before, { title: "X" }))).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.a1);
    expect(await updateTask(caseId, created.taskId, edit(before, { title: "X" }))).toEqual({ ok: false, error: "notFound" });
    expect(await reopenTask(created.taskId)).toEqual({ ok: false, error: "notFound" });
    expect(await read(created.taskId)).toMatchObject({ title: "Ring", assigneeId: world.users.c1.id, updatedAt: before.updatedAt, status: "OPEN" });
    // Each refusal is in the trail: the task-level ones under the task, the write to a case out of a1's scope under the case.
    const refusals = await db.auditEvent.findMany({ where: { resourceId: created.taskId, action: "write.refused" }, select: { reason: true }, orderBy: { id: "asc" } });
    expect(refusals.map((row) => row.reason).sort()).toEqual(["task.reopen.notFound", "task.update.assigneeCannotSeeCase", "task.update.assigneeCannotSeeCase", "task.update.notFound"]);
    expect(await db.auditEvent.count({ where: { resourceId: caseId, action: "write.refused", reason: "caseNotInScope", userId: world.users.a1.id } })).toBe(1);
  });

  it("reopens a task marked done by mistake, once, audited", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const created = await createTask(caseId, { title: "Skicka intyg", dueOn: null, waitingOn: null });
    if (!created.ok) throw new Error(created.error);
    await completeTask(created.taskId);
    expect(await read(created.taskId)).toMatchObject({ status: "DONE" });
    expect(await reopenTask(created.taskId)).toEqual({ ok: true, caseId });
    expect(await reopenTask(created.taskId)).toEqual({ ok: true, caseId });
    expect(await db.task.findUniqueOrThrow({ where: { id: created.taskId } })).toMatchObject({ status: "OPEN", doneAt: null });
    expect(await db.auditEvent.count({ where: { resourceId: created.taskId, action: "task.reopen" } })).toBe(1);
  });
});

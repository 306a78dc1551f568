import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor, createdChanges, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { writeOnOpenCase, auditCaseEntry, findCaseInScope, WRITE_SCOPE, markCaseEntry, writeOnOpenCaseAs, redactedText, type CaseWriteRefusal } from "@/lib/data/casework-scope";
import { caseScope } from "@/lib/data/scope";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { dbDate, isoOfDbDate } from "@/lib/dates";
import type { TaskEditForm, TaskForm } from "@/lib/schemas/task";
import { can } from "@/lib/permissions";
import { recordDenial, refuseMissing } from "@/lib/data/denials";

export const TASK_FIELDS = {
  id: true,
  title: true,
  dueOn: true,
  waitingOn: true,
  status: true,
  doneAt: true,
  sessionId: true,
  createdAt: true,
  updatedAt: true,
  assignee: { select: { id: true, name: true } },
} as const;

/**
 * Tasks the user may see: those on cases in their scope, and their own tasks
 * that belong to no case.
 */
export function taskScope(user: SignedInUser, now?: Date, { withEmergencyGrants = true }: { withEmergencyGrants?: boolean } = {}): Prisma.TaskWhereInput {
  return { OR: [{ caseId: null, assigneeId: user.id }, { case: caseScope(user, { now, withEmergencyGrants }) }] };
}

/** The tasks of a case, open ones first by due date. Null when the case is out of scope. */
export async function listCaseTasks(caseId: string) {
  const user = await authorize("task.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId);
  if (!found) return null;
  const tasks = await db.task.findMany({
    where: { caseId },
    // OPEN sorts before DONE and CANCELLED in the enum's order.
    orderBy: [{ status: "asc" }, { dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: TASK_FIELDS,
    take: 500,
  });
  await recordCaseAudit(db, user, caseId, { action: "task.list" });
  return { caseStatus: found.status, tasks };
}

export type TaskWriteResult = { ok: true; taskId: string } | { ok: false; error: CaseWriteRefusal };

/** A task added by hand on a case; it is the adding adviser's own. */
export async function createTask(caseId: string, input: TaskForm): Promise<TaskWriteResult> {
  return writeOnOpenCase("task.write", caseId, async (tx, user) => {
    const task = await tx.task.create({
      data: { caseId, assigneeId: user.id, title: input.title, dueOn: input.dueOn ? dbDate(input.dueOn) : null, waitingOn: input.waitingOn },
      select: { id: true },
    });
    await auditCaseEntry(tx, user, {
      action: "task.create",
      resourceType: "Task",
      resourceId: task.id,
      caseId,
      changes: createdChanges({ title: redactedText(input.title), dueOn: input.dueOn, waitingOn: input.waitingOn, assigneeId: user.id }),
    });
    return { ok: true, taskId: task.id } as const;
  });
}

export type CompleteTaskResult = { ok: true; caseId: string | null } | { ok: false; error: "notFound" };

/**
 * Marks an open task done. Doing it twice is harmless: a task already done
 * stays as it was. Tasks on closed cases can still be ticked off, without
 * counting as a new entry on the case.
 */
export async function completeTask(taskId: string): Promise<CompleteTaskResult> {
  const user = await authorize("task.write");
  return moveTask(user, taskId, { action: "task.complete", from: "OPEN", to: "DONE", scope: taskScope(user, undefined, WRITE_SCOPE), refuseOnClosedCase: false });
}

/**
 * Colleagues a case's task may be given to: active users who may work on tasks
 * and see the case through their own scope (an emergency grant does not count:
 * a task must not widen anyone's access).
 */
async function assignableTo(tx: Pick<Db, "user" | "case">, user: SignedInUser, caseId: string) {
  const candidates = await tx.user.findMany({
    where: { isActive: true, OR: [{ id: user.id }, { teamId: user.teamId ?? "-" }] },
    select: { id: true, name: true, role: true, teamId: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
  });
  const out: { id: string; name: string }[] = [];
  for (const candidate of candidates) {
    if (!can(candidate.role, "task.write")) continue;
    const seesCase = await tx.case.count({ where: { AND: [{ id: caseId }, caseScope({ ...user, ...candidate }, { withEmergencyGrants: false })] } });
    if (seesCase) out.push({ id: candidate.id, name: candidate.name });
  }
  return out;
}

/** Who a task on this case may be reassigned to; null when the case is out of scope. */
export async function listTaskAssignees(caseId: string) {
  const user = await authorize("task.write");
  const db = getDb();
  if (!(await findCaseInScope(db, user, caseId))) return null;
  return assignableTo(db, user, caseId);
}

export type UpdateTaskResult = { ok: true } | { ok: false; error: CaseWriteRefusal | "conflict" | "assigneeCannotSeeCase" };

/**
 * Corrects a task on an open case: title, due date, whom it waits on, and
 * whose it is. Nothing is overwritten silently: the save carries the time the
 * form was read and is refused if someone saved since; every changed field is
 * audited (free text by its length). Saving an unchanged form writes nothing.
 */
export async function updateTask(caseId: string, taskId: string, input: TaskEditForm): Promise<UpdateTaskResult> {
  const user = await authorize("task.write");
  const result = await writeOnOpenCaseAs(user, caseId, async (tx): Promise<UpdateTaskResult> => {
    const task = await tx.task.findFirst({ where: { id: taskId, caseId }, select: { title: true, dueOn: true, waitingOn: true, assigneeId: true, updatedAt: true } });
    if (!task) return refuseMissing(user, "task.update", "Task", taskId);
    if (task.updatedAt.toISOString() !== new Date(input.updatedAt).toISOString()) return { ok: false, error: "conflict" };
    if (input.assigneeId !== task.assigneeId && !(await assignableTo(tx, user, caseId)).some((colleague) => colleague.id === input.assigneeId)) {
      await recordDenial(user, { action: "write.refused", reason: "task.update.assigneeCannotSeeCase", resourceType: "Task", resourceId: taskId });
      return { ok: false, error: "assigneeCannotSeeCase" };
    }
    const dueOn = input.dueOn ? dbDate(input.dueOn) : null;
    const before = { title: task.title, dueOn: task.dueOn ? isoOfDbDate(task.dueOn) : null, waitingOn: task.waitingOn, assigneeId: task.assigneeId };
    const after = { title: input.title, dueOn: input.dueOn, waitingOn: input.waitingOn, assigneeId: input.assigneeId };
    const changes: Record<string, [unknown, unknown]> = Object.fromEntries(
      (Object.keys(before) as (keyof typeof before)[])
        .filter((field) => before[field] !== after[field])
        .map((field): [string, [unknown, unknown]] => [field, field === "title" || field === "waitingOn" ? [redactedText(before[field]), redactedText(after[field])] : [before[field], after[field]]]),
    );
    if (Object.keys(changes).length === 0) return { ok: true };
    const { count } = await tx.task.updateMany({
      where: { id: taskId, updatedAt: task.updatedAt },
      data: { title: input.title, dueOn, waitingOn: input.waitingOn, assigneeId: input.assigneeId },
    });
    if (count === 0) return { ok: false, error: "conflict" };
    await auditCaseEntry(tx, user, { action: "task.update", resourceType: "Task", resourceId: taskId, caseId, changes });
    return { ok: true };
  });
  return result;
}

/** Reopens a task marked done by mistake, on an open case. Reopening an open task changes nothing. */
export async function reopenTask(taskId: string): Promise<CompleteTaskResult> {
  const user = await authorize("task.write");
  return moveTask(user, taskId, { action: "task.reopen", from: "DONE", to: "OPEN", scope: taskScope(user), refuseOnClosedCase: true });
}

/**
 * Moves a task between open and done, once: a task not in `from` (already
 * moved, or moved meanwhile) stays as it is and the answer is still yes. The
 * move is audited and counts as an entry on its case unless the case is closed.
 */
async function moveTask(
  user: SignedInUser,
  taskId: string,
  move: { action: "task.complete" | "task.reopen"; from: "OPEN" | "DONE"; to: "OPEN" | "DONE"; scope: Prisma.TaskWhereInput; refuseOnClosedCase: boolean },
): Promise<CompleteTaskResult> {
  return getDb().$transaction(async (tx) => {
    const task = await tx.task.findFirst({
      where: { AND: [{ id: taskId }, move.scope] },
      select: { id: true, caseId: true, status: true, case: { select: { status: true } } },
    });
    const caseClosed = task?.case?.status === "CLOSED";
    if (!task || (move.refuseOnClosedCase && caseClosed)) return refuseMissing(user, move.action, "Task", taskId);
    if (task.status !== move.from) return { ok: true, caseId: task.caseId } as const;
    const { count } = await tx.task.updateMany({ where: { id: task.id, status: move.from }, data: { status: move.to, doneAt: move.to === "DONE" ? new Date() : null } });
    if (count === 0) return { ok: true, caseId: task.caseId } as const;
    await recordAudit(tx, auditActor(user), {
      action: move.action,
      resourceType: "Task",
      resourceId: task.id,
      caseId: task.caseId ?? undefined,
      changes: { status: [move.from, move.to] },
    });
    if (task.caseId && !caseClosed) await markCaseEntry(tx, task.caseId);
    return { ok: true, caseId: task.caseId } as const;
  });
}

import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { findCaseInScope, WRITE_SCOPE, markCaseEntry, openCaseForWrite, redactedText, type CaseWriteRefusal } from "@/lib/data/casework-scope";
import { caseScope } from "@/lib/data/scope";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { dbDate } from "@/lib/schemas/casework-fields";
import type { TaskForm } from "@/lib/schemas/task";

export const TASK_FIELDS = {
  id: true,
  title: true,
  dueOn: true,
  waitingOn: true,
  status: true,
  doneAt: true,
  sessionId: true,
  createdAt: true,
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
  await recordAudit(db, auditActor(user), { action: "task.list", resourceType: "Case", resourceId: caseId, caseId });
  return { caseStatus: found.status, tasks };
}

export type TaskWriteResult = { ok: true; taskId: string } | { ok: false; error: CaseWriteRefusal };

/** A task added by hand on a case; it is the adding adviser's own. */
export async function createTask(caseId: string, input: TaskForm): Promise<TaskWriteResult> {
  const user = await authorize("task.write");
  return getDb().$transaction(async (tx) => {
    const opened = await openCaseForWrite(tx, user, caseId);
    if (!opened.ok) return opened;
    const task = await tx.task.create({
      data: { caseId, assigneeId: user.id, title: input.title, dueOn: input.dueOn ? dbDate(input.dueOn) : null, waitingOn: input.waitingOn },
      select: { id: true },
    });
    await recordAudit(tx, auditActor(user), {
      action: "task.create",
      resourceType: "Task",
      resourceId: task.id,
      caseId,
      changes: { title: [null, redactedText(input.title)], dueOn: [null, input.dueOn], waitingOn: [null, input.waitingOn], assigneeId: [null, user.id] },
    });
    await markCaseEntry(tx, caseId);
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
  return getDb().$transaction(async (tx) => {
    const task = await tx.task.findFirst({
      where: { AND: [{ id: taskId }, taskScope(user, undefined, WRITE_SCOPE)] },
      select: { id: true, caseId: true, status: true, case: { select: { status: true } } },
    });
    if (!task) return { ok: false, error: "notFound" } as const;
    if (task.status !== "OPEN") return { ok: true, caseId: task.caseId } as const;
    const { count } = await tx.task.updateMany({ where: { id: task.id, status: "OPEN" }, data: { status: "DONE", doneAt: new Date() } });
    if (count === 0) return { ok: true, caseId: task.caseId } as const;
    await recordAudit(tx, auditActor(user), {
      action: "task.complete",
      resourceType: "Task",
      resourceId: task.id,
      caseId: task.caseId ?? undefined,
      changes: { status: ["OPEN", "DONE"] },
    });
    if (task.caseId && task.case?.status !== "CLOSED") await markCaseEntry(tx, task.caseId);
    return { ok: true, caseId: task.caseId } as const;
  });
}

import "server-only";
import { getDb, type Db } from "@/lib/db";
import { createdChanges, diffFields, recordAudit, auditActor, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { writeOnOpenCase, findCaseInScope, WRITE_SCOPE, markCaseEntry, redactChanges, redactedText, type CaseWriteRefusal } from "@/lib/data/casework-scope";
import { viaCase } from "@/lib/data/scope";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { dbDate } from "@/lib/dates";
import type { CounsellingSessionEditForm, CounsellingSessionForm } from "@/lib/schemas/counselling-session";
import { refuseMissing } from "@/lib/data/denials";

/** Free-text fields: their content stays out of the audit trail. */
const TEXT_FIELDS = ["participants", "notes"] as const;

/** What a session says: every field its form edits (also what its print and the journal's print show). */
export const SESSION_CONTENT = {
  startsAt: true,
  durationMinutes: true,
  mode: true,
  interpreterLanguage: true,
  isInterpreterBooked: true,
  interpreterDialect: true,
  interpreterAgency: true,
  interpreterMode: true,
  interpreterIdNumber: true,
  participants: true,
  topics: true,
  notes: true,
} as const;

const SESSION_FIELDS = { id: true, ...SESSION_CONTENT, authorId: true, createdAt: true, updatedAt: true } as const;

const NEXT_STEP_FIELDS = {
  id: true,
  title: true,
  dueOn: true,
  status: true,
  assignee: { select: { id: true, name: true } },
} as const;

export type SessionWriteResult = { ok: true; sessionId: string; taskIds: string[] } | { ok: false; error: CaseWriteRefusal | "conflict" };

/**
 * The sessions of a case, newest first, with what the form needs to start a
 * new one (the case's interpreter language). Null when the case is out of scope.
 */
export async function listCounsellingSessions(caseId: string) {
  const user = await authorize("counselling.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: { id: true, status: true, interpreterLanguage: true } });
  if (!found) return null;
  const sessions = await db.counsellingSession.findMany({
    where: { caseId },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    select: { ...SESSION_FIELDS, _count: { select: { tasks: true } } },
    take: 500,
  });
  await recordCaseAudit(db, user, caseId, { action: "counsellingSession.list" });
  return { case: found, sessions };
}

/**
 * What the form for a new session starts from: the case's interpreter
 * language. Null when the case is out of scope or closed.
 */
export async function getNewSessionDefaults(caseId: string) {
  const user = await authorize("counselling.write");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: { id: true, interpreterLanguage: true }, openOnly: true, ...WRITE_SCOPE });
  if (!found) return null;
  await recordCaseAudit(db, user, caseId, { action: "counsellingSession.new" });
  return { interpreterLanguage: found.interpreterLanguage };
}

/** One session with the tasks its next steps became. Null when missing or out of scope. */
export async function getCounsellingSession(caseId: string, sessionId: string) {
  const user = await authorize("counselling.read");
  const db = getDb();
  const session = await db.counsellingSession.findFirst({
    where: { id: sessionId, caseId, ...viaCase(user) },
    select: {
      ...SESSION_FIELDS,
      case: { select: { status: true } },
      tasks: { select: NEXT_STEP_FIELDS, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!session) return null;
  await recordAudit(db, auditActor(user), { action: "counsellingSession.read", resourceType: "CounsellingSession", resourceId: sessionId, caseId });
  return session;
}

/**
 * Logs a session. Each agreed next step becomes an open task for the case's
 * adviser, linked to the session, in the same transaction: the session and
 * its tasks are saved together or not at all.
 */
export async function createCounsellingSession(caseId: string, input: CounsellingSessionForm): Promise<SessionWriteResult> {
  return writeOnOpenCase("counselling.write", caseId, async (tx, user, openCase) => {
    const { nextSteps, ...fields } = input;
    const session = await tx.counsellingSession.create({
      data: { ...fields, caseId, authorId: user.id },
      select: { id: true },
    });
    await recordAudit(tx, auditActor(user), {
      action: "counsellingSession.create",
      resourceType: "CounsellingSession",
      resourceId: session.id,
      caseId,
      changes: createdChanges({
        startsAt: fields.startsAt,
        durationMinutes: fields.durationMinutes,
        mode: fields.mode,
        interpreterLanguage: fields.interpreterLanguage,
        isInterpreterBooked: fields.isInterpreterBooked,
        interpreterDialect: fields.interpreterDialect,
        interpreterAgency: fields.interpreterAgency,
        interpreterMode: fields.interpreterMode,
        interpreterIdNumber: fields.interpreterIdNumber,
        topics: fields.topics,
        participants: redactedText(fields.participants),
        notes: redactedText(fields.notes),
      }),
    });
    const taskIds = await createNextStepTasks(tx, user, { caseId, sessionId: session.id, assigneeId: openCase.adviserId ?? user.id, nextSteps });
    await markCaseEntry(tx, caseId);
    return { ok: true, sessionId: session.id, taskIds };
  });
}

/**
 * Saves changes to a session, refused when someone else saved it since the
 * form was opened. Next steps added on the edit become new tasks.
 */
export async function updateCounsellingSession(caseId: string, sessionId: string, input: CounsellingSessionEditForm): Promise<SessionWriteResult> {
  return writeOnOpenCase("counselling.write", caseId, async (tx, user, openCase) => {
    const before = await tx.counsellingSession.findFirst({
      where: { id: sessionId, caseId },
      select: SESSION_CONTENT,
    });
    if (!before) return refuseMissing(user, "session.update", "CounsellingSession", sessionId);
    const { nextSteps, savedAt, ...fields } = input;
    const changes = diffFields(before, fields);
    // An unchanged session is not written (its updatedAt is its version), only checked for a newer save.
    const { count } =
      Object.keys(changes).length > 0
        ? await tx.counsellingSession.updateMany({ where: { id: sessionId, caseId, updatedAt: savedAt }, data: fields })
        : await tx.counsellingSession.count({ where: { id: sessionId, caseId, updatedAt: savedAt } }).then((n) => ({ count: n }));
    if (count === 0) return { ok: false, error: "conflict" } as const;
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, auditActor(user), {
        action: "counsellingSession.update",
        resourceType: "CounsellingSession",
        resourceId: sessionId,
        caseId,
        changes: redactChanges(changes, TEXT_FIELDS),
      });
    }
    const taskIds = await createNextStepTasks(tx, user, { caseId, sessionId, assigneeId: openCase.adviserId ?? user.id, nextSteps });
    if (Object.keys(changes).length > 0 || taskIds.length > 0) await markCaseEntry(tx, caseId);
    return { ok: true, sessionId, taskIds };
  });
}

type TaskWriter = Pick<Db, "task" | "$executeRaw">;

async function createNextStepTasks(
  tx: TaskWriter,
  user: SignedInUser,
  { caseId, sessionId, assigneeId, nextSteps }: { caseId: string; sessionId: string; assigneeId: string; nextSteps: CounsellingSessionForm["nextSteps"] },
): Promise<string[]> {
  if (nextSteps.length === 0) return [];
  const tasks = await tx.task.createManyAndReturn({
    data: nextSteps.map((step) => ({ caseId, sessionId, assigneeId, title: step.title, dueOn: step.dueOn ? dbDate(step.dueOn) : null })),
    select: { id: true, title: true, dueOn: true },
  });
  for (const task of tasks) {
    await recordAudit(tx, auditActor(user), {
      action: "task.create",
      resourceType: "Task",
      resourceId: task.id,
      caseId,
      changes: createdChanges({ title: redactedText(task.title), dueOn: task.dueOn, assigneeId, sessionId }),
    });
  }
  return tasks.map((task) => task.id);
}

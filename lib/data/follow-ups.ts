import "server-only";
import { getDb } from "@/lib/db";
import { diffFields, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { auditCaseEntry, findCaseInScope, redactChanges, type CaseWriteRefusal, writeOnOpenCase } from "@/lib/data/casework-scope";
import { can } from "@/lib/permissions";
import { dbDate, isoOfDbDate } from "@/lib/dates";
import type { FollowUpForm } from "@/lib/schemas/follow-up";
import { refuseMissing } from "@/lib/data/denials";

const FOLLOW_UP_FIELDS = {
  id: true,
  monthsAfterReturn: true,
  dueOn: true,
  completedOn: true,
  economicScore: true,
  socialScore: true,
  psychosocialScore: true,
  notes: true,
  updatedAt: true,
} as const;

/**
 * The follow-up contacts of a case (1, 3 and 6 months after return; the rows
 * are made when the case is set to departed). Null when the case is out of scope.
 */
export async function listFollowUps(caseId: string) {
  const user = await authorize("followUp.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId);
  if (!found) return null;
  // Managers follow outcomes (the scores); the notes are the advisers' need to know.
  const mayReadNotes = can(user.role, "followUp.write");
  const followUps = await db.followUp.findMany({
    where: { caseId },
    orderBy: { monthsAfterReturn: "asc" },
    select: { ...FOLLOW_UP_FIELDS, notes: mayReadNotes },
  });
  await recordCaseAudit(db, user, caseId, { action: "followUp.list" });
  return {
    caseStatus: found.status,
    canEdit: mayReadNotes && found.status !== "CLOSED",
    followUps: followUps.map((followUp) => ({ ...followUp, notes: followUp.notes ?? null })),
  };
}

export type FollowUpWriteResult = { ok: true; savedAt: Date } | { ok: false; error: CaseWriteRefusal | "conflict" | "completedBeforeReturn" };

/** The day of return a follow-up was scheduled from: its due date less its months. */
function returnDayOf(followUp: { dueOn: Date; monthsAfterReturn: number }): string {
  const due = followUp.dueOn;
  const day = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() - followUp.monthsAfterReturn, 1));
  const lastOfMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
  day.setUTCDate(Math.min(due.getUTCDate(), lastOfMonth));
  return isoOfDbDate(day);
}

/** Records (or corrects) a follow-up contact; refused when someone else saved it since the form was opened. */
export async function recordFollowUp(caseId: string, followUpId: string, input: FollowUpForm): Promise<FollowUpWriteResult> {
  return writeOnOpenCase("followUp.write", caseId, async (tx, user) => {
    const before = await tx.followUp.findFirst({
      where: { id: followUpId, caseId },
      select: { monthsAfterReturn: true, dueOn: true, completedOn: true, economicScore: true, socialScore: true, psychosocialScore: true, notes: true, updatedAt: true },
    });
    if (!before) return refuseMissing(user, "followUp.update", "FollowUp", followUpId);
    const { savedAt, completedOn, ...scores } = input;
    // A contact after return cannot have happened before the return.
    if (completedOn && completedOn < returnDayOf(before)) return { ok: false, error: "completedBeforeReturn" } as const;
    const data = { ...scores, completedOn: completedOn ? dbDate(completedOn) : null };
    const { monthsAfterReturn } = before;
    const changes = diffFields(
      { completedOn: before.completedOn, economicScore: before.economicScore, socialScore: before.socialScore, psychosocialScore: before.psychosocialScore, notes: before.notes },
      data,
    );
    // Saving what is already stored writes nothing: no new timestamp, no audit row (issue 11).
    if (Object.keys(changes).length === 0) return { ok: true, savedAt: before.updatedAt } as const;
    const { count } = await tx.followUp.updateMany({ where: { id: followUpId, caseId, updatedAt: savedAt }, data });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await auditCaseEntry(tx, user, {
      action: before.completedOn ? "followUp.update" : "followUp.record",
      resourceType: "FollowUp",
      resourceId: followUpId,
      caseId,
      changes: { monthsAfterReturn: [monthsAfterReturn, monthsAfterReturn], ...redactChanges(changes, ["notes"]) },
    });
    const saved = await tx.followUp.findUniqueOrThrow({ where: { id: followUpId }, select: { updatedAt: true } });
    // The form carries this forward, so the next save from it is not taken for someone else's.
    return { ok: true, savedAt: saved.updatedAt } as const;
  });
}

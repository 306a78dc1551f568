import "server-only";
import { getDb } from "@/lib/db";
import { diffFields, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { auditCaseEntry, findCaseInScope, markCaseEntry, redactChanges, type CaseWriteRefusal, writeOnOpenCase } from "@/lib/data/casework-scope";
import { can } from "@/lib/permissions";
import { officeToday } from "@/lib/dates";
import { inPlanOrder, summarizePlan } from "@/lib/casework/plan-summary";
import { dbDate } from "@/lib/dates";
import { type PlanStepForm, type PlanStepKindValue } from "@/lib/schemas/plan-step";
import { refuseMissing } from "@/lib/data/denials";
import { PLAN_STEP_KINDS } from "@/lib/vocabularies/plan-steps";

const STEP_FIELDS = { id: true, kind: true, status: true, dueOn: true, note: true, updatedAt: true } as const;

export type PlanStepWriteResult = { ok: true; savedAt?: Date } | { ok: false; error: CaseWriteRefusal | "conflict" | "stepExists" };

/**
 * The return plan of a case, in the office's order, with a progress summary.
 * A case without a plan gets the full plan, every step not started, the first
 * time someone who may edit it opens it (the unique case-and-step key makes
 * two openings at once harmless). Null when the case is out of scope.
 */
export async function getReturnPlan(caseId: string) {
  const user = await authorize("plan.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId);
  if (!found) return null;
  const canEdit = can(user.role, "plan.write") && found.status !== "CLOSED";

  // Managers follow progress; a step's note (medical needs, for one) is the advisers' need to know.
  const select = { ...STEP_FIELDS, note: can(user.role, "plan.write") };
  let steps = await db.returnPlanStep.findMany({ where: { caseId }, select });
  if (steps.length === 0 && canEdit) {
    steps = await db.$transaction(async (tx) => {
      const { count } = await tx.returnPlanStep.createMany({ data: PLAN_STEP_KINDS.map((kind) => ({ caseId, kind })), skipDuplicates: true });
      if (count > 0) {
        await recordCaseAudit(tx, user, caseId, { action: "plan.create", changes: { steps: [0, count] } });
      }
      return tx.returnPlanStep.findMany({ where: { caseId }, select });
    });
  }
  await recordCaseAudit(db, user, caseId, { action: "plan.read" });

  const ordered = inPlanOrder(steps);
  const present = new Set(steps.map((step) => step.kind));
  return {
    caseStatus: found.status,
    canEdit,
    steps: ordered,
    summary: summarizePlan(ordered, officeToday()),
    /** Steps a plan made before them does not have; they can be added. */
    missingKinds: PLAN_STEP_KINDS.filter((kind) => !present.has(kind)),
  };
}

/** Saves one step, refused when someone else saved it since the form was opened. */
export async function updatePlanStep(caseId: string, stepId: string, input: PlanStepForm): Promise<PlanStepWriteResult> {
  return writeOnOpenCase("plan.write", caseId, async (tx, user) => {
    const before = await tx.returnPlanStep.findFirst({ where: { id: stepId, caseId }, select: { kind: true, status: true, dueOn: true, note: true } });
    if (!before) return refuseMissing(user, "planStep.update", "ReturnPlanStep", stepId);
    const { savedAt, ...fields } = input;
    const data = { status: fields.status, dueOn: fields.dueOn ? dbDate(fields.dueOn) : null, note: fields.note };
    const { count } = await tx.returnPlanStep.updateMany({ where: { id: stepId, caseId, updatedAt: savedAt }, data });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    const changes = diffFields({ status: before.status, dueOn: before.dueOn, note: before.note }, data);
    if (Object.keys(changes).length > 0) {
      await auditCaseEntry(tx, user, {
        action: "plan.step.update",
        resourceType: "ReturnPlanStep",
        resourceId: stepId,
        caseId,
        changes: { kind: [before.kind, before.kind], ...redactChanges(changes, ["note"]) },
      });
    }
    const saved = await tx.returnPlanStep.findUniqueOrThrow({ where: { id: stepId }, select: { updatedAt: true } });
    // The form carries this forward, so the next save from it is not taken for someone else's.
    return { ok: true, savedAt: saved.updatedAt } as const;
  });
}

/** Adds a step the plan lacks. */
export async function addPlanStep(caseId: string, kind: PlanStepKindValue): Promise<PlanStepWriteResult> {
  return writeOnOpenCase("plan.write", caseId, async (tx, user) => {
    const { count } = await tx.returnPlanStep.createMany({ data: [{ caseId, kind }], skipDuplicates: true });
    if (count === 0) return { ok: false, error: "stepExists" } as const;
    await recordCaseAudit(tx, user, caseId, { action: "plan.step.create", changes: { kind: [null, kind] } });
    await markCaseEntry(tx, caseId);
    return { ok: true } as const;
  });
}

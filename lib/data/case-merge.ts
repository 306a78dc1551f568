import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { findCaseInScope, WRITE_SCOPE, redactedText } from "@/lib/data/casework-scope";
import { caseScope } from "@/lib/data/scope";
import { recordDenial } from "@/lib/data/denials";
import type { Tx } from "@/lib/data/case-fields";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { officeToday, dbDate } from "@/lib/dates";
import { can } from "@/lib/permissions";
import type { MergeProposalForm } from "@/lib/schemas/case-merge";

// Merging a person registered twice into one case (issue 11 §3, decision 019).
// The adviser proposes it from the duplicate's page with a reason; a manager of
// the team confirms it on /approvals (an ApprovalRequest of kind "case.merge",
// the two-person rule of decision 014). On confirmation, in one transaction,
// the duplicate's casework moves to the kept case, the duplicate is closed, and
// a CaseMerge row records it; its number then leads to the kept case. Either
// all of it happens or nothing does.

export const MERGE_KIND = "case.merge";

/** The terms of a merge request, as the approval stores them. */
export type MergeChange = { fromCaseId: string; fromCaseNumber: string; intoCaseId: string; intoCaseNumber: string; reason: string };

export type MergeRefusal = "notFound" | "targetNotFound" | "sameCase" | "alreadyMerged" | "targetMerged" | "otherTeam" | "targetClosed" | "alreadyProposed";

export type ProposeMergeResult =
  | { ok: true; requestId: string }
  | { ok: false; error: Exclude<MergeRefusal, "alreadyProposed"> }
  /** Someone proposed a merge of one of the two cases first: who, when, and which. */
  | { ok: false; error: "alreadyProposed"; proposedBy: string; proposedAt: Date; fromCaseNumber: string; intoCaseNumber: string };

const MERGE_CASE_SELECT = { id: true, caseNumber: true, teamId: true, status: true, mergedInto: { select: { id: true } } } as const satisfies Prisma.CaseSelect;
type MergeCase = Prisma.CaseGetPayload<{ select: typeof MERGE_CASE_SELECT }>;

/** The checks a proposal and its confirmation share: null when the two cases may be merged. */
function mergeRefusal(from: MergeCase, into: MergeCase): MergeRefusal | null {
  if (from.id === into.id) return "sameCase";
  if (from.mergedInto) return "alreadyMerged";
  if (into.mergedInto) return "targetMerged";
  if (from.teamId !== into.teamId) return "otherTeam";
  if (into.status === "CLOSED") return "targetClosed";
  return null;
}

/** A pending merge request that involves either case, with its asker. */
async function pendingMergeOf(tx: Tx, caseIds: string[]) {
  const pending = await tx.approvalRequest.findMany({
    where: { kind: MERGE_KIND, state: "PENDING" },
    select: { id: true, change: true, createdAt: true, requester: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return pending.find((request) => {
    const change = request.change as MergeChange;
    return caseIds.includes(change.fromCaseId) || caseIds.includes(change.intoCaseId);
  });
}

/**
 * The adviser proposes to merge the case `caseId` (the duplicate) into the case
 * numbered `input.intoCaseNumber` (the one kept), with a reason. Both must be in
 * the adviser's own scope (no emergency grant), of one team, neither merged
 * already, the kept one open, and no other merge of either pending. Refusals
 * change nothing and are audited.
 */
export async function proposeCaseMerge(caseId: string, input: MergeProposalForm): Promise<ProposeMergeResult> {
  const user = await authorize("case.merge");
  const result = await getDb().$transaction(async (tx): Promise<ProposeMergeResult> => {
    const from = await findCaseInScope(tx, user, caseId, { select: MERGE_CASE_SELECT, ...WRITE_SCOPE });
    if (!from) return { ok: false, error: "notFound" };
    const into = await tx.case.findFirst({ where: { AND: [{ caseNumber: input.intoCaseNumber }, caseScope(user, WRITE_SCOPE)] }, select: MERGE_CASE_SELECT });
    if (!into) return { ok: false, error: "targetNotFound" };
    const refusal = mergeRefusal(from, into);
    if (refusal && refusal !== "alreadyProposed") return { ok: false, error: refusal };
    const earlier = await pendingMergeOf(tx, [from.id, into.id]);
    if (earlier) {
      const change = earlier.change as MergeChange;
      return { ok: false, error: "alreadyProposed", proposedBy: earlier.requester.name, proposedAt: earlier.createdAt, fromCaseNumber: change.fromCaseNumber, intoCaseNumber: change.intoCaseNumber };
    }
    const change: MergeChange = { fromCaseId: from.id, fromCaseNumber: from.caseNumber, intoCaseId: into.id, intoCaseNumber: into.caseNumber, reason: input.reason };
    const request = await tx.approvalRequest.create({ data: { kind: MERGE_KIND, requesterId: user.id, teamId: from.teamId, change }, select: { id: true } });
    await recordAudit(tx, auditActor(user), {
      action: "case.merge.propose",
      resourceType: "ApprovalRequest",
      resourceId: request.id,
      caseId: from.id,
      // The reason is casework text: its length only, like every free text in the trail.
      changes: { fromCaseNumber: [null, from.caseNumber], intoCaseNumber: [null, into.caseNumber], reason: [null, redactedText(input.reason)] },
    });
    return { ok: true, requestId: request.id };
  });
  if (!result.ok) {
    if (result.error === "notFound" || result.error === "targetNotFound") {
      await recordDenial(user, { action: "write.refused", reason: result.error === "notFound" ? "caseNotInScope" : "mergeTargetNotInScope", resourceType: "Case", resourceId: caseId.slice(0, 64) });
    }
    await recordAudit(getDb(), auditActor(user), { action: "case.merge.propose.refused", resourceType: "Case", resourceId: caseId.slice(0, 64), reason: result.error });
  }
  return result;
}

/** Thrown inside the confirming transaction to undo everything it did so far. */
export class MergeRefused extends Error {
  constructor(readonly refusal: MergeRefusal) {
    super(`merge refused: ${refusal}`);
  }
}

export type MergeMoved = Record<string, number>;

/**
 * Inside the manager's approving transaction (lib/data/approvals.ts): checks
 * the two cases again, as the manager sees them now, and carries the merge
 * out. Throws MergeRefused (which rolls the whole transaction back, the
 * approval included) when it may no longer happen.
 */
export async function applyCaseMerge(tx: Tx, manager: SignedInUser, request: { id: string; requesterId: string; change: MergeChange }): Promise<MergeMoved> {
  const { change } = request;
  // Both cases locked, in a fixed order, so two merges of the same case wait for each other.
  const ids = [change.fromCaseId, change.intoCaseId].sort();
  await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  const [from, into] = await Promise.all([
    findCaseInScope(tx, manager, change.fromCaseId, { select: MERGE_CASE_SELECT, ...WRITE_SCOPE }),
    findCaseInScope(tx, manager, change.intoCaseId, { select: MERGE_CASE_SELECT, ...WRITE_SCOPE }),
  ]);
  if (!from) throw new MergeRefused("notFound");
  if (!into) throw new MergeRefused("targetNotFound");
  const refusal = mergeRefusal(from, into);
  if (refusal) throw new MergeRefused(refusal);

  // Signed journal entries are locked to their case in the database; a confirmed merge is the one move it allows.
  await tx.$executeRaw`SELECT set_config('hemvag.case_merge', 'on', true)`;
  const moved = await moveCasework(tx, from.id, into.id);

  const now = new Date();
  if (from.status !== "CLOSED") {
    await tx.case.update({ where: { id: from.id }, data: { status: "CLOSED", outcome: "OTHER", statusSince: now, closedAt: now, version: { increment: 1 }, lastEntryAt: now }, select: { id: true } });
    await tx.caseStatusChange.create({
      data: { caseId: from.id, fromStatus: from.status, toStatus: "CLOSED", outcome: "OTHER", effectiveOn: dbDate(officeToday(now)), reason: change.reason, changedById: manager.id },
      select: { id: true },
    });
  } else {
    await tx.case.update({ where: { id: from.id }, data: { version: { increment: 1 }, lastEntryAt: now }, select: { id: true } });
  }
  await tx.case.update({ where: { id: into.id }, data: { version: { increment: 1 }, lastEntryAt: now }, select: { id: true } });
  await tx.caseMerge.create({
    data: {
      fromCaseId: from.id,
      intoCaseId: into.id,
      fromCaseNumber: from.caseNumber,
      intoCaseNumber: into.caseNumber,
      reason: change.reason,
      proposedById: request.requesterId,
      confirmedById: manager.id,
      approvalRequestId: request.id,
      moved,
    },
    select: { id: true },
  });
  const counts = Object.fromEntries(Object.entries(moved).map(([kind, count]) => [kind, [0, count]])) as Record<string, [unknown, unknown]>;
  for (const [caseId, other] of [[from.id, into.caseNumber], [into.id, from.caseNumber]] as const) {
    await recordAudit(tx, auditActor(manager), {
      action: caseId === from.id ? "case.merge.from" : "case.merge.into",
      resourceType: "Case",
      resourceId: caseId,
      caseId,
      changes: { otherCaseNumber: [null, other], ...counts },
      reason: `approval ${request.id}`,
    });
  }
  return moved;
}

/**
 * Moves the casework. A plan step or follow-up of a kind the kept case already
 * has stays on the merged case (one step of each kind per case, one follow-up
 * per month after return); it stays readable under the old number. Notes about
 * a follow-up that stays, stay with it.
 */
async function moveCasework(tx: Tx, fromId: string, intoId: string): Promise<MergeMoved> {
  const into = { caseId: intoId };
  const [keptKinds, keptMonths] = await Promise.all([
    tx.returnPlanStep.findMany({ where: { caseId: intoId }, select: { kind: true } }),
    tx.followUp.findMany({ where: { caseId: intoId }, select: { monthsAfterReturn: true } }),
  ]);
  const stayingFollowUps = await tx.followUp.findMany({ where: { caseId: fromId, monthsAfterReturn: { in: keptMonths.map((row) => row.monthsAfterReturn) } }, select: { id: true } });
  const stayingFollowUpIds = stayingFollowUps.map((row) => row.id);
  const planSteps = await tx.returnPlanStep.updateMany({ where: { caseId: fromId, kind: { notIn: keptKinds.map((row) => row.kind) } }, data: into });
  const followUps = await tx.followUp.updateMany({ where: { caseId: fromId, id: { notIn: stayingFollowUpIds } }, data: into });
  // Members first: journal entries may name one.
  const householdMembers = await tx.householdMember.updateMany({ where: { caseId: fromId }, data: into });
  const sessions = await tx.counsellingSession.updateMany({ where: { caseId: fromId }, data: into });
  const journalEntries = await tx.journalEntry.updateMany({ where: { caseId: fromId, OR: [{ followUpId: null }, { followUpId: { notIn: stayingFollowUpIds } }] }, data: into });
  const tasks = await tx.task.updateMany({ where: { caseId: fromId }, data: into });
  const documents = await tx.document.updateMany({ where: { caseId: fromId }, data: into });
  const eligibilityChecks = await tx.eligibilityCheck.updateMany({ where: { caseId: fromId }, data: into });
  const referrals = await tx.referral.updateMany({ where: { caseId: fromId }, data: into });
  const planStepsStayed = await tx.returnPlanStep.count({ where: { caseId: fromId } });
  return {
    sessions: sessions.count,
    planSteps: planSteps.count,
    referrals: referrals.count,
    tasks: tasks.count,
    documents: documents.count,
    eligibilityChecks: eligibilityChecks.count,
    journalEntries: journalEntries.count,
    followUps: followUps.count,
    householdMembers: householdMembers.count,
    planStepsStayed,
    followUpsStayed: stayingFollowUpIds.length,
  };
}

export type CaseMergeState = {
  /** This case was merged into another: where its number leads. */
  mergedInto: { caseId: string; caseNumber: string } | null;
  /** Cases merged into this one, with when, why and by whom. */
  mergedFrom: { caseId: string; caseNumber: string; reason: string; at: Date; proposedBy: string | null; confirmedBy: string | null }[];
  /** A merge of this case waiting for a manager. */
  pending: { fromCaseNumber: string; intoCaseNumber: string; proposedBy: string; proposedAt: Date } | null;
  canPropose: boolean;
};

/** Where a merged case's number leads, or null. For the case pages' redirect: no personal data, the scope is the caller's read. */
export async function mergedIntoCaseId(caseId: string): Promise<string | null> {
  await authorize("case.read");
  const merge = await getDb().caseMerge.findUnique({ where: { fromCaseId: caseId }, select: { intoCaseId: true } });
  return merge?.intoCaseId ?? null;
}

/** What the case page shows about merges of the case (already read and audited by getCase). */
export async function getCaseMergeState(caseId: string): Promise<CaseMergeState | null> {
  const user = await authorize("case.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, {
    select: {
      id: true,
      status: true,
      mergedInto: { select: { intoCaseId: true, intoCaseNumber: true } },
      mergedFrom: { select: { fromCaseId: true, fromCaseNumber: true, reason: true, createdAt: true, proposedById: true, confirmedById: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!found) return null;
  const pendingRequest = await db.$transaction((tx) => pendingMergeOf(tx, [caseId]));
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: found.mergedFrom.flatMap((merge) => [merge.proposedById, merge.confirmedById]) } }, select: { id: true, name: true } })).map((row) => [row.id, row.name]),
  );
  const pendingChange = pendingRequest?.change as MergeChange | undefined;
  const mayWrite = (await findCaseInScope(db, user, caseId, { select: { id: true }, ...WRITE_SCOPE })) !== null;
  return {
    mergedInto: found.mergedInto ? { caseId: found.mergedInto.intoCaseId, caseNumber: found.mergedInto.intoCaseNumber } : null,
    mergedFrom: found.mergedFrom.map((merge) => ({
      caseId: merge.fromCaseId,
      caseNumber: merge.fromCaseNumber,
      reason: merge.reason,
      at: merge.createdAt,
      proposedBy: names.get(merge.proposedById) ?? null,
      confirmedBy: names.get(merge.confirmedById) ?? null,
    })),
    pending: pendingRequest && pendingChange ? { fromCaseNumber: pendingChange.fromCaseNumber, intoCaseNumber: pendingChange.intoCaseNumber, proposedBy: pendingRequest.requester.name, proposedAt: pendingRequest.createdAt } : null,
    canPropose: can(user.role, "case.merge") && mayWrite && !found.mergedInto && !pendingRequest,
  };
}

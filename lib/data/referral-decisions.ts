import "server-only";
import { getDb } from "@/lib/db";
import type { ReferralDecision } from "@/lib/generated/prisma/enums";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { auditCaseEntry, redactedText } from "@/lib/data/casework-scope";
import { openReferralForWrite, writeReferral } from "@/lib/data/referrals";
import { viaCase } from "@/lib/data/scope";
import { checkDecision, type ReferralTransitionError } from "@/lib/referrals/status-machine";
import { dbDate, isoOfDbDate, isoOfDbDateOrNull } from "@/lib/dates";
import type { DecisionCorrectionForm } from "@/lib/schemas/referral";

// Correcting a recorded referral decision (issue 11 §3): the referral holds
// the decision as it now reads; each correction appends a
// ReferralDecisionCorrection row with the decision before and after and the
// reason (append-only in the database), shown on the referral and the case
// timeline. Guarded by the referral's version like every referral write.

export type DecisionSnapshot = { decision: ReferralDecision; decidedOn: string; decisionAmountSek: number | null; agencyReference: string | null };

export type CorrectDecisionResult =
  | { ok: true }
  | { ok: false; error: "notFound" | "caseClosed" | "notDecided" | "unchanged" | "dateBeforeSent" | ReferralTransitionError }
  /** Someone saved the referral since the form was read: what it says now, and who wrote it when. */
  | { ok: false; error: "conflict"; current: DecisionSnapshot | null; changedBy: string | null; changedAt: Date | null };

const snapshot = (row: { decision: ReferralDecision | null; decidedOn: Date | null; decisionAmountSek: number | null; agencyReference: string | null }): DecisionSnapshot | null =>
  row.decision && row.decidedOn ? { decision: row.decision, decidedOn: isoOfDbDate(row.decidedOn), decisionAmountSek: row.decisionAmountSek, agencyReference: row.agencyReference } : null;

const sameDecision = (a: DecisionSnapshot, b: DecisionSnapshot) =>
  a.decision === b.decision && a.decidedOn === b.decidedOn && a.decisionAmountSek === b.decisionAmountSek && (a.agencyReference ?? null) === (b.agencyReference ?? null);

/** Corrects the decision of a decided referral, keeping the earlier one in a correction row with the reason. */
export async function correctReferralDecision(referralId: string, input: DecisionCorrectionForm): Promise<CorrectDecisionResult> {
  const user = await authorize("referral.write");
  const db = getDb();
  const result = await db.$transaction(async (tx): Promise<CorrectDecisionResult> => {
    const opened = await openReferralForWrite(tx, user, referralId, input.version);
    if (!opened.ok) return opened.error === "conflict" ? { ok: false, error: "conflict", current: null, changedBy: null, changedAt: null } : opened;
    const { referral } = opened;
    const before = snapshot(referral);
    if (!before) return { ok: false, error: "notDecided" };
    const amount = input.decisionAmountSek;
    const refusal = checkDecision(input.decision, amount);
    if (refusal) return { ok: false, error: refusal };
    const sentOn = isoOfDbDateOrNull(referral.sentOn);
    if (sentOn && input.decidedOn! < sentOn) return { ok: false, error: "dateBeforeSent" };
    const after: DecisionSnapshot = { decision: input.decision, decidedOn: input.decidedOn!, decisionAmountSek: amount, agencyReference: input.agencyReference };
    // Saving what is already there writes nothing: no correction row, no version, no audit.
    if (sameDecision(before, after)) return { ok: false, error: "unchanged" };
    const written = await writeReferral(tx, referralId, input.version, {
      decision: after.decision,
      decidedOn: dbDate(after.decidedOn),
      decisionAmountSek: after.decisionAmountSek,
      agencyReference: after.agencyReference,
    });
    if (!written) return { ok: false, error: "conflict", current: null, changedBy: null, changedAt: null };
    await tx.referralDecisionCorrection.create({
      data: {
        referralId,
        previousDecision: before.decision,
        previousDecidedOn: dbDate(before.decidedOn),
        previousAmountSek: before.decisionAmountSek,
        previousAgencyReference: before.agencyReference,
        decision: after.decision,
        decidedOn: dbDate(after.decidedOn),
        decisionAmountSek: after.decisionAmountSek,
        agencyReference: after.agencyReference,
        reason: input.reason,
        byUserId: user.id,
      },
      select: { id: true },
    });
    const changes: Record<string, [unknown, unknown]> = {};
    if (before.decision !== after.decision) changes.decision = [before.decision, after.decision];
    if (before.decidedOn !== after.decidedOn) changes.decidedOn = [before.decidedOn, after.decidedOn];
    if (before.decisionAmountSek !== after.decisionAmountSek) changes.decisionAmountSek = [before.decisionAmountSek, after.decisionAmountSek];
    if ((before.agencyReference ?? null) !== (after.agencyReference ?? null)) changes.agencyReference = [redactedText(before.agencyReference), redactedText(after.agencyReference)];
    changes.reason = [null, redactedText(input.reason)];
    await auditCaseEntry(tx, user, { action: "referral.decision.correct", resourceType: "Referral", resourceId: referralId, caseId: referral.caseId, changes });
    return { ok: true };
  });
  // A referral out of scope is already recorded as refused by openReferralForWrite (refuseMissing).
  if (!result.ok && result.error !== "conflict" && result.error !== "unchanged") {
    await recordAudit(db, auditActor(user), { action: "referral.decision.correct.refused", resourceType: "Referral", resourceId: referralId.slice(0, 64), reason: result.error });
  }
  if (result.ok || result.error !== "conflict") return result;
  // The conflict message: the decision as it reads now, and the last writer of the referral.
  const current = await db.referral.findFirst({ where: { AND: [{ id: referralId }, viaCase(user)] }, select: { decision: true, decidedOn: true, decisionAmountSek: true, agencyReference: true } });
  const last = await db.auditEvent.findFirst({
    where: { resourceType: "Referral", resourceId: referralId, action: { in: ["referral.status.change", "referral.decision.correct", "referral.consent.record"] } },
    orderBy: { id: "desc" },
    select: { userId: true, userEmail: true, at: true },
  });
  const writer = last?.userId ? await db.user.findUnique({ where: { id: last.userId }, select: { name: true } }) : null;
  return { ok: false, error: "conflict", current: current ? snapshot(current) : null, changedBy: writer?.name ?? last?.userEmail ?? null, changedAt: last?.at ?? null };
}

export type DecisionCorrectionDto = { id: string; before: DecisionSnapshot; after: DecisionSnapshot; reason: string; byName: string | null; at: Date };

/** The corrections of a referral's decision, oldest first, for its page (read within the page's audited referral read). */
export async function listDecisionCorrections(referralId: string): Promise<DecisionCorrectionDto[]> {
  const user = await authorize("referral.read");
  const db = getDb();
  const rows = await db.referralDecisionCorrection.findMany({
    where: { referral: { AND: [{ id: referralId }, viaCase(user)] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const names = new Map((await db.user.findMany({ where: { id: { in: rows.map((row) => row.byUserId) } }, select: { id: true, name: true } })).map((row) => [row.id, row.name]));
  return rows.map((row) => ({
    id: row.id,
    before: { decision: row.previousDecision, decidedOn: isoOfDbDate(row.previousDecidedOn), decisionAmountSek: row.previousAmountSek, agencyReference: row.previousAgencyReference },
    after: { decision: row.decision, decidedOn: isoOfDbDate(row.decidedOn), decisionAmountSek: row.decisionAmountSek, agencyReference: row.agencyReference },
    reason: row.reason,
    byName: names.get(row.byUserId) ?? null,
    at: row.createdAt,
  }));
}

import "server-only";
import { getDb } from "@/lib/db";
import type { Tx } from "@/lib/data/case-fields";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { applyCaseMerge, MERGE_KIND, MergeRefused, type MergeChange, type MergeRefusal } from "@/lib/data/case-merge";
import { refuseMissing } from "@/lib/data/denials";

// The two-person rule (issue 12 H2, docs/decisions/014): a change that would
// let someone read a team's cases is only asked for here, and takes effect
// when a manager of that team — not the one who asked, not the one it is
// about — approves it. One table for every kind of approval: `kind` says what
// is asked, `change` holds its terms, `apply` below carries it out.

/** Roles that read case contents: giving one of them needs an approval. */
export const CASE_READING_ROLES: readonly Role[] = ["ADVISER", "MANAGER"];

/** Today's one kind: give an account a role and a team. Case merges and team transfers will add theirs. */
export type AccessChange = { role: Role; teamId: string };

/** Whether moving an account from `before` to `after` needs a manager's approval. */
export function needsApproval(before: { role: Role; teamId: string | null } | null, after: { role: Role; teamId: string | null }): boolean {
  if (!CASE_READING_ROLES.includes(after.role)) return false;
  return before === null || !CASE_READING_ROLES.includes(before.role) || before.role !== after.role || before.teamId !== after.teamId;
}

/** Inside the requester's transaction: files the request (replacing an older pending one for the same account) and audits it. */
export async function requestAccessChange(tx: Tx, requester: SignedInUser, targetUserId: string, change: AccessChange): Promise<string> {
  await tx.approvalRequest.updateMany({
    where: { kind: "user.access", targetUserId, state: "PENDING" },
    data: { state: "REFUSED", decidedAt: new Date(), decidedById: requester.id, reason: "superseded" },
  });
  const request = await tx.approvalRequest.create({
    data: { kind: "user.access", requesterId: requester.id, targetUserId, teamId: change.teamId, change },
    select: { id: true },
  });
  await recordAudit(tx, auditActor(requester), {
    action: "approval.request",
    resourceType: "ApprovalRequest",
    resourceId: request.id,
    changes: { kind: [null, "user.access"], targetUserId: [null, targetUserId], role: [null, change.role], teamId: [null, change.teamId] },
  });
  return request.id;
}

/** The pending access change of an account, for the administrator's user page ("waiting for approval"). */
export async function pendingAccessChange(targetUserId: string) {
  await authorize("user.manage");
  return getDb().approvalRequest.findFirst({
    where: { kind: "user.access", targetUserId, state: "PENDING" },
    select: { id: true, change: true, createdAt: true, team: { select: { name: true } } },
  });
}

/** Requests the signed-in manager may decide: their team's, pending, neither asked by nor about themself (a merge is about no account). */
function decidable(user: SignedInUser) {
  return {
    teamId: user.teamId ?? "\u0000none",
    state: "PENDING" as const,
    requesterId: { not: user.id },
    OR: [{ targetUserId: null }, { targetUserId: { not: user.id } }],
    // Team transfers are decided on their own page, where the receiving manager chooses the adviser (lib/data/team-transfers.ts).
    kind: { not: "case.transfer" },
  };
}

export async function listPendingApprovals() {
  const user = await authorize("approval.decide");
  return getDb().approvalRequest.findMany({
    where: decidable(user),
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kind: true,
      change: true,
      createdAt: true,
      requester: { select: { name: true, email: true } },
      targetUser: { select: { name: true, email: true, role: true } },
    },
  });
}

export async function countPendingApprovals(): Promise<number> {
  const user = await authorize("approval.decide");
  return getDb().approvalRequest.count({ where: decidable(user) });
}

export type DecideResult =
  | { ok: true }
  | { ok: false; error: "notFound" }
  /** Decided already, by someone else a moment ago: who and how. */
  | { ok: false; error: "alreadyDecided"; decidedBy: string | null; decidedAt: Date | null; approved: boolean }
  /** A merge that may no longer happen (decision 019): nothing was changed, the request is still pending. */
  | { ok: false; error: "mergeRefused"; refusal: MergeRefusal };

/** Approves (the change takes effect in the same transaction) or refuses a request; audited either way. */
export async function decideApproval(requestId: string, approve: boolean, reason: string | null): Promise<DecideResult> {
  const user = await authorize("approval.decide");
  try {
    return await getDb().$transaction(async (tx): Promise<DecideResult> => {
      const request = await tx.approvalRequest.findFirst({
        where: { id: requestId, teamId: user.teamId ?? "\u0000none" },
        select: { id: true, kind: true, state: true, requesterId: true, targetUserId: true, change: true, decidedAt: true, decidedBy: { select: { name: true } } },
      });
      if (request && request.state !== "PENDING") {
        return { ok: false, error: "alreadyDecided", decidedBy: request.decidedBy?.name ?? null, decidedAt: request.decidedAt, approved: request.state === "APPROVED" };
      }
      const decidableRequest = request ? await tx.approvalRequest.findFirst({ where: { id: request.id, ...decidable(user) }, select: { id: true } }) : null;
      if (!request || !decidableRequest) return refuseMissing(user, "approval.decide", "ApprovalRequest", requestId);
      // The state in the where: of two managers deciding at once, the second writes nothing.
      const { count } = await tx.approvalRequest.updateMany({
        where: { id: request.id, state: "PENDING" },
        data: { state: approve ? "APPROVED" : "REFUSED", decidedById: user.id, decidedAt: new Date(), reason },
      });
      if (count === 0) return { ok: false, error: "alreadyDecided", decidedBy: null, decidedAt: null, approved: false };
      if (approve && request.kind === "user.access" && request.targetUserId) {
        const change = request.change as AccessChange;
        const before = await tx.user.findUniqueOrThrow({ where: { id: request.targetUserId }, select: { role: true, teamId: true } });
        await tx.user.update({ where: { id: request.targetUserId }, data: { role: change.role, teamId: change.teamId }, select: { id: true } });
        await recordAudit(tx, auditActor(user), {
          action: "user.update",
          resourceType: "User",
          resourceId: request.targetUserId,
          changes: { role: [before.role, change.role], teamId: [before.teamId, change.teamId] },
          reason: `approval ${request.id}`,
        });
      }
      if (approve && request.kind === MERGE_KIND) {
        await applyCaseMerge(tx, user, { id: request.id, requesterId: request.requesterId, change: request.change as MergeChange });
      }
      await recordAudit(tx, auditActor(user), {
        action: approve ? "approval.approve" : "approval.refuse",
        resourceType: "ApprovalRequest",
        resourceId: request.id,
        reason: reason ?? undefined,
      });
      return { ok: true };
    });
  } catch (error) {
    // The whole transaction, approval included, rolled back: nothing changed.
    if (!(error instanceof MergeRefused)) throw error;
    await recordAudit(getDb(), auditActor(user), { action: "case.merge.refused", resourceType: "ApprovalRequest", resourceId: requestId.slice(0, 64), reason: error.refusal });
    return { ok: false, error: "mergeRefused", refusal: error.refusal };
  }
}

/** Who decided a request of the manager's team, and how: for the message when a second manager's decision came too late. */
export async function describeDecidedRequest(requestId: string) {
  const user = await authorize("approval.decide");
  const request = await getDb().approvalRequest.findFirst({
    where: { id: requestId, teamId: user.teamId ?? "\u0000none", state: { not: "PENDING" } },
    select: { state: true, decidedAt: true, decidedBy: { select: { name: true } } },
  });
  return request ? { approved: request.state === "APPROVED", decidedAt: request.decidedAt, decidedBy: request.decidedBy?.name ?? null } : null;
}

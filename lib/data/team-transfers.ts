import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { findCaseForWrite } from "@/lib/data/case-fields";
import { findCaseInScope, WRITE_SCOPE } from "@/lib/data/casework-scope";
import { recordDenial } from "@/lib/data/denials";
import { notify } from "@/lib/data/notifications";
import { teamAdvisers } from "@/lib/data/case-assignment";
import type { TransferDecisionForm, TransferRequestForm } from "@/lib/schemas/workflow";

// A case moves to another team only when that team takes it
// (docs/decisions/023): an adviser or manager of the case's team asks, a
// manager of the receiving team accepts and chooses the adviser, or refuses.
// The request is an ApprovalRequest of kind "case.transfer" (the same table as
// the two-person rule's, decided by the receiving team's managers) and is
// decided here, not on the approvals page, because accepting needs an adviser.
// Both teams see it in their transfer history; the case's timeline shows the
// request and the move, each with who and when. Emergency grants on the case
// stay as they are, with whoever holds them.

export const TRANSFER_KIND = "case.transfer";

/** The terms of a transfer, as the request keeps them. */
export type TransferTerms = { caseId: string; caseNumber: string; fromTeamId: string; reason: string; version: number };

export type TransferRequestResult = { ok: true; requestId: string } | { ok: false; error: "notFound" | "caseClosed" | "conflict" | "sameTeam" | "teamNotFound" | "alreadyPending" };

/** The teams a case may be offered to: every team but its own. */
export async function listTransferTargets(caseId: string) {
  const user = await authorize("case.transfer.request");
  const db = getDb();
  // A page view, not a write: a case seen only through an emergency grant simply offers no transfer (and is no refusal).
  const found = await findCaseInScope(db, user, caseId, { select: { id: true, teamId: true, version: true }, ...WRITE_SCOPE });
  if (!found) return null;
  const [teams, pending] = await Promise.all([
    db.team.findMany({ where: { id: { not: found.teamId } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.approvalRequest.findFirst({ where: { kind: TRANSFER_KIND, state: "PENDING", change: { path: ["caseId"], equals: caseId } }, select: { id: true, createdAt: true, team: { select: { name: true } } } }),
  ]);
  return { teams, pending, version: found.version };
}

/** Asks another team to take over a case; its managers are told. */
export async function requestTransfer(caseId: string, input: TransferRequestForm): Promise<TransferRequestResult> {
  const user = await authorize("case.transfer.request");
  return getDb().$transaction(async (tx) => {
    const found = await findCaseForWrite(tx, user, caseId);
    if (!found) return { ok: false, error: "notFound" } as const;
    if (found.status === "CLOSED") return { ok: false, error: "caseClosed" } as const;
    if (found.version !== input.version) return { ok: false, error: "conflict" } as const;
    if (input.teamId === found.teamId) return { ok: false, error: "sameTeam" } as const;
    const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true } });
    if (!team) return { ok: false, error: "teamNotFound" } as const;
    const pending = await tx.approvalRequest.count({ where: { kind: TRANSFER_KIND, state: "PENDING", change: { path: ["caseId"], equals: caseId } } });
    if (pending) return { ok: false, error: "alreadyPending" } as const;
    const number = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { caseNumber: true } });
    const terms: TransferTerms = { caseId, caseNumber: number.caseNumber, fromTeamId: found.teamId, reason: input.reason, version: found.version };
    const request = await tx.approvalRequest.create({ data: { kind: TRANSFER_KIND, requesterId: user.id, teamId: team.id, change: terms }, select: { id: true } });
    await recordAudit(tx, auditActor(user), {
      action: "case.transfer.request",
      resourceType: "ApprovalRequest",
      resourceId: request.id,
      caseId,
      changes: { teamId: [found.teamId, team.id] },
      reason: `[${input.reason.length} chars]`,
    });
    const managers = await tx.user.findMany({ where: { teamId: team.id, role: "MANAGER", isActive: true }, select: { id: true } });
    for (const manager of managers) await notify(tx, { userId: manager.id, kind: "TRANSFER_REQUESTED", subjectId: request.id });
    return { ok: true, requestId: request.id } as const;
  });
}

/**
 * The manager's transfers: requests waiting for their team, and the team's
 * history in both directions (received and sent), newest first.
 */
export async function listTransfers() {
  const user = await authorize("case.transfer.decide");
  const db = getDb();
  const teamId = user.teamId ?? "\u0000none";
  const select = {
    id: true,
    state: true,
    change: true,
    createdAt: true,
    decidedAt: true,
    reason: true,
    team: { select: { id: true, name: true } },
    requester: { select: { id: true, name: true } },
    decidedBy: { select: { name: true } },
  } as const;
  const [incoming, history, advisers, teams] = await Promise.all([
    db.approvalRequest.findMany({ where: { kind: TRANSFER_KIND, teamId, state: "PENDING" }, orderBy: { createdAt: "asc" }, select, take: 200 }),
    db.approvalRequest.findMany({
      where: { kind: TRANSFER_KIND, OR: [{ teamId }, { change: { path: ["fromTeamId"], equals: teamId } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select,
      take: 200,
    }),
    teamAdvisers(db, teamId),
    db.team.findMany({ select: { id: true, name: true } }),
  ]);
  await recordAudit(db, auditActor(user), { action: "case.transfer.list", reason: JSON.stringify({ pending: incoming.length }) });
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const shape = (row: (typeof history)[number]) => {
    const terms = row.change as TransferTerms;
    return {
      id: row.id,
      state: row.state,
      caseNumber: terms.caseNumber,
      reason: terms.reason,
      fromTeam: teamName.get(terms.fromTeamId) ?? "–",
      toTeam: row.team.name,
      direction: row.team.id === teamId ? ("in" as const) : ("out" as const),
      requesterName: row.requester.name,
      isOwnRequest: row.requester.id === user.id,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      decidedByName: row.decidedBy?.name ?? null,
      decisionReason: row.reason,
    };
  };
  return { incoming: incoming.map(shape), history: history.map(shape), advisers };
}

export type TransferDecisionResult = { ok: true } | { ok: false; error: "notFound" | "adviserNotInTeam" | "stale" };

/**
 * Accepts (the case moves to this team and the chosen adviser in the same
 * transaction) or refuses a transfer of another team's case. A request the
 * manager made themself, or one for another team, reads as missing.
 */
export async function decideTransfer(requestId: string, input: TransferDecisionForm): Promise<TransferDecisionResult> {
  const user = await authorize("case.transfer.decide");
  const teamId = user.teamId ?? "\u0000none";
  const result = await getDb().$transaction(async (tx) => {
    const request = await tx.approvalRequest.findFirst({
      where: { id: requestId, kind: TRANSFER_KIND, teamId, state: "PENDING", requesterId: { not: user.id } },
      select: { id: true, change: true },
    });
    if (!request) return { ok: false, error: "notFound" } as const;
    const terms = request.change as TransferTerms;
    const reason = input.reason || null;
    if (input.decision === "refuse") {
      await tx.approvalRequest.update({ where: { id: request.id }, data: { state: "REFUSED", decidedById: user.id, decidedAt: new Date(), reason }, select: { id: true } });
      await recordAudit(tx, auditActor(user), { action: "case.transfer.refuse", resourceType: "ApprovalRequest", resourceId: request.id, caseId: terms.caseId });
      return { ok: true } as const;
    }
    const adviser = await tx.user.findFirst({ where: { id: input.adviserId, teamId, role: "ADVISER", isActive: true }, select: { id: true } });
    if (!adviser) return { ok: false, error: "adviserNotInTeam" } as const;
    // The case must still be where it was asked from, and open; otherwise the request is closed as stale.
    const before = await tx.case.findFirst({ where: { id: terms.caseId, teamId: terms.fromTeamId, status: { not: "CLOSED" } }, select: { adviserId: true, version: true } });
    const { count } = before
      ? await tx.case.updateMany({
          where: { id: terms.caseId, teamId: terms.fromTeamId, version: before.version },
          data: { teamId, adviserId: adviser.id, queuedAt: null, version: { increment: 1 }, lastEntryAt: new Date() },
        })
      : { count: 0 };
    if (!before || count === 0) {
      await tx.approvalRequest.update({ where: { id: request.id }, data: { state: "REFUSED", decidedById: user.id, decidedAt: new Date(), reason: "stale" }, select: { id: true } });
      return { ok: false, error: "stale" } as const;
    }
    await tx.approvalRequest.update({ where: { id: request.id }, data: { state: "APPROVED", decidedById: user.id, decidedAt: new Date(), reason }, select: { id: true } });
    await recordAudit(tx, auditActor(user), {
      action: "case.transfer",
      resourceType: "Case",
      resourceId: terms.caseId,
      caseId: terms.caseId,
      changes: { teamId: [terms.fromTeamId, teamId], adviserId: [before.adviserId, adviser.id] },
      reason: `approval ${request.id}`,
    });
    await notify(tx, { userId: adviser.id, kind: "CASE_ASSIGNED", subjectId: terms.caseId, caseId: terms.caseId });
    return { ok: true } as const;
  });
  if (!result.ok && result.error !== "stale") await recordDenial(user, { action: "write.refused", reason: `case.transfer ${result.error}`, resourceType: "ApprovalRequest", resourceId: requestId });
  return result;
}

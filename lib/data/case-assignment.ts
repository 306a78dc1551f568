import "server-only";
import crypto from "node:crypto";
import { getDb, type Db } from "@/lib/db";
import type { Tx } from "@/lib/data/case-fields";
import { recordAudit, auditActor, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { caseScope } from "@/lib/data/scope";
import { WRITE_SCOPE } from "@/lib/data/casework-scope";
import { recordDenial } from "@/lib/data/denials";
import { notify } from "@/lib/data/notifications";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import type { CaseSelection } from "@/lib/schemas/workflow";

// Handing cases to an adviser, one or many in one go (docs/decisions/023):
// from the team's intake queue, or in bulk from an adviser who leaves or is
// away. Both end here, in one transaction per batch: every selected case
// moves, or none does. Each case's move is its own audit row ("case.assign",
// with the batch's id as reason), which the case's timeline shows with who
// and when. Emergency grants are not touched: a grant belongs to the person
// who opened it, never to the case's adviser, so nothing of it moves.

export type AssignRefusal =
  /** A case not in the manager's team (or not at all): the whole batch is refused. */
  | "notFound"
  /** A case changed (or left the queue, or closed) since the list was shown. */
  | "stale"
  | "adviserNotInTeam";

export type AssignResult = { ok: true; moved: number; batchId: string; adviserName: string } | { ok: false; error: AssignRefusal; caseIds?: string[] };

class BatchRefused extends Error {
  constructor(
    readonly refusal: AssignRefusal,
    readonly caseIds: string[],
  ) {
    super(refusal);
  }
}

/** The active advisers of a team: the only people its cases may be handed to. */
export function teamAdvisers(db: Pick<Tx, "user"> | Pick<Db, "user">, teamId: string) {
  return db.user.findMany({ where: { teamId, role: "ADVISER", isActive: true }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/**
 * The cases of a selection the manager may move: open cases of their own
 * team, found through the write scope (an emergency grant is no hand in a case).
 */
export function movableCases(db: Pick<Tx, "case"> | Pick<Db, "case">, user: SignedInUser, caseIds: string[]) {
  return db.case.findMany({
    where: { AND: [{ id: { in: caseIds } }, caseScope(user, WRITE_SCOPE), { teamId: user.teamId ?? "\u0000none" }] },
    select: { id: true, version: true, status: true, adviserId: true, caseNumber: true },
  });
}

/**
 * Moves every selected case to `adviserId`, all or nothing. `fromQueue`: the
 * cases must still be waiting in the queue (a colleague may have assigned
 * them meanwhile). Refusals are audited outside the (rolled back) transaction.
 */
export async function assignCases(user: SignedInUser, selection: CaseSelection, adviserId: string, { fromQueue }: { fromQueue: boolean }): Promise<AssignResult> {
  const batchId = crypto.randomUUID();
  const caseIds = selection.map((selected) => selected.caseId);
  try {
    const { count: moved, adviserName } = await getDb().$transaction(
      async (tx) => {
        const adviser = user.teamId ? await tx.user.findFirst({ where: { id: adviserId, teamId: user.teamId, role: "ADVISER", isActive: true }, select: { id: true, name: true } }) : null;
        if (!adviser) throw new BatchRefused("adviserNotInTeam", []);
        const found = new Map((await movableCases(tx, user, caseIds)).map((row) => [row.id, row]));
        const missing = caseIds.filter((id) => !found.has(id));
        if (missing.length) throw new BatchRefused("notFound", missing);
        const stale = selection.filter(({ caseId, version }) => {
          const row = found.get(caseId)!;
          return row.version !== version || row.status === "CLOSED" || (fromQueue && row.adviserId !== null);
        });
        if (stale.length) throw new BatchRefused("stale", stale.map((s) => s.caseId));
        let count = 0;
        for (const { caseId, version } of selection) {
          const before = found.get(caseId)!;
          if (before.adviserId === adviser.id) continue;
          // The version in the where: a write that slipped in since the check above makes this batch stale, not half done.
          const { count: updated } = await tx.case.updateMany({
            where: { id: caseId, version },
            data: { adviserId: adviser.id, queuedAt: null, version: { increment: 1 }, lastEntryAt: new Date() },
          });
          if (updated === 0) throw new BatchRefused("stale", [caseId]);
          await recordCaseAudit(tx, user, caseId, {
            action: "case.assign",
            changes: { adviserId: [before.adviserId, adviser.id] },
            reason: `${fromQueue ? "queue" : "bulk"} ${batchId}`,
          });
          await notify(tx, { userId: adviser.id, kind: "CASE_ASSIGNED", subjectId: caseId, caseId });
          count += 1;
        }
        return { count, adviserName: adviser.name };
      },
      { timeout: 60_000 },
    );
    return { ok: true, moved, batchId, adviserName };
  } catch (error) {
    if (!(error instanceof BatchRefused)) throw error;
    await recordDenial(user, { action: "write.refused", reason: `case.assign ${error.refusal}`, resourceType: "Case", resourceId: error.caseIds[0] });
    return { ok: false, error: error.refusal, caseIds: error.caseIds };
  }
}

// ──────────────────────────────── The queue ────────────────────────────────

/** How many queued cases the page lists; a queue longer than this is a staffing problem, shown as such. */
export const QUEUE_LIMIT = 500;

/** The manager's team's queue, oldest first, with the advisers they may assign to. Audited: it lists people. */
export async function listIntakeQueue() {
  const user = await authorize("queue.read");
  const db = getDb();
  if (!user.teamId) return { cases: [], advisers: [], isTruncated: false };
  const [cases, advisers] = await Promise.all([
    db.case.findMany({
      where: { AND: [caseScope(user, WRITE_SCOPE), { teamId: user.teamId, adviserId: null, status: { not: "CLOSED" } }] },
      orderBy: [{ queuedAt: "asc" }, { openedAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT + 1,
      select: { id: true, caseNumber: true, firstName: true, lastName: true, birthDate: true, status: true, version: true, openedAt: true, queuedAt: true, languages: true, interpreterLanguage: true },
    }),
    teamAdvisers(db, user.teamId),
  ]);
  await recordAudit(db, auditActor(user), { action: "queue.list", reason: JSON.stringify({ count: Math.min(cases.length, QUEUE_LIMIT) }) });
  return { cases: cases.slice(0, QUEUE_LIMIT), advisers, isTruncated: cases.length > QUEUE_LIMIT };
}

/** How many cases wait in the signed-in manager's queue (the menu's number). */
export async function countIntakeQueue(): Promise<number> {
  const user = await authorize("queue.read");
  if (!user.teamId) return 0;
  return getDb().case.count({ where: { teamId: user.teamId, adviserId: null, status: { not: "CLOSED" } } });
}

/** Assigns queued cases of the manager's team to one of its advisers. */
export async function assignFromQueue(selection: CaseSelection, adviserId: string): Promise<AssignResult> {
  const user = await authorize("queue.assign");
  return assignCases(user, selection, adviserId, { fromQueue: true });
}

export type ReleaseResult = { ok: true } | { ok: false; error: "notFound" | "conflict" | "caseClosed" };

/**
 * An adviser puts a case of their own back in the team's queue (they leave,
 * the case needs another language…). The case stays in the team; the
 * adviser keeps sight of it only if the team shares its cases.
 */
export async function releaseToQueue(caseId: string, version: number): Promise<ReleaseResult> {
  const user = await authorize("queue.release");
  return getDb().$transaction(async (tx) => {
    const found = await tx.case.findFirst({ where: { AND: [{ id: caseId, adviserId: user.id }, caseScope(user, WRITE_SCOPE)] }, select: { id: true, status: true } });
    if (!found) {
      await recordDenial(user, { action: "write.refused", reason: "queue.release notOwnCase", resourceType: "Case", resourceId: caseId });
      return { ok: false, error: "notFound" } as const;
    }
    if (found.status === "CLOSED") return { ok: false, error: "caseClosed" } as const;
    const { count } = await tx.case.updateMany({
      where: { id: caseId, version, adviserId: user.id },
      data: { adviserId: null, queuedAt: new Date(), version: { increment: 1 }, lastEntryAt: new Date() },
    });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await recordCaseAudit(tx, user, caseId, { action: "case.queue", changes: { adviserId: [user.id, null] } });
    return { ok: true } as const;
  });
}

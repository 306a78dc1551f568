import "server-only";
import { getDb } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { caseScope } from "@/lib/data/scope";
import { WRITE_SCOPE } from "@/lib/data/casework-scope";
import { assignCases, movableCases, teamAdvisers, type AssignRefusal, type AssignResult } from "@/lib/data/case-assignment";
import { CASE_STATUSES } from "@/lib/vocabularies/case-statuses";
import { MAX_BATCH, type CaseSelection } from "@/lib/schemas/workflow";

// Reassignment in bulk (docs/decisions/023): a manager chooses cases of their
// team (by adviser and status, then ticks them, or all), chooses the adviser
// who takes them over, sees what access changes, and confirms. The move itself
// is assignCases (lib/data/case-assignment.ts): one transaction, all or none.

export type ReassignFilter = { from: string; status: string };

/** The team's open cases that match the filter, with the team's advisers (active or not: someone who left still has cases). */
export async function listReassignableCases(filter: ReassignFilter) {
  const user = await authorize("case.bulkReassign");
  const db = getDb();
  if (!user.teamId) return { cases: [], fromAdvisers: [], toAdvisers: [], isTruncated: false };
  const status = (CASE_STATUSES as readonly string[]).includes(filter.status) && filter.status !== "CLOSED" ? (filter.status as CaseStatus) : null;
  const [cases, fromAdvisers, toAdvisers] = await Promise.all([
    filter.from
      ? db.case.findMany({
          where: { AND: [caseScope(user, WRITE_SCOPE), { teamId: user.teamId, adviserId: filter.from, status: status ?? { not: "CLOSED" } }] },
          orderBy: [{ caseYear: "asc" }, { caseSeq: "asc" }],
          take: MAX_BATCH + 1,
          select: { id: true, caseNumber: true, firstName: true, lastName: true, status: true, version: true, statusSince: true },
        })
      : Promise.resolve([]),
    db.user.findMany({
      where: { teamId: user.teamId, role: "ADVISER", assignedCases: { some: { teamId: user.teamId, status: { not: "CLOSED" } } } },
      select: { id: true, name: true, isActive: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    teamAdvisers(db, user.teamId),
  ]);
  if (filter.from) await recordAudit(db, auditActor(user), { action: "case.bulkReassign.list", reason: JSON.stringify({ ...filter, count: Math.min(cases.length, MAX_BATCH) }) });
  return { cases: cases.slice(0, MAX_BATCH), fromAdvisers, toAdvisers, isTruncated: cases.length > MAX_BATCH };
}

export type AccessChangePreview = {
  toAdviser: { id: string; name: string };
  cases: { id: string; caseNumber: string; version: number; fromAdviserName: string | null }[];
  /** Per adviser who hands cases over: how many, and whether they still see them through their team's sharing. */
  losing: { adviserId: string; name: string; count: number; keepsSightThroughTeam: boolean }[];
  /** Cases the new adviser gains; of them, those they could not see before (a team that does not share). */
  gains: number;
  newlyVisible: number;
  /** Unexpired emergency grants on these cases: they stay as they are, with whoever holds them, and none goes to the new adviser. */
  grants: { holderName: string; caseNumber: string; expiresAt: Date }[];
};

export type PreviewResult = { ok: true; preview: AccessChangePreview } | { ok: false; error: AssignRefusal; caseIds?: string[] };

/** What confirming would change, checked as the confirmation will check it; nothing is written but the audit row. */
export async function previewReassignment(selection: CaseSelection, toAdviserId: string): Promise<PreviewResult> {
  const user = await authorize("case.bulkReassign");
  const db = getDb();
  const teamId = user.teamId ?? "\u0000none";
  const [toAdviser, team] = await Promise.all([
    db.user.findFirst({ where: { id: toAdviserId, teamId, role: "ADVISER", isActive: true }, select: { id: true, name: true } }),
    db.team.findUnique({ where: { id: teamId }, select: { shareCasesWithinTeam: true } }),
  ]);
  if (!toAdviser || !team) return { ok: false, error: "adviserNotInTeam" };
  const caseIds = selection.map((selected) => selected.caseId);
  const found = new Map((await movableCases(db, user, caseIds)).map((row) => [row.id, row]));
  const missing = caseIds.filter((id) => !found.has(id));
  if (missing.length) return { ok: false, error: "notFound", caseIds: missing };
  const stale = selection.filter(({ caseId, version }) => found.get(caseId)!.version !== version || found.get(caseId)!.status === "CLOSED");
  if (stale.length) return { ok: false, error: "stale", caseIds: stale.map((s) => s.caseId) };

  const fromIds = [...new Set([...found.values()].map((row) => row.adviserId).filter((id): id is string => id !== null && id !== toAdviser.id))];
  const [fromUsers, grants] = await Promise.all([
    db.user.findMany({ where: { id: { in: fromIds } }, select: { id: true, name: true, isActive: true, teamId: true } }),
    db.emergencyAccess.findMany({
      where: { caseId: { in: caseIds }, expiresAt: { gt: new Date() } },
      select: { expiresAt: true, user: { select: { name: true } }, case: { select: { caseNumber: true } } },
      orderBy: [{ expiresAt: "asc" }],
    }),
  ]);
  const names = new Map(fromUsers.map((u) => [u.id, u]));
  const moving = selection.map(({ caseId }) => found.get(caseId)!).filter((row) => row.adviserId !== toAdviser.id);
  const losing = fromIds.map((id) => {
    const from = names.get(id)!;
    return {
      adviserId: id,
      name: from.name,
      count: moving.filter((row) => row.adviserId === id).length,
      keepsSightThroughTeam: team.shareCasesWithinTeam && from.isActive && from.teamId === teamId,
    };
  });
  await recordAudit(db, auditActor(user), { action: "case.bulkReassign.preview", reason: JSON.stringify({ cases: selection.length, to: toAdviser.id }) });
  return {
    ok: true,
    preview: {
      toAdviser,
      cases: selection.map(({ caseId }) => {
        const row = found.get(caseId)!;
        return { id: row.id, caseNumber: row.caseNumber, version: row.version, fromAdviserName: row.adviserId ? (names.get(row.adviserId)?.name ?? null) : null };
      }),
      losing,
      gains: moving.length,
      newlyVisible: team.shareCasesWithinTeam ? 0 : moving.length,
      grants: grants.map((grant) => ({ holderName: grant.user.name, caseNumber: grant.case.caseNumber, expiresAt: grant.expiresAt })),
    },
  };
}

/** Confirms a previewed reassignment: one transaction, every case or none. */
export async function reassignCasesInBulk(selection: CaseSelection, toAdviserId: string): Promise<AssignResult> {
  const user = await authorize("case.bulkReassign");
  return assignCases(user, selection, toAdviserId, { fromQueue: false });
}

import "server-only";
import { officeToday, startOfOfficeDay } from "@/lib/dates";
import { emergencyAccessPerDay } from "@/lib/data/settings";
import { getDb } from "@/lib/db";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { viaCase } from "@/lib/data/scope";
import { findCaseInScope } from "@/lib/data/casework-scope";
import { can } from "@/lib/permissions";
import { recordDenial } from "@/lib/data/denials";
import type { EmergencyAccessForm, EmergencyReviewForm } from "@/lib/schemas/emergency-access";

/** How long an emergency opening lasts before the case drops out of scope again. */
export const EMERGENCY_ACCESS_HOURS = 4;

export type EmergencyAccessResult = { ok: true; caseId: string; expiresAt: Date } | { ok: false; error: "caseNotFound" | "dailyLimit" };

/**
 * Opens a case outside the adviser's scope after they state why. The grant,
 * its reason and its expiry are audited and listed for managers.
 */
export async function openCaseInEmergency(input: EmergencyAccessForm): Promise<EmergencyAccessResult> {
  const user = await authorize("case.emergencyAccess");
  const db = getDb();
  return db.$transaction(async (tx) => {
    // The cap (issue 12 M1), counted in the database: one adviser's openings
    // are serialised by a transaction lock, so parallel requests cannot slip past it.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`emergency:${user.id}`}))`;
    const today = await tx.emergencyAccess.count({ where: { userId: user.id, createdAt: { gte: startOfOfficeDay(officeToday()) } } });
    if (today >= (await emergencyAccessPerDay(tx))) {
      await recordAudit(tx, auditActor(user), { action: "case.emergencyAccess.refused", reason: "dailyLimit" });
      return { ok: false, error: "dailyLimit" } as const;
    }
    const found = await tx.case.findUnique({ where: { caseNumber: input.caseNumber }, select: { id: true } });
    if (!found) {
      await recordAudit(tx, auditActor(user), { action: "case.emergencyAccess.notFound", reason: `${input.caseNumber}: ${input.reason}` });
      return { ok: false, error: "caseNotFound" } as const;
    }
    const expiresAt = new Date(Date.now() + EMERGENCY_ACCESS_HOURS * 3_600_000);
    await tx.emergencyAccess.create({ data: { userId: user.id, caseId: found.id, reason: input.reason, expiresAt }, select: { id: true } });
    await recordAudit(tx, auditActor(user), {
      action: "case.emergencyAccess",
      resourceType: "Case",
      resourceId: found.id,
      caseId: found.id,
      reason: input.reason,
    });
    return { ok: true, caseId: found.id, expiresAt } as const;
  });
}

/** Emergency openings of the manager's team's cases, those still to review first, then newest first. */
export async function listEmergencyAccesses({ onlyUnreviewed = false }: { onlyUnreviewed?: boolean } = {}) {
  const user = await authorize("emergencyAccess.review");
  const rows = await getDb().emergencyAccess.findMany({
    where: { ...viaCase(user), ...(onlyUnreviewed ? { review: null } : {}) },
    select: {
      id: true,
      reason: true,
      createdAt: true,
      expiresAt: true,
      userId: true,
      user: { select: { name: true, email: true } },
      case: { select: { id: true, caseNumber: true } },
      review: { select: { verdict: true, comment: true, createdAt: true, reviewer: { select: { name: true } } } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  await recordAudit(getDb(), auditActor(user), { action: "emergencyAccess.list" });
  // The sign-off is the manager's work: grants still to review come first; a manager's own grant (from an earlier role) cannot be theirs to review.
  return rows
    .map((row) => ({ ...row, isOwn: row.userId === user.id }))
    .sort((a, b) => Number(a.review !== null) - Number(b.review !== null));
}

/** How many emergency grants on the manager's team's cases nobody has signed off yet (the dashboard's count). */
export async function countUnreviewedEmergencyAccesses(): Promise<number> {
  const user = await authorize("emergencyAccess.review");
  return getDb().emergencyAccess.count({ where: { ...viaCase(user), review: null, userId: { not: user.id } } });
}

export type EmergencyReviewResult = { ok: true } | { ok: false; error: "notFound" | "ownGrant" | "alreadyReviewed" };

/**
 * A manager of the case's team signs a grant off: justified or not, with a
 * comment. Once per grant, never one's own; the sign-off and its audit row
 * commit together. A refusal is audited as a refused write.
 */
export async function reviewEmergencyAccess(grantId: string, input: EmergencyReviewForm): Promise<EmergencyReviewResult> {
  const user = await authorize("emergencyAccess.review");
  const db = getDb();
  const result = await db.$transaction(async (tx) => {
    const grant = await tx.emergencyAccess.findFirst({ where: { id: grantId, ...viaCase(user) }, select: { id: true, userId: true, caseId: true, review: { select: { id: true } } } });
    if (!grant) return { ok: false, error: "notFound" } as const;
    if (grant.userId === user.id) return { ok: false, error: "ownGrant" } as const;
    if (grant.review) return { ok: false, error: "alreadyReviewed" } as const;
    // The unique grant id makes a second, concurrent sign-off fail instead of adding a row.
    const created = await tx.emergencyAccessReview.createManyAndReturn({
      data: [{ emergencyAccessId: grant.id, reviewerId: user.id, verdict: input.verdict, comment: input.comment }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (created.length === 0) return { ok: false, error: "alreadyReviewed" } as const;
    await recordAudit(tx, auditActor(user), {
      action: "emergencyAccess.review",
      resourceType: "EmergencyAccess",
      resourceId: grant.id,
      caseId: grant.caseId,
      changes: { verdict: [null, input.verdict] },
    });
    return { ok: true } as const;
  });
  if (!result.ok) await recordDenial(user, { action: "write.refused", reason: `emergencyAccess.review.${result.error}`, resourceType: "EmergencyAccess", resourceId: grantId.slice(0, 64) });
  return result;
}

/** Whether the user's current view of a case rests on an emergency grant (shown as a banner). */
export async function activeEmergencyAccess(userId: string, caseId: string) {
  return getDb().emergencyAccess.findFirst({
    where: { userId, caseId, expiresAt: { gt: new Date() } },
    select: { reason: true, expiresAt: true },
    orderBy: { expiresAt: "desc" },
  });
}

/**
 * The emergency grant the user's view of a case rests on, or null when their
 * ordinary scope covers the case anyway (the case page's banner says so).
 */
export async function emergencyGrantBehind(caseId: string) {
  const user = await authorize("case.read");
  if (!can(user.role, "case.emergencyAccess")) return null;
  const ordinary = await findCaseInScope(getDb(), user, caseId, { select: { id: true }, withEmergencyGrants: false });
  return ordinary ? null : activeEmergencyAccess(user.id, caseId);
}

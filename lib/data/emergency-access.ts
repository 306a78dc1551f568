import "server-only";
import { officeToday, startOfOfficeDay } from "@/lib/dates";
import { emergencyAccessPerDay } from "@/lib/data/settings";
import { getDb } from "@/lib/db";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { viaCase } from "@/lib/data/scope";
import { findCaseInScope } from "@/lib/data/casework-scope";
import { can } from "@/lib/permissions";
import type { EmergencyAccessForm } from "@/lib/schemas/emergency-access";

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

/** Emergency openings of the manager's team's cases, newest first. */
export async function listEmergencyAccesses() {
  const user = await authorize("emergencyAccess.review");
  const rows = await getDb().emergencyAccess.findMany({
    where: viaCase(user),
    select: {
      id: true,
      reason: true,
      createdAt: true,
      expiresAt: true,
      user: { select: { name: true, email: true } },
      case: { select: { id: true, caseNumber: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  await recordAudit(getDb(), auditActor(user), { action: "emergencyAccess.list" });
  return rows;
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

import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize, auditActor } from "@/lib/data/actor";
import { caseScope } from "@/lib/data/scope";
import type { EmergencyAccessForm } from "@/lib/schemas/emergency-access";

/** How long an emergency opening lasts before the case drops out of scope again. */
export const EMERGENCY_ACCESS_HOURS = 4;

export type EmergencyAccessResult = { ok: true; caseId: string; expiresAt: Date } | { ok: false; error: "caseNotFound" };

/**
 * Opens a case outside the adviser's scope after they state why. The grant,
 * its reason and its expiry are audited and listed for managers.
 */
export async function openCaseInEmergency(input: EmergencyAccessForm): Promise<EmergencyAccessResult> {
  const user = await authorize("case.emergencyAccess");
  const db = getDb();
  return db.$transaction(async (tx) => {
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
    where: { case: caseScope(user) },
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

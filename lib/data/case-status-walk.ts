import "server-only";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { recordCaseAudit } from "@/lib/audit";
import type { Tx } from "@/lib/data/case-fields";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { canTransition } from "@/lib/cases/status-machine";
import { dbDate, isoOfDbDateOrNull, officeToday, startOfOfficeDay } from "@/lib/dates";

/**
 * Inside a write's transaction: moves the case through `path` (statuses the
 * status machine allows one after another, never closing), each step a status
 * change of its own with the one reason, dated `effectiveOn` or the last
 * change's day if that is later. Used when a recorded decision brings the case
 * along (lib/cases/decision-status.ts). Returns false, writing nothing, when the
 * case moved meanwhile so the path no longer starts where it is.
 */
export async function walkCaseStatus(
  tx: Tx,
  user: SignedInUser,
  caseId: string,
  { from, path, reason, effectiveOn, cause }: { from: CaseStatus; path: CaseStatus[]; reason: string; effectiveOn: string; cause: string },
): Promise<boolean> {
  if (path.length === 0) return true;
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { status: true, version: true, openedAt: true, statusChanges: { select: { effectiveOn: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 } },
  });
  if (found.status !== from) return false;
  let previous = from;
  for (const next of path) {
    if (next === "CLOSED" || !canTransition(previous, next)) return false;
    previous = next;
  }
  const previousOn = isoOfDbDateOrNull(found.statusChanges[0]?.effectiveOn ?? null) ?? officeToday(found.openedAt);
  const day = effectiveOn < previousOn ? previousOn : effectiveOn;
  const now = new Date();
  const { count } = await tx.case.updateMany({
    where: { id: caseId, version: found.version, status: from },
    data: { status: path.at(-1)!, statusSince: day === officeToday(now) ? now : startOfOfficeDay(day), version: { increment: 1 }, lastEntryAt: now },
  });
  if (count === 0) return false;
  let step = from;
  for (const next of path) {
    await tx.caseStatusChange.create({ data: { caseId, fromStatus: step, toStatus: next, effectiveOn: dbDate(day), reason, changedById: user.id }, select: { id: true } });
    step = next;
  }
  await recordCaseAudit(tx, user, caseId, {
    action: "case.status.change",
    changes: { status: [from, path.at(-1)], effectiveOn: [null, day], steps: [null, path.length] },
    reason: cause,
  });
  return true;
}

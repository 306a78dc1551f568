import "server-only";
import { getDb } from "@/lib/db";
import { recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { recordDenial } from "@/lib/data/denials";
import { findCaseInScope, WRITE_SCOPE } from "@/lib/data/casework-scope";
import type { LegalHoldForm } from "@/lib/schemas/legal-hold";

// A legal hold (e.g. a pending appeal, a records request) keeps a case from
// retention: the monthly list passes it by and an approved removal skips it.
// The case's advisers and its team's managers set and release it, each time
// with a reason, audited on the case (and so on its timeline). Unlike
// casework, a closed case can be held: appeals come after closing. The hold
// bumps the case's version, so a retention list made before it is stale.

export type LegalHold = { reason: string; since: Date; byName: string | null };
export type LegalHoldResult = { ok: true } | { ok: false; error: "notFound" | "alreadyHeld" | "notHeld" };

/** The hold on a case the user may see, or null (also for a case out of scope: the page 404s first). */
export async function getLegalHold(caseId: string): Promise<LegalHold | null> {
  const user = await authorize("case.legalHold");
  const found = await findCaseInScope(getDb(), user, caseId, { select: { legalHoldReason: true, legalHoldSince: true, legalHoldById: true } });
  if (!found?.legalHoldReason || !found.legalHoldSince) return null;
  const by = found.legalHoldById ? await getDb().user.findUnique({ where: { id: found.legalHoldById }, select: { name: true } }) : null;
  return { reason: found.legalHoldReason, since: found.legalHoldSince, byName: by?.name ?? null };
}

export async function setLegalHold(caseId: string, input: LegalHoldForm, hold: boolean): Promise<LegalHoldResult> {
  const user = await authorize("case.legalHold");
  const db = getDb();
  return db.$transaction(async (tx) => {
    const found = await findCaseInScope(tx, user, caseId, { ...WRITE_SCOPE, select: { id: true, version: true, legalHoldReason: true } });
    if (!found) {
      await recordDenial(user, { action: "write.refused", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
      return { ok: false, error: "notFound" } as const;
    }
    if (hold && found.legalHoldReason) return { ok: false, error: "alreadyHeld" } as const;
    if (!hold && !found.legalHoldReason) return { ok: false, error: "notHeld" } as const;
    const changed = await tx.case.updateMany({
      where: { id: caseId, version: found.version },
      data: hold
        ? { legalHoldReason: input.reason, legalHoldSince: new Date(), legalHoldById: user.id, version: { increment: 1 } }
        : { legalHoldReason: null, legalHoldSince: null, legalHoldById: null, version: { increment: 1 } },
    });
    if (changed.count === 0) return { ok: false, error: hold ? "alreadyHeld" : "notHeld" } as const;
    await recordCaseAudit(tx, user, caseId, {
      action: hold ? "case.legalHold.set" : "case.legalHold.release",
      reason: input.reason,
    });
    return { ok: true } as const;
  });
}

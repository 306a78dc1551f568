import "server-only";
import { getDb } from "@/lib/db";
import { recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { recordDenial } from "@/lib/data/denials";
import { findCaseInScope, WRITE_SCOPE } from "@/lib/data/casework-scope";
import { collectCaseRecord } from "@/lib/data/extract";
import { buildArchivePackage } from "@/lib/retention/archive-package";
import { transferCoversLastEntry } from "@/lib/retention/rules";
import type { ArchiveTransferForm } from "@/lib/schemas/archive-transfer";

// The archive package of one case (issue 13 part 5): for the cases kept as
// the research sample, which retention lists as due for archive transfer,
// and for any case on request. Made by the case's own advisers; a case
// outside their scope is refused and audited; making one is audited on the
// case, so it shows on its timeline.
//
// Handing the package over is recorded apart (`recordArchiveTransfer`), with
// the archive's reference: a download is not a delivery. Retention lists a
// kept case as due for transfer until its transfer is recorded, and again
// only when an entry newer than the transfer makes the delivered package
// incomplete.

export type ArchiveExportResult = { ok: true; fileName: string; zip: Uint8Array } | { ok: false; error: "notFound" };

export async function getArchivePackage(caseId: string, now: Date = new Date()): Promise<ArchiveExportResult> {
  const user = await authorize("case.archiveExport");
  const db = getDb();
  const inScope = await findCaseInScope(db, user, caseId, { ...WRITE_SCOPE, select: { id: true, team: { select: { name: true } } } });
  if (!inScope) {
    await recordDenial(user, { action: "access.denied", reason: "case.archiveExport.notInScope", resourceType: "Case", resourceId: caseId });
    return { ok: false, error: "notFound" };
  }
  const { extract, files } = await collectCaseRecord(db, caseId, "wholeCase", true);
  const { id, zip } = await buildArchivePackage({ record: extract, documents: files, office: inScope.team.name, createdAt: now });
  await recordCaseAudit(db, user, caseId, {
    action: "case.archiveExport",
    changes: { documents: [null, files.length], bytes: [null, zip.byteLength] },
  });
  return { ok: true, fileName: `${id}.zip`, zip };
}

export type ArchiveTransfer = {
  at: Date;
  byName: string | null;
  /** False when the case has an entry newer than the transfer: the archive lacks it. */
  coversLastEntry: boolean;
};

/** The case's recorded archive transfer, or null (also for a case out of scope: the page 404s first). */
export async function getArchiveTransfer(caseId: string): Promise<ArchiveTransfer | null> {
  const user = await authorize("case.archiveExport");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: { archiveTransferredAt: true, archiveTransferredById: true, lastEntryAt: true } });
  if (!found?.archiveTransferredAt) return null;
  const by = found.archiveTransferredById ? await db.user.findUnique({ where: { id: found.archiveTransferredById }, select: { name: true } }) : null;
  return { at: found.archiveTransferredAt, byName: by?.name ?? null, coversLastEntry: transferCoversLastEntry(found.archiveTransferredAt, found.lastEntryAt) };
}

export type ArchiveTransferResult = { ok: true } | { ok: false; error: "notFound" | "alreadyTransferred" };

/**
 * Records that the case's archive package was delivered to the archive, with
 * the archive's reference (kept in the audit row, so on the case's timeline).
 * Not an entry in the case: its last entry, and so its retention, stay as
 * they were. A second record while nothing was entered since is refused.
 */
export async function recordArchiveTransfer(caseId: string, input: ArchiveTransferForm, now: Date = new Date()): Promise<ArchiveTransferResult> {
  const user = await authorize("case.archiveExport");
  return getDb().$transaction(async (tx) => {
    const found = await findCaseInScope(tx, user, caseId, { ...WRITE_SCOPE, select: { id: true, version: true, lastEntryAt: true, archiveTransferredAt: true } });
    if (!found) {
      await recordDenial(user, { action: "write.refused", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
      return { ok: false, error: "notFound" } as const;
    }
    if (transferCoversLastEntry(found.archiveTransferredAt, found.lastEntryAt)) return { ok: false, error: "alreadyTransferred" } as const;
    // The version guard: two people recording at once record once.
    const changed = await tx.case.updateMany({
      where: { id: caseId, version: found.version },
      data: { archiveTransferredAt: now, archiveTransferredById: user.id, version: { increment: 1 } },
    });
    if (changed.count === 0) return { ok: false, error: "alreadyTransferred" } as const;
    await recordCaseAudit(tx, user, caseId, {
      action: "case.archiveTransfer",
      reason: input.reference,
    });
    return { ok: true } as const;
  });
}

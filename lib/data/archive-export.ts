import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { recordDenial } from "@/lib/data/denials";
import { findCaseInScope, WRITE_SCOPE } from "@/lib/data/casework-scope";
import { collectCaseRecord } from "@/lib/data/extract";
import { buildArchivePackage } from "@/lib/retention/archive-package";

// The archive package of one case (issue 13 part 5): for the cases kept as
// the research sample, which retention lists as due for archive transfer,
// and for any case on request. Made by the case's own advisers; a case
// outside their scope is refused and audited; making one is audited on the
// case, so it shows on its timeline.

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
  await recordAudit(db, auditActor(user), {
    action: "case.archiveExport",
    resourceType: "Case",
    resourceId: caseId,
    caseId,
    changes: { documents: [null, files.length], bytes: [null, zip.byteLength] },
  });
  return { ok: true, fileName: `${id}.zip`, zip };
}

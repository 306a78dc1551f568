import { notFound } from "next/navigation";
import { getArchivePackage } from "@/lib/data/archive-export";
import { fileDownload } from "@/lib/http/file-response";
import { RecordIdSchema } from "@/lib/schemas/record-id";

/**
 * The case's archive package (E-ARK SIP shape, lib/retention/archive-package.ts)
 * as a ZIP. The data layer checks the role and scope, refuses and audits a
 * case outside it (a 404, like a missing one), and audits the export on the case.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  if (!RecordIdSchema.safeParse(caseId).success) notFound();
  const result = await getArchivePackage(caseId);
  if (!result.ok) notFound();
  return fileDownload(result.zip, "application/zip", result.fileName);
}

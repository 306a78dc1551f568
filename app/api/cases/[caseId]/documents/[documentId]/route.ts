import { notFound } from "next/navigation";
import { getDocumentForDownload } from "@/lib/data/documents";
import { contentDisposition } from "@/lib/documents/content-type";
import { FILE_HEADERS } from "@/lib/http/file-response";

/**
 * Downloads a case document. The data layer checks the role, the case's
 * scope (a document of a case out of scope is a 404, like a missing one) and
 * audits the download. The file is always an attachment, never rendered here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string; documentId: string }> }) {
  const { caseId, documentId } = await params;
  const document = await getDocumentForDownload(caseId, documentId);
  if (!document) notFound();
  return new Response(new Uint8Array(document.content), {
    headers: {
      "Content-Type": document.mimeType,
      "Content-Length": String(document.sizeBytes),
      "Content-Disposition": contentDisposition(document.fileName),
      ...FILE_HEADERS,
      Digest: `sha-256=${Buffer.from(document.sha256, "hex").toString("base64")}`,
    },
  });
}

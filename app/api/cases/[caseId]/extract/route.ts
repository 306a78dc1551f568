import { notFound } from "next/navigation";
import { getPersonExtract } from "@/lib/data/extract";
import { buildExtractZip } from "@/lib/retention/extract-content";
import { isLetterLanguage } from "@/lib/referrals/letter-content";
import { fileDownload } from "@/lib/http/file-response";
import { RecordIdSchema } from "@/lib/schemas/record-id";

/**
 * A person's own data as a ZIP (utdrag.pdf, utdrag.json, and the documents
 * with ?files=1): ?member=<household member id>, or none for the case's main
 * person; ?lang=en for English. The data layer checks the role and scope,
 * refuses and audits a case or member outside it (a 404, like a missing one),
 * and audits the extract on the case.
 */
export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const query = new URL(request.url).searchParams;
  const member = query.get("member") || null;
  const language = query.get("lang") ?? "sv";
  if (!RecordIdSchema.safeParse(caseId).success || (member !== null && !RecordIdSchema.safeParse(member).success)) notFound();
  const result = await getPersonExtract({ caseId, memberId: member, includeFiles: query.get("files") === "1" });
  if (!result.ok) notFound();
  const zip = await buildExtractZip(result.extract, result.files, isLetterLanguage(language) ? language : "sv");
  const fileName = `registerutdrag-${result.extract.caseNumber.replace(/\W+/g, "-")}.zip`;
  return fileDownload(zip, "application/zip", fileName);
}

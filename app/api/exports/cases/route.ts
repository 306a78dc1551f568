import { authorizeRequest } from "@/lib/gate";
import { FILE_HEADERS } from "@/lib/http/file-response";
import { openCaseExport, ProtectedConfirmationRequired, type ExportKind } from "@/lib/data/case-export";
import { CaseListFilterSchema } from "@/lib/schemas/case";
import { attachment, CONTENT_TYPES, exportStream, type ExportFormat } from "@/lib/exports/writers";
import { getTranslations } from "next-intl/server";
import { officeToday } from "@/lib/dates";

/**
 * The case list (?kind=cases, with the list's own filters) or the team's
 * caseload (?kind=caseload) as CSV or XLSX (?format=csv|xlsx), streamed from
 * the database in keyset batches. X-Export-Rows carries the row count so the
 * page can show progress; protected persons need ?confirm=1 (409 without).
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const kind: ExportKind = url.searchParams.get("kind") === "caseload" ? "caseload" : "cases";
  const access = await authorizeRequest(kind === "caseload" ? "caseload.export" : "case.export");
  if (!access.ok) return new Response(null, { status: access.status });
  const format = url.searchParams.get("format");
  if (format !== "csv" && format !== "xlsx") return new Response(null, { status: 404 });
  const filter = CaseListFilterSchema.parse(Object.fromEntries(url.searchParams));
  const t = await getTranslations("exports");
  try {
    const opened = await openCaseExport(kind, filter, format, { confirmProtected: url.searchParams.get("confirm") === "1" });
    const header = opened.fields.map((field) => t(`fields.${field}`));
    const stream = exportStream(format as ExportFormat, [{ name: t(kind === "caseload" ? "caseloadSheet" : "casesSheet"), header, rows: opened.rows }]);
    return new Response(stream, {
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Disposition": attachment(`${kind === "caseload" ? "arendebalans" : "arenden"}-${officeToday()}.${format}`),
        "X-Export-Rows": String(opened.count),
        ...FILE_HEADERS,
      },
    });
  } catch (error) {
    if (error instanceof ProtectedConfirmationRequired)
      return new Response(t("protectedRefused", { count: error.protectedRows }), { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw error;
  }
}

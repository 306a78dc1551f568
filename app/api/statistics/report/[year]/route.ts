import { getLocale, getTranslations } from "next-intl/server";
import { authorizeRequest } from "@/lib/gate";
import { FILE_HEADERS } from "@/lib/http/file-response";
import { exportYearlyReport, isReportYear } from "@/lib/data/yearly-report";
import { FIGURES } from "@/lib/statistics/figures";
import { renderReportPdf } from "@/lib/statistics/report-pdf";
import { reportSheets } from "@/lib/statistics/report-export";
import { attachment, CONTENT_TYPES, exportStream } from "@/lib/exports/writers";
import { officeToday } from "@/lib/dates";


/** The yearly report as a PDF, CSV or XLSX download (?format=pdf|csv|xlsx); the data layer audits it. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const access = await authorizeRequest("statistics.export");
  if (!access.ok) return new Response(null, { status: access.status });
  const { year: rawYear } = await params;
  const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
  const format = new URL(request.url).searchParams.get("format") ?? "pdf";
  if (!isReportYear(year) || !["pdf", "csv", "xlsx"].includes(format)) return new Response(null, { status: 404 });

  const report = await exportYearlyReport(year, format);
  const [t, tFigures, locale] = await Promise.all([getTranslations("report"), getTranslations("figures"), getLocale()]);
  const fileName = `arsrapport-${year}.${format}`;
  if (format === "pdf") {
    const pdf = await renderReportPdf(report, {
      title: `${t("title")} ${year}`,
      subtitle: `${t("intro", { teams: report.teamNames.join(", ") })} ${t("generated", { date: officeToday() })}`,
      suppressionNote: t("suppressionNote", { max: report.threshold - 1 }),
      what: t("what"),
      change: t("changeColumn"),
      whatCounts: Object.fromEntries(report.tables.map((table) => [table.id, tFigures(FIGURES[table.figure].whatCounts)])),
      page: (page, pages) => t("page", { page, pages }),
      locale,
    });
    return new Response(new Uint8Array(pdf), {
      headers: { ...FILE_HEADERS, "Content-Type": "application/pdf", "Content-Length": String(pdf.byteLength), "Content-Disposition": attachment(fileName) },
    });
  }
  const sheets = reportSheets(report, { what: t("what"), change: t("changeColumn") });
  const kind = format === "csv" ? "csv" : "xlsx";
  return new Response(exportStream(kind, sheets), { headers: { ...FILE_HEADERS, "Content-Type": CONTENT_TYPES[kind], "Content-Disposition": attachment(fileName) } });
}

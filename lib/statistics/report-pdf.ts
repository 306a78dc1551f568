// The yearly report as an A4 landscape PDF on the project's one PDF flow
// (lib/pdf/page-flow.ts: standard Helvetica, nothing embedded or fetched). The
// same tables as the page, each with its "what counts" text, the suppression
// rule at the top and page numbers at the foot. Pure apart from pdf-lib.
import { rgb } from "pdf-lib";
import { A4_LANDSCAPE, INK, LINE, MUTED, PdfFlow, wrap } from "@/lib/pdf/page-flow";
import { formatReportValue, reportHeaders } from "./report-format";
import type { YearlyReport } from "./yearly-report";

const PAGE = A4_LANDSCAPE;
const MARGIN = { left: 40, right: 40, top: 44, bottom: 44 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = { title: 18, heading: 12, body: 8.5, small: 7.5 };
const RULE = rgb(0.8, 0.82, 0.85);
const SHADE = rgb(0.95, 0.96, 0.97);
const LABEL_WIDTH = 190;

export type ReportPdfText = {
  title: string;
  subtitle: string;
  suppressionNote: string;
  what: string;
  change: string;
  /** "what counts" text per table id. */
  whatCounts: Record<string, string>;
  page: (page: number, pages: number) => string;
  locale: string;
};

export async function renderReportPdf(report: YearlyReport, text: ReportPdfText): Promise<Uint8Array> {
  const flow = await PdfFlow.create(PAGE, MARGIN);
  const { regular, bold } = flow;
  const safe = (value: string) => flow.safe(value);
  const paragraph = (value: string, font: typeof regular, size: number, color = INK) => flow.paragraph(value, font, size, { color });

  paragraph(text.title, bold, SIZE.title);
  flow.y -= 4;
  paragraph(text.subtitle, regular, SIZE.body, MUTED);
  flow.y -= 4;
  paragraph(text.suppressionNote, regular, SIZE.body, MUTED);
  flow.y -= 10;

  for (const table of report.tables) {
    const headers = [text.what, ...reportHeaders(table, report.year, text.change)];
    const valueWidth = (WIDTH - LABEL_WIDTH) / (headers.length - 1);
    const widths = [LABEL_WIDTH, ...headers.slice(1).map(() => valueWidth)];
    const headerLines = headers.map((header, i) => wrap(safe(header), bold, SIZE.small, widths[i]! - 6));
    const headerHeight = Math.max(...headerLines.map((lines) => lines.length)) * SIZE.small * 1.3 + 6;
    const rowHeight = SIZE.body * 1.7;
    const explanation = wrap(safe(text.whatCounts[table.id] ?? ""), regular, SIZE.small, WIDTH);
    // Keep a table's title, text, header and first rows together.
    flow.ensureRoom(SIZE.heading * 1.6 + explanation.length * SIZE.small * LINE + headerHeight + rowHeight * Math.min(3, table.rows.length));
    paragraph(table.title, bold, SIZE.heading);
    for (const line of explanation) {
      flow.page.drawText(line, { x: MARGIN.left, y: flow.y - SIZE.small, size: SIZE.small, font: regular, color: MUTED });
      flow.y -= SIZE.small * LINE;
    }
    flow.y -= 4;
    const drawHeader = () => {
      flow.page.drawRectangle({ x: MARGIN.left, y: flow.y - headerHeight, width: WIDTH, height: headerHeight, color: SHADE });
      let x = MARGIN.left;
      headerLines.forEach((lines, i) => {
        lines.forEach((line, l) => {
          const lineWidth = bold.widthOfTextAtSize(line, SIZE.small);
          const left = i === 0 ? x + 3 : x + widths[i]! - 3 - lineWidth;
          flow.page.drawText(line, { x: left, y: flow.y - 3 - SIZE.small * (l + 1) * 1.2, size: SIZE.small, font: bold, color: INK });
        });
        x += widths[i]!;
      });
      flow.y -= headerHeight;
    };
    drawHeader();
    for (const row of table.rows) {
      if (flow.y - rowHeight < MARGIN.bottom) {
        flow.newPage();
        drawHeader();
      }
      const font = row.isTotal ? bold : regular;
      const cells = [
        safe(row.label),
        ...row.cells.flatMap((cell, i) => {
          const unit = table.columns[i]!.unit;
          return [formatReportValue(cell.current, unit, text.locale), formatReportValue(cell.previous, unit, text.locale), formatReportValue(cell.change, unit, text.locale, { signed: true })];
        }),
      ];
      let x = MARGIN.left;
      cells.forEach((value, i) => {
        // Intl's thin spaces and minus sign are outside WinAnsi: simplified, never dropped.
        const shown = safe(value.replace(/[\u202f\u00a0]/g, " ").replace(/\u2212/g, "-"));
        const clipped = wrap(shown, font, SIZE.body, widths[i]! - 6)[0] ?? "";
        const lineWidth = font.widthOfTextAtSize(clipped, SIZE.body);
        flow.page.drawText(clipped, { x: i === 0 ? x + 3 : x + widths[i]! - 3 - lineWidth, y: flow.y - SIZE.body - 3, size: SIZE.body, font, color: INK });
        x += widths[i]!;
      });
      flow.y -= rowHeight;
      flow.rule({ thickness: 0.5, color: RULE });
    }
    flow.y -= 16;
  }

  const pages = flow.pdf.getPages();
  pages.forEach((each, i) => {
    const label = safe(text.page(i + 1, pages.length));
    each.drawText(label, { x: PAGE.width - MARGIN.right - regular.widthOfTextAtSize(label, SIZE.small), y: MARGIN.bottom / 2, size: SIZE.small, font: regular, color: MUTED });
  });
  return flow.save({ title: text.title });
}

// The yearly report as an A4 landscape PDF with pdf-lib and its standard
// Helvetica (as the referral letter: nothing embedded, nothing fetched). The
// same tables as the page, each with its "what counts" text, the suppression
// rule at the top and page numbers at the foot. Pure apart from pdf-lib.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { toWinAnsi } from "@/lib/referrals/win-ansi";
import { formatReportValue, reportHeaders } from "./report-format";
import type { YearlyReport } from "./yearly-report";

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = { left: 40, right: 40, top: 44, bottom: 44 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = { title: 18, heading: 12, body: 8.5, small: 7.5 };
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.33, 0.36, 0.4);
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

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderReportPdf(report: YearlyReport, text: ReportPdfText): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(text.title).text);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const safe = (value: string) => toWinAnsi(value).text;
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN.top;
  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN.top;
  };
  const ensureRoom = (height: number) => {
    if (y - height < MARGIN.bottom) newPage();
  };
  const paragraph = (value: string, font: PDFFont, size: number, color = INK, width = WIDTH) => {
    for (const line of wrap(safe(value), font, size, width)) {
      ensureRoom(size * 1.35);
      page.drawText(line, { x: MARGIN.left, y: y - size, size, font, color });
      y -= size * 1.35;
    }
  };

  paragraph(text.title, bold, SIZE.title);
  y -= 4;
  paragraph(text.subtitle, regular, SIZE.body, MUTED);
  y -= 4;
  paragraph(text.suppressionNote, regular, SIZE.body, MUTED);
  y -= 10;

  for (const table of report.tables) {
    const headers = [text.what, ...reportHeaders(table, report.year, text.change)];
    const valueWidth = (WIDTH - LABEL_WIDTH) / (headers.length - 1);
    const widths = [LABEL_WIDTH, ...headers.slice(1).map(() => valueWidth)];
    const headerLines = headers.map((header, i) => wrap(safe(header), bold, SIZE.small, widths[i]! - 6));
    const headerHeight = Math.max(...headerLines.map((lines) => lines.length)) * SIZE.small * 1.3 + 6;
    const rowHeight = SIZE.body * 1.7;
    const explanation = wrap(safe(text.whatCounts[table.id] ?? ""), regular, SIZE.small, WIDTH);
    // Keep a table's title, text, header and first rows together.
    ensureRoom(SIZE.heading * 1.6 + explanation.length * SIZE.small * 1.35 + headerHeight + rowHeight * Math.min(3, table.rows.length));
    paragraph(table.title, bold, SIZE.heading);
    for (const line of explanation) {
      page.drawText(line, { x: MARGIN.left, y: y - SIZE.small, size: SIZE.small, font: regular, color: MUTED });
      y -= SIZE.small * 1.35;
    }
    y -= 4;
    const drawHeader = () => {
      page.drawRectangle({ x: MARGIN.left, y: y - headerHeight, width: WIDTH, height: headerHeight, color: SHADE });
      let x = MARGIN.left;
      headerLines.forEach((lines, i) => {
        lines.forEach((line, l) => {
          const lineWidth = bold.widthOfTextAtSize(line, SIZE.small);
          const left = i === 0 ? x + 3 : x + widths[i]! - 3 - lineWidth;
          page.drawText(line, { x: left, y: y - 3 - SIZE.small * (l + 1) * 1.2, size: SIZE.small, font: bold, color: INK });
        });
        x += widths[i]!;
      });
      y -= headerHeight;
    };
    drawHeader();
    for (const row of table.rows) {
      if (y - rowHeight < MARGIN.bottom) {
        newPage();
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
        page.drawText(clipped, { x: i === 0 ? x + 3 : x + widths[i]! - 3 - lineWidth, y: y - SIZE.body - 3, size: SIZE.body, font, color: INK });
        x += widths[i]!;
      });
      y -= rowHeight;
      page.drawLine({ start: { x: MARGIN.left, y }, end: { x: MARGIN.left + WIDTH, y }, thickness: 0.5, color: RULE });
    }
    y -= 16;
  }

  const pages = pdf.getPages();
  pages.forEach((each, i) => {
    const label = safe(text.page(i + 1, pages.length));
    each.drawText(label, { x: PAGE.width - MARGIN.right - regular.widthOfTextAtSize(label, SIZE.small), y: MARGIN.bottom / 2, size: SIZE.small, font: regular, color: MUTED });
  });
  return pdf.save();
}

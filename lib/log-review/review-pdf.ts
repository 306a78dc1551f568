// The access-log review of one month as a PDF for the auditors (issue 13 part
// 2), drawn like the referral letter (lib/referrals/letter-pdf.ts): pdf-lib and
// its standard Helvetica, nothing embedded or fetched, landscape A4. The
// content arrives as finished strings (translated by the caller), so this
// module only lays it out: a heading block of facts, then one block per pick.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { wrap } from "@/lib/referrals/letter-pdf";
import { toWinAnsi } from "@/lib/referrals/win-ansi";

export type ReviewPdfContent = {
  title: string;
  facts: [string, string][];
  picksHeading: string;
  picks: { heading: string; rows: [string, string][] }[];
  footer: string;
};

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = { left: 48, right: 48, top: 48, bottom: 56 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const LABEL_WIDTH = 150;
const SIZE = { body: 9.5, heading: 11, title: 17, small: 7.5 };
const LINE = 1.35;
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.33, 0.36, 0.4);

export async function renderReviewPdf(content: ReviewPdfContent, options: { createdAt?: Date } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // No personal data in the metadata: a fixed title, the producer, the date.
  pdf.setTitle(toWinAnsi(content.title).text);
  pdf.setProducer("Hemväg");
  pdf.setCreationDate(options.createdAt ?? new Date());
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const safe = (text: string) => toWinAnsi(text).text;

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN.top;
  const ensureRoom = (height: number) => {
    if (y - height >= MARGIN.bottom) return;
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN.top;
  };
  const drawLines = (lines: string[], x: number, font: PDFFont, size: number, color = INK) => {
    for (const line of lines) {
      ensureRoom(size * LINE);
      y -= size * LINE;
      page.drawText(line, { x, y, size, font, color });
    }
  };
  const drawFields = (rows: [string, string][]) => {
    for (const [label, value] of rows) {
      const labelLines = wrap(safe(label), bold, SIZE.body, LABEL_WIDTH - 10);
      const valueLines = wrap(safe(value), regular, SIZE.body, TEXT_WIDTH - LABEL_WIDTH);
      ensureRoom(Math.max(labelLines.length, valueLines.length) * SIZE.body * LINE);
      const top = y;
      drawLines(labelLines, MARGIN.left, bold, SIZE.body);
      const afterLabel = y;
      y = top;
      drawLines(valueLines, MARGIN.left + LABEL_WIDTH, regular, SIZE.body);
      y = Math.min(y, afterLabel) - 1.5;
    }
  };

  drawLines(wrap(safe(content.title), bold, SIZE.title, TEXT_WIDTH), MARGIN.left, bold, SIZE.title);
  y -= 8;
  drawFields(content.facts);
  y -= 10;
  drawLines([safe(content.picksHeading)], MARGIN.left, bold, SIZE.heading);
  for (const pick of content.picks) {
    // Keep a pick's heading with at least its first rows.
    ensureRoom(SIZE.heading * LINE + 3 * SIZE.body * LINE + 8);
    y -= 6;
    page.drawLine({ start: { x: MARGIN.left, y }, end: { x: MARGIN.left + TEXT_WIDTH, y }, thickness: 0.4, color: MUTED });
    drawLines(wrap(safe(pick.heading), bold, SIZE.body, TEXT_WIDTH), MARGIN.left, bold, SIZE.body);
    drawFields(pick.rows);
  }

  const pages = pdf.getPages();
  pages.forEach((each, index) => {
    each.drawText(safe(`${content.footer} · ${index + 1} / ${pages.length}`), { x: MARGIN.left, y: MARGIN.bottom - 30, size: SIZE.small, font: regular, color: MUTED });
  });
  return pdf.save();
}

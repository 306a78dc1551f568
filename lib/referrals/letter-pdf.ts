// Draws a referral letter's content as an A4 PDF with pdf-lib and its
// standard Helvetica: nothing embedded, nothing fetched, no personal data in
// the document's metadata. Every string passes through toWinAnsi first, so a
// name the font cannot draw is simplified instead of failing the download.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { LetterContent } from "@/lib/referrals/letter-content";
import { toWinAnsi } from "@/lib/referrals/win-ansi";

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 62, right: 62, top: 64, bottom: 80 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = { body: 10.5, heading: 12.5, title: 20, small: 8 };
const LINE = 1.35;
const LABEL_WIDTH = 170;
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.33, 0.36, 0.4);

/** Splits text into lines no wider than `width`; a word longer than a line is broken where it must be. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export async function renderLetterPdf(content: LetterContent, options: { createdAt?: Date } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let isSimplified = false;
  const safe = (text: string) => {
    const converted = toWinAnsi(text);
    if (converted.isChanged) isSimplified = true;
    return converted.text;
  };

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

  const [titleWord, ...subtitle] = safe(content.title).split(": ");
  drawLines([titleWord ?? ""], MARGIN.left, bold, SIZE.title);
  if (subtitle.length) drawLines(wrap(subtitle.join(": "), bold, SIZE.heading, TEXT_WIDTH), MARGIN.left, bold, SIZE.heading, MUTED);
  y -= 14;

  for (const block of content.blocks) {
    switch (block.kind) {
      case "heading":
        y -= 10;
        ensureRoom(SIZE.heading * LINE + SIZE.body * LINE * 2);
        drawLines([safe(block.text)], MARGIN.left, bold, SIZE.heading);
        y -= 2;
        break;
      case "paragraph":
        y -= 4;
        drawLines(wrap(safe(block.text), regular, SIZE.body, TEXT_WIDTH), MARGIN.left, regular, SIZE.body);
        y -= 4;
        break;
      case "fields":
        for (const [label, value] of block.rows) {
          const labelLines = wrap(safe(label), bold, SIZE.body, LABEL_WIDTH - 10);
          const valueLines = wrap(safe(value), regular, SIZE.body, TEXT_WIDTH - LABEL_WIDTH);
          const rows = Math.max(labelLines.length, valueLines.length);
          ensureRoom(rows * SIZE.body * LINE);
          const top = y;
          drawLines(labelLines, MARGIN.left, bold, SIZE.body);
          const afterLabel = y;
          y = top;
          drawLines(valueLines, MARGIN.left + LABEL_WIDTH, regular, SIZE.body);
          y = Math.min(y, afterLabel) - 2;
        }
        break;
      case "table": {
        const widths = block.columns.map((_, index) => (index === 0 ? TEXT_WIDTH * 0.5 : (TEXT_WIDTH * 0.5) / (block.columns.length - 1)));
        const drawRow = (cells: string[], font: PDFFont) => {
          const wrapped = cells.map((cell, index) => wrap(safe(cell), font, SIZE.body, widths[index]! - 8));
          ensureRoom(Math.max(...wrapped.map((lines) => lines.length)) * SIZE.body * LINE);
          const top = y;
          let bottom = y;
          let x = MARGIN.left;
          wrapped.forEach((lines, index) => {
            y = top;
            drawLines(lines, x, font, SIZE.body);
            bottom = Math.min(bottom, y);
            x += widths[index]!;
          });
          y = bottom - 3;
        };
        drawRow(block.columns, bold);
        page.drawLine({ start: { x: MARGIN.left, y: y + 1 }, end: { x: MARGIN.left + TEXT_WIDTH, y: y + 1 }, thickness: 0.5, color: MUTED });
        y -= 2;
        for (const row of block.rows) drawRow(row, regular);
        break;
      }
    }
  }

  if (isSimplified) {
    y -= 8;
    drawLines(wrap(content.simplifiedNote, regular, SIZE.body, TEXT_WIDTH), MARGIN.left, regular, SIZE.body, MUTED);
  }

  // The footer and page numbers, once the number of pages is known.
  const pages = pdf.getPages();
  const footerLines = wrap(safe(content.footer), regular, SIZE.small, TEXT_WIDTH - 70);
  pages.forEach((each, index) => {
    let footerY = MARGIN.bottom - 30;
    each.drawLine({ start: { x: MARGIN.left, y: footerY + 14 }, end: { x: MARGIN.left + TEXT_WIDTH, y: footerY + 14 }, thickness: 0.5, color: MUTED });
    for (const line of footerLines) {
      each.drawText(line, { x: MARGIN.left, y: footerY, size: SIZE.small, font: regular, color: MUTED });
      footerY -= SIZE.small * LINE;
    }
    const label = safe(content.pageLabel(index + 1, pages.length));
    each.drawText(label, { x: MARGIN.left + TEXT_WIDTH - regular.widthOfTextAtSize(label, SIZE.small), y: MARGIN.bottom - 30, size: SIZE.small, font: regular, color: MUTED });
  });

  // Metadata says what the document is, never who it is about.
  pdf.setTitle(safe(content.title));
  pdf.setLanguage(content.language === "sv" ? "sv-SE" : "en-GB");
  pdf.setCreator("Hemväg");
  pdf.setProducer("Hemväg");
  pdf.setAuthor("");
  pdf.setSubject("");
  pdf.setKeywords([]);
  const createdAt = options.createdAt ?? new Date();
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);
  return pdf.save();
}

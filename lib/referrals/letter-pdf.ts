// Draws a referral letter's content (and the person's extract, which is built
// of the same blocks) as an A4 PDF on the project's one PDF flow
// (lib/pdf/page-flow.ts): standard Helvetica, nothing embedded or fetched, no
// personal data in the document's metadata.
import type { PDFFont } from "pdf-lib";
import type { LetterContent } from "@/lib/referrals/letter-content";
import { A4_PORTRAIT, LINE, MUTED, PdfFlow, wrap } from "@/lib/pdf/page-flow";

const MARGIN = { left: 62, right: 62, top: 64, bottom: 80 };
const SIZE = { body: 10.5, heading: 12.5, title: 20, small: 8 };
const LABEL_WIDTH = 170;

export async function renderLetterPdf(content: LetterContent, options: { createdAt?: Date } = {}): Promise<Uint8Array> {
  const flow = await PdfFlow.create(A4_PORTRAIT, MARGIN);
  const { regular, bold, textWidth } = flow;

  const [titleWord, ...subtitle] = flow.safe(content.title).split(": ");
  flow.drawLines([titleWord ?? ""], MARGIN.left, bold, SIZE.title);
  if (subtitle.length) flow.drawLines(wrap(subtitle.join(": "), bold, SIZE.heading, textWidth), MARGIN.left, bold, SIZE.heading, MUTED);
  flow.y -= 14;

  for (const block of content.blocks) {
    switch (block.kind) {
      case "heading":
        flow.y -= 10;
        flow.ensureRoom(SIZE.heading * LINE + SIZE.body * LINE * 2);
        flow.drawLines([flow.safe(block.text)], MARGIN.left, bold, SIZE.heading);
        flow.y -= 2;
        break;
      case "paragraph":
        flow.y -= 4;
        flow.paragraph(block.text, regular, SIZE.body);
        flow.y -= 4;
        break;
      case "fields":
        flow.fields(block.rows, { labelWidth: LABEL_WIDTH, size: SIZE.body, gap: 2 });
        break;
      case "table": {
        const widths = block.columns.map((_, index) => (index === 0 ? textWidth * 0.5 : (textWidth * 0.5) / (block.columns.length - 1)));
        const drawRow = (cells: string[], font: PDFFont) => {
          const wrapped = cells.map((cell, index) => wrap(flow.safe(cell), font, SIZE.body, widths[index]! - 8));
          flow.ensureRoom(Math.max(...wrapped.map((lines) => lines.length)) * SIZE.body * LINE);
          const top = flow.y;
          let bottom = flow.y;
          let x = MARGIN.left;
          wrapped.forEach((lines, index) => {
            flow.y = top;
            flow.drawLines(lines, x, font, SIZE.body);
            bottom = Math.min(bottom, flow.y);
            x += widths[index]!;
          });
          flow.y = bottom - 3;
        };
        drawRow(block.columns, bold);
        flow.rule({ offset: 1 });
        flow.y -= 2;
        for (const row of block.rows) drawRow(row, regular);
        break;
      }
    }
  }

  if (flow.simplified) {
    flow.y -= 8;
    flow.drawLines(wrap(content.simplifiedNote, regular, SIZE.body, textWidth), MARGIN.left, regular, SIZE.body, MUTED);
  }

  // The footer and page numbers, once the number of pages is known.
  const pages = flow.pdf.getPages();
  const footerLines = wrap(flow.safe(content.footer), regular, SIZE.small, textWidth - 70);
  pages.forEach((each, index) => {
    let footerY = MARGIN.bottom - 30;
    each.drawLine({ start: { x: MARGIN.left, y: footerY + 14 }, end: { x: MARGIN.left + textWidth, y: footerY + 14 }, thickness: 0.5, color: MUTED });
    for (const line of footerLines) {
      each.drawText(line, { x: MARGIN.left, y: footerY, size: SIZE.small, font: regular, color: MUTED });
      footerY -= SIZE.small * LINE;
    }
    const label = flow.safe(content.pageLabel(index + 1, pages.length));
    each.drawText(label, { x: MARGIN.left + textWidth - regular.widthOfTextAtSize(label, SIZE.small), y: MARGIN.bottom - 30, size: SIZE.small, font: regular, color: MUTED });
  });

  return flow.save({ title: content.title, language: content.language === "sv" ? "sv-SE" : "en-GB", createdAt: options.createdAt });
}

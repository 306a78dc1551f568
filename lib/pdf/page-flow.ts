// The one way this project draws a PDF (the referral letter, the person's
// extract, the yearly report, the access-log review): pdf-lib with its standard
// Helvetica, so nothing is embedded and nothing fetched; text written top to
// bottom, a new page when the next block does not fit. Every string passes
// through toWinAnsi first, so a character the font cannot draw is simplified
// instead of failing the download, and the flow remembers that it happened.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { toWinAnsi } from "@/lib/referrals/win-ansi";

export const A4_PORTRAIT = { width: 595.28, height: 841.89 } as const;
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;
export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.33, 0.36, 0.4);
/** Line height as a multiple of the font size. */
export const LINE = 1.35;

export type Margin = { left: number; right: number; top: number; bottom: number };

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

/** A document being written: the current page and how far down it the text has come (`y`, from the bottom edge). */
export class PdfFlow {
  page: PDFPage;
  y: number;
  /** Whether any text had to be simplified to be drawn (the letter says so at its end). */
  simplified = false;

  private constructor(
    readonly pdf: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly pageSize: { width: number; height: number },
    readonly margin: Margin,
  ) {
    this.page = pdf.addPage([pageSize.width, pageSize.height]);
    this.y = pageSize.height - margin.top;
  }

  static async create(pageSize: { width: number; height: number }, margin: Margin): Promise<PdfFlow> {
    const pdf = await PDFDocument.create();
    const [regular, bold] = await Promise.all([pdf.embedFont(StandardFonts.Helvetica), pdf.embedFont(StandardFonts.HelveticaBold)]);
    return new PdfFlow(pdf, regular, bold, pageSize, margin);
  }

  /** The width between the margins. */
  get textWidth(): number {
    return this.pageSize.width - this.margin.left - this.margin.right;
  }

  /** The text as the standard font can draw it. */
  safe(text: string): string {
    const converted = toWinAnsi(text);
    if (converted.isChanged) this.simplified = true;
    return converted.text;
  }

  newPage(): void {
    this.page = this.pdf.addPage([this.pageSize.width, this.pageSize.height]);
    this.y = this.pageSize.height - this.margin.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensureRoom(height: number): void {
    if (this.y - height < this.margin.bottom) this.newPage();
  }

  /** Draws lines already wrapped (and made safe), each on the page it fits on. */
  drawLines(lines: string[], x: number, font: PDFFont, size: number, color: RGB = INK): void {
    for (const line of lines) {
      this.ensureRoom(size * LINE);
      this.y -= size * LINE;
      this.page.drawText(line, { x, y: this.y, size, font, color });
    }
  }

  /** Text wrapped to the width between the margins (or `width`), from the left margin. */
  paragraph(text: string, font: PDFFont, size: number, { color = INK, width = this.textWidth }: { color?: RGB; width?: number } = {}): void {
    this.drawLines(wrap(this.safe(text), font, size, width), this.margin.left, font, size, color);
  }

  /** Label and value rows: the label in bold in a column of `labelWidth`, the value beside it; a row is never split across pages. */
  fields(rows: readonly (readonly [string, string])[], { labelWidth, size, gap }: { labelWidth: number; size: number; gap: number }): void {
    for (const [label, value] of rows) {
      const labelLines = wrap(this.safe(label), this.bold, size, labelWidth - 10);
      const valueLines = wrap(this.safe(value), this.regular, size, this.textWidth - labelWidth);
      this.ensureRoom(Math.max(labelLines.length, valueLines.length) * size * LINE);
      const top = this.y;
      this.drawLines(labelLines, this.margin.left, this.bold, size);
      const afterLabel = this.y;
      this.y = top;
      this.drawLines(valueLines, this.margin.left + labelWidth, this.regular, size);
      this.y = Math.min(this.y, afterLabel) - gap;
    }
  }

  /** A horizontal rule across the text width at the current height (plus `offset`). */
  rule({ offset = 0, thickness = 0.5, color = MUTED }: { offset?: number; thickness?: number; color?: RGB } = {}): void {
    this.page.drawLine({ start: { x: this.margin.left, y: this.y + offset }, end: { x: this.margin.left + this.textWidth, y: this.y + offset }, thickness, color });
  }

  /** Metadata that says what the document is, never who it is about; then the bytes. */
  async save({ title, language, createdAt = new Date() }: { title: string; language?: string; createdAt?: Date }): Promise<Uint8Array> {
    this.pdf.setTitle(this.safe(title));
    if (language) this.pdf.setLanguage(language);
    this.pdf.setCreator("Hemväg");
    this.pdf.setProducer("Hemväg");
    this.pdf.setAuthor("");
    this.pdf.setSubject("");
    this.pdf.setKeywords([]);
    this.pdf.setCreationDate(createdAt);
    this.pdf.setModificationDate(createdAt);
    return this.pdf.save();
  }
}

// The access-log review of one month as a PDF for the auditors (issue 13 part
// 2), on the project's one PDF flow (lib/pdf/page-flow.ts): pdf-lib and its
// standard Helvetica, nothing embedded or fetched, landscape A4. The
// content arrives as finished strings (translated by the caller), so this
// module only lays it out: a heading block of facts, then one block per pick.
import { A4_LANDSCAPE, LINE, MUTED, PdfFlow } from "@/lib/pdf/page-flow";

export type ReviewPdfContent = {
  title: string;
  facts: [string, string][];
  picksHeading: string;
  picks: { heading: string; rows: [string, string][] }[];
  footer: string;
};

const MARGIN = { left: 48, right: 48, top: 48, bottom: 56 };
const LABEL_WIDTH = 150;
const SIZE = { body: 9.5, heading: 11, title: 17, small: 7.5 };

export async function renderReviewPdf(content: ReviewPdfContent, options: { createdAt?: Date } = {}): Promise<Uint8Array> {
  const flow = await PdfFlow.create(A4_LANDSCAPE, MARGIN);
  const { regular, bold } = flow;
  const fieldStyle = { labelWidth: LABEL_WIDTH, size: SIZE.body, gap: 1.5 };

  flow.paragraph(content.title, bold, SIZE.title);
  flow.y -= 8;
  flow.fields(content.facts, fieldStyle);
  flow.y -= 10;
  flow.drawLines([flow.safe(content.picksHeading)], MARGIN.left, bold, SIZE.heading);
  for (const pick of content.picks) {
    // Keep a pick's heading with at least its first rows.
    flow.ensureRoom(SIZE.heading * LINE + 3 * SIZE.body * LINE + 8);
    flow.y -= 6;
    flow.rule({ thickness: 0.4 });
    flow.paragraph(pick.heading, bold, SIZE.body);
    flow.fields(pick.rows, fieldStyle);
  }

  const pages = flow.pdf.getPages();
  pages.forEach((each, index) => {
    each.drawText(flow.safe(`${content.footer} · ${index + 1} / ${pages.length}`), { x: MARGIN.left, y: MARGIN.bottom - 30, size: SIZE.small, font: regular, color: MUTED });
  });
  // No personal data in the metadata: a fixed title, the producer, the date.
  return flow.save({ title: content.title, createdAt: options.createdAt });
}

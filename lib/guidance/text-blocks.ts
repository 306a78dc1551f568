// The article body format: plain text with two conventions, so that editors
// need no HTML and nothing they type can become markup.
//   - A blank line separates paragraphs.
//   - Lines starting with "- " or "* " form a bullet list; "1. " a numbered list.
//   - A line starting with "## " is a subheading.
// Web addresses (https://…) become links; nothing else does.

export type Inline = { kind: "text"; text: string } | { kind: "link"; href: string; text: string };

export type TextBlock =
  | { kind: "paragraph"; lines: Inline[][] }
  | { kind: "heading"; content: Inline[] }
  | { kind: "bullets"; items: Inline[][] }
  | { kind: "numbered"; items: Inline[][] };

const BULLET = /^[-*•]\s+(.*)$/;
const NUMBERED = /^\d{1,3}[.)]\s+(.*)$/;
const HEADING = /^#{2,3}\s+(.*)$/;
// Only http(s), so no "javascript:" or "data:" address can slip through.
const URL = /https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/g;

/** Text with its web addresses as links. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(URL)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: "text", text: text.slice(last, index) });
    parts.push({ kind: "link", href: match[0], text: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

export function parseTextBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  let paragraph: Inline[][] = [];
  let list: { kind: "bullets" | "numbered"; items: Inline[][] } | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", lines: paragraph });
    if (list) blocks.push(list);
    paragraph = [];
    list = null;
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", content: parseInline(heading[1]!) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const kind = bullet ? "bullets" : numbered ? "numbered" : null;
    if (kind) {
      if (paragraph.length || (list && list.kind !== kind)) flush();
      list ??= { kind, items: [] };
      list.items.push(parseInline((bullet ?? numbered)![1]!));
      continue;
    }
    // A plain line right after a list item continues that item.
    if (list) {
      const items: Inline[][] = list.items;
      const last = items[items.length - 1]!;
      items[items.length - 1] = [...last, { kind: "text", text: " " }, ...parseInline(line)];
      continue;
    }
    paragraph.push(parseInline(line));
  }
  flush();
  return blocks;
}

/** The body as plain text without list and heading marks (for previews). */
export function plainExcerpt(body: string, maxLength = 200): string {
  const text = parseTextBlocks(body)
    .flatMap((block) => {
      if (block.kind === "paragraph") return block.lines.map((line) => line.map((part) => part.text).join(""));
      if (block.kind === "heading") return [block.content.map((part) => part.text).join("")];
      return block.items.map((item) => item.map((part) => part.text).join(""));
    })
    .join(" ");
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}

import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/schemas/guidance";

/** A search snippet as plain text pieces; the page renders matches as <mark>. */
export type SnippetPart = { text: string; isMatch: boolean };

/**
 * Splits ts_headline output made with our own markers. Nothing in it is
 * treated as markup: the parts are text, and React escapes them.
 */
export function parseHighlights(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      parts.push({ text: rest, isMatch: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), isMatch: false });
    const stop = rest.indexOf(HIGHLIGHT_STOP, start + 1);
    const end = stop === -1 ? rest.length : stop;
    const match = rest.slice(start + 1, end);
    if (match) parts.push({ text: match, isMatch: true });
    rest = stop === -1 ? "" : rest.slice(stop + 1);
  }
  // A stray stop marker (never from our SQL; text is stripped of both) is dropped.
  return parts
    .map((part) => ({ ...part, text: part.text.replaceAll(HIGHLIGHT_STOP, "") }))
    .filter((part) => part.text.length > 0);
}

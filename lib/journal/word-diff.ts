import { diffWords } from "diff";

/** One run of text in a comparison of two versions: kept, added or removed. */
export type DiffPart = { text: string; change: "same" | "added" | "removed" };

/**
 * What changed between two versions of a journal entry, word by word, for the
 * history to highlight. Pure, so the page and the print view show the same.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}

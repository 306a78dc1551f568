import { describe, expect, it } from "vitest";
import { parseHighlights } from "./highlight";
import { parseInline, parseTextBlocks, plainExcerpt } from "./text-blocks";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from "@/lib/schemas/guidance";

describe("article text", () => {
  it("makes paragraphs, headings, bullet and numbered lists", () => {
    const blocks = parseTextBlocks("Första stycket\nfortsätter.\n\n## Rubrik\n- ett\n- två\nfortsättning\n1. först\n2) sen\n\nSista.");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "bullets", "numbered", "paragraph"]);
    expect(blocks[0]).toEqual({ kind: "paragraph", lines: [[{ kind: "text", text: "Första stycket" }], [{ kind: "text", text: "fortsätter." }]] });
    expect(blocks[2]).toEqual({
      kind: "bullets",
      items: [[{ kind: "text", text: "ett" }], [{ kind: "text", text: "två" }, { kind: "text", text: " " }, { kind: "text", text: "fortsättning" }]],
    });
  });

  it("keeps markup as text and links only http(s) addresses", () => {
    expect(parseInline('<script>alert(1)</script> se https://www.migrationsverket.se/en. javascript:alert(1)')).toEqual([
      { kind: "text", text: "<script>alert(1)</script> se " },
      { kind: "link", href: "https://www.migrationsverket.se/en", text: "https://www.migrationsverket.se/en" },
      { kind: "text", text: ". javascript:alert(1)" },
    ]);
  });

  it("has an excerpt without marks", () => {
    expect(plainExcerpt("## Rubrik\n- ett\n\nText", 100)).toBe("Rubrik ett Text");
    expect(plainExcerpt("a".repeat(300), 10)).toBe(`${"a".repeat(9)}…`);
  });
});

describe("search snippets", () => {
  it("splits on our markers into text parts", () => {
    expect(parseHighlights(`Ett ${S}bidrag${E} för ${S}återvandring${E}`)).toEqual([
      { text: "Ett ", isMatch: false },
      { text: "bidrag", isMatch: true },
      { text: " för ", isMatch: false },
      { text: "återvandring", isMatch: true },
    ]);
  });

  it("copes with stray or unclosed markers", () => {
    expect(parseHighlights(`a${E}b ${S}c`)).toEqual([{ text: "ab ", isMatch: false }, { text: "c", isMatch: true }]);
    expect(parseHighlights("")).toEqual([]);
  });
});

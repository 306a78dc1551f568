import { describe, expect, it } from "vitest";
import { expandedTsQuery, queryWords, swedishBases } from "./search-words";

describe("guidance search words", () => {
  it("splits a query into lower-case words, each once", () => {
    expect(queryWords(' Avslaget, "bidrag" avslaget -x ')).toEqual(["avslaget", "bidrag", "x"]);
    expect(queryWords("   ")).toEqual([]);
  });

  it("strips Swedish definite and plural endings", () => {
    expect(swedishBases("avslaget")).toEqual(["avslaget", "avslag"]);
    expect(swedishBases("bidraget")).toContain("bidrag");
    expect(swedishBases("uppehållstillstånden")).toContain("uppehållstillstånd");
    expect(swedishBases("asylansökningen")).toEqual(["asylansökningen", "asylansökning", "asylansökan"]);
    expect(swedishBases("och")).toEqual(["och"]);
  });

  it("builds an AND of ORs with every word quoted", () => {
    expect(expandedTsQuery([["avslag"], ["bidrag", "o'hara"]])).toBe("('avslag') & ('bidrag' | 'o''hara')");
    expect(expandedTsQuery([["avslag"], []])).toBeNull();
    expect(expandedTsQuery([])).toBeNull();
  });
});

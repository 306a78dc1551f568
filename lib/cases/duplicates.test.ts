import { describe, expect, it } from "vitest";
import { hasConfirmedAll, matchKind, rankDuplicates, type DuplicateRow } from "./duplicates";

const row = (caseId: string, overrides: Partial<DuplicateRow> = {}): DuplicateRow => ({
  caseId,
  matchedPerson: "CASE",
  isIdentityMatch: false,
  nameSimilarity: 0.5,
  isOpen: true,
  ...overrides,
});

describe("duplicate ranking", () => {
  it("puts identity number matches first, whatever the name", () => {
    const ranked = rankDuplicates([row("a", { nameSimilarity: 1 }), row("b", { isIdentityMatch: true, nameSimilarity: 0.1 })]);
    expect(ranked.map((r) => r.caseId)).toEqual(["b", "a"]);
    expect(matchKind(ranked[0]!)).toBe("identityNumber");
    expect(matchKind(ranked[1]!)).toBe("nameAndBirthDate");
  });

  it("prefers the case's own person, then open cases, then closer names", () => {
    const ranked = rankDuplicates([
      row("member", { matchedPerson: "MEMBER", nameSimilarity: 0.9 }),
      row("closed", { isOpen: false, nameSimilarity: 0.9 }),
      row("near", { nameSimilarity: 0.8 }),
      row("far", { nameSimilarity: 0.4 }),
    ]);
    expect(ranked.map((r) => r.caseId)).toEqual(["near", "far", "closed", "member"]);
  });

  it("keeps one entry per case, its strongest match", () => {
    const ranked = rankDuplicates([row("a", { matchedPerson: "MEMBER", isIdentityMatch: true }), row("a", { nameSimilarity: 0.7 })]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ matchedPerson: "MEMBER", isIdentityMatch: true });
  });

  it("is stable for equal matches", () => {
    expect(rankDuplicates([row("b"), row("a")]).map((r) => r.caseId)).toEqual(["a", "b"]);
  });

  it("asks for a new confirmation when a new candidate appears", () => {
    expect(hasConfirmedAll(["a", "b"], ["b", "a"])).toBe(true);
    expect(hasConfirmedAll(["a", "c"], ["a", "b"])).toBe(false);
    expect(hasConfirmedAll([], [])).toBe(true);
  });
});

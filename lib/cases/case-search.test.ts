import { describe, expect, it } from "vitest";
import { makeIdentityNumber } from "@/lib/identity-number";
import { classifySearch, containsPattern, decodeCursor, encodeCursor } from "./case-search";

const TODAY = "2026-03-16";

describe("classifySearch", () => {
  it("recognises case numbers, whole or begun", () => {
    expect(classifySearch("2026/0042", TODAY)).toEqual({ kind: "caseNumber", caseNumber: "2026/0042" });
    expect(classifySearch(" 2026/004 ", TODAY)).toEqual({ kind: "caseNumberPrefix", year: 2026, prefix: "2026/004" });
    expect(classifySearch("2026/", TODAY)).toEqual({ kind: "caseNumberPrefix", year: 2026, prefix: "2026/" });
  });

  it("recognises identity numbers in every written form", () => {
    const pnr = makeIdentityNumber("1980-05-14", 123);
    for (const input of [pnr, `${pnr.slice(0, 8)}-${pnr.slice(8)}`, `${pnr.slice(2, 8)}-${pnr.slice(8)}`, `${pnr.slice(2)}`]) {
      expect(classifySearch(input, TODAY), input).toEqual({ kind: "identityNumber", identityNumber: pnr });
    }
    expect(classifySearch(`${pnr.slice(0, 11)}${(Number(pnr[11]) + 1) % 10}`, TODAY)).toEqual({ kind: "invalidIdentityNumber" });
  });

  it("recognises birth dates", () => {
    expect(classifySearch("1980-05-14", TODAY)).toEqual({ kind: "birthDate", birthDate: "1980-05-14" });
    expect(classifySearch("19800514", TODAY)).toEqual({ kind: "birthDate", birthDate: "1980-05-14" });
    expect(classifySearch("2026-02-30", TODAY)).toEqual({ kind: "name", text: "2026-02-30" });
  });

  it("treats everything else as a name, in lower case", () => {
    expect(classifySearch("  Amra   HADŽIĆ ", TODAY)).toEqual({ kind: "name", text: "amra hadžić" });
    expect(classifySearch("   ", TODAY)).toBeNull();
  });
});

describe("containsPattern", () => {
  it("escapes LIKE's wildcards", () => {
    expect(containsPattern("a%b_c\\")).toBe("%a\\%b\\_c\\\\%");
  });
});

describe("cursors", () => {
  it("round-trip and refuse tampering", () => {
    const cursor = ["2026-03-16T10:00:00.000Z", "cabc"];
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor([0.4285714328289032, "x"]))).toEqual([0.4285714328289032, "x"]);
    expect(decodeCursor("not-json")).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from("[1]").toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('[{"x":1},"a"]').toString("base64url"))).toBeNull();
  });

  it("refuse values the keyset SQL cannot cast: numbers beyond PostgreSQL's int, NUL bytes (issue 12 L4)", () => {
    expect(decodeCursor(encodeCursor([1e300, 5]))).toBeNull();
    expect(decodeCursor(encodeCursor([2026, 2 ** 31]))).toBeNull();
    expect(decodeCursor(encodeCursor(["Svensson\u0000", "Anna", "c1"]))).toBeNull();
    expect(decodeCursor(encodeCursor([2026, 2 ** 31 - 1]))).toEqual([2026, 2 ** 31 - 1]);
  });
});

import { describe, expect, it } from "vitest";
import { guardCell, guardRow } from "./cell-guard";

describe("guardCell", () => {
  it.each(["=1+1", "+46 70", "-2", "@SUM(A1)", "\t=cmd", "\r=cmd", '=HYPERLINK("http://x")'])("neutralises %j", (value) => {
    expect(guardCell(value)).toBe(`'${value}`);
  });
  it("leaves ordinary text alone", () => {
    expect(guardCell("Amina Hassan")).toBe("Amina Hassan");
    expect(guardCell("2026/0042")).toBe("2026/0042");
    expect(guardCell("")).toBe("");
  });
  it("guards text cells and keeps numbers", () => {
    expect(guardRow(["=x", -3, null, "ok"])).toEqual(["'=x", -3, null, "ok"]);
  });
});

import { describe, expect, it } from "vitest";
import { boundFlag, boundId, boundReturnPath } from "./action-arguments";

/** What notFound() throws, or the value returned. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return (error as { digest?: string }).digest ?? error;
  }
}

describe("bound arguments of server actions (issue 12 L3)", () => {
  it("pass a real id and a flag through", () => {
    expect(boundId("cm1abc2def3ghi4jkl5mno6pq")).toBe("cm1abc2def3ghi4jkl5mno6pq");
    expect(boundFlag(false)).toBe(false);
  });

  it("answer anything else as not found before the database sees it", () => {
    for (const forged of [42, null, undefined, { id: "x" }, ["a"], "", "x".repeat(1_000_000), "19840412-1234 Amina", "'; DROP TABLE"]) {
      expect(outcome(() => boundId(forged))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
    expect(outcome(() => boundFlag("true"))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("loses a NUL byte, so that the id matches nothing instead of breaking the query", () => {
    expect(boundId("abc\u0000")).toBe("abc");
  });

  it("keep a return path only when it is one of ours", () => {
    expect(boundReturnPath("/my-day", /^\/my-day$/, "/")).toBe("/my-day");
    expect(boundReturnPath("https://evil.example/", /^\/my-day$/, "/")).toBe("/");
    expect(boundReturnPath({ toString: () => "/my-day" }, /^\/my-day$/, "/")).toBe("/");
  });
});

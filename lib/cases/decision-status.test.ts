import { describe, expect, it } from "vitest";
import { decisionStatusPath } from "./decision-status";
import { canTransition } from "./status-machine";

describe("decisionStatusPath", () => {
  it("takes a refused grant back to planning in the machine's one step", () => {
    expect(decisionStatusPath("AWAITING_DECISION", "REFUSED")).toEqual(["PLANNING"]);
    expect(decisionStatusPath("REFERRED", "REFUSED")).toEqual(["PLANNING"]);
  });

  it("walks a case left behind forward to the status the departure follows, each step an allowed one", () => {
    const path = decisionStatusPath("INTAKE", "GRANTED");
    expect(path).toEqual(["COUNSELLING", "PLANNING", "REFERRED", "AWAITING_DECISION"]);
    path.reduce((from, to) => (expect(canTransition(from, to)).toBe(true), to), "INTAKE" as (typeof path)[number]);
  });

  it("offers nothing when the case is there already, has left, or is closed", () => {
    expect(decisionStatusPath("AWAITING_DECISION", "GRANTED")).toEqual([]);
    expect(decisionStatusPath("PLANNING", "REFUSED")).toEqual([]);
    for (const from of ["DEPARTED", "FOLLOW_UP", "CLOSED"] as const) {
      expect(decisionStatusPath(from, "GRANTED")).toEqual([]);
      expect(decisionStatusPath(from, "REFUSED")).toEqual([]);
    }
  });
});

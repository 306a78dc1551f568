import { describe, expect, it } from "vitest";
import { can, PERMISSIONS } from "./permissions";

describe("permissions", () => {
  it("keeps case data from staff and administrators", () => {
    for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      if (!action.startsWith("case.")) continue;
      expect(can("STAFF", action), action).toBe(false);
      expect(can("ADMIN", action), action).toBe(false);
      expect(can("LOG_REVIEWER", action), action).toBe(false);
    }
  });

  it("lets a log reviewer read the trail and review it, nothing more (issue 13)", () => {
    const allowed = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((a) => can("LOG_REVIEWER", a));
    expect(allowed.sort()).toEqual(["audit.read", "guidance.read", "logReview.read", "logReview.write", "profile.update"]);
  });

  it("lets managers read cases but not change them", () => {
    expect(can("MANAGER", "case.read")).toBe(true);
    expect(can("MANAGER", "case.update")).toBe(false);
  });

  it("lets staff use the calculator and read guidance only", () => {
    const allowed = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((a) => can("STAFF", a));
    expect(allowed.sort()).toEqual(["eligibility.calculate", "guidance.read", "profile.update"]);
  });
});

import { describe, expect, it } from "vitest";
import { isTwoFactorRequired, needsTwoFactorEnrolment } from "./two-factor-policy";

describe("two-factor policy", () => {
  it("requires two-factor of advisers and managers only when REQUIRE_TOTP is on", () => {
    expect(["ADVISER", "MANAGER", "STAFF", "ADMIN"].map((role) => isTwoFactorRequired(role as never, true))).toEqual([true, true, false, false]);
    expect(["ADVISER", "MANAGER", "STAFF", "ADMIN"].map((role) => isTwoFactorRequired(role as never, false))).toEqual([false, false, false, false]);
  });

  it("sends to enrolment only those it requires who have not enrolled yet", () => {
    expect(needsTwoFactorEnrolment({ role: "ADVISER", hasTwoFactor: false }, true)).toBe(true);
    expect(needsTwoFactorEnrolment({ role: "ADVISER", hasTwoFactor: true }, true)).toBe(false);
    expect(needsTwoFactorEnrolment({ role: "STAFF", hasTwoFactor: false }, true)).toBe(false);
    expect(needsTwoFactorEnrolment({ role: "MANAGER", hasTwoFactor: false }, false)).toBe(false);
  });
});

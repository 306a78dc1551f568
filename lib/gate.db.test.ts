// A db test only because lib/env (read for REQUIRE_TOTP) wants the whole configuration, database included.
// The one gate: each adapter's answer for a caller who is signed out, owes a
// sign-in step, is forbidden the action, or may go on. The signed-in user
// comes from tests/support/as-user (which stands in for lib/auth's Auth.js lookup).
import { signInAs, type UserLike } from "@/tests/support/as-user";
import { redirectOf } from "@/tests/support/redirect";
import { describe, expect, it } from "vitest";
import { authorize, authorizeBound, authorizeRequest, checkAccess, requireSignedIn, requireStep } from "@/lib/gate";

const adviser: UserLike = { id: "u-adviser", email: "a@hemvag.test", name: "Ada Adviser", role: "ADVISER", teamId: "t1" };
const admin: UserLike = { id: "u-admin", email: "x@hemvag.test", name: "Ali Admin", role: "ADMIN", teamId: null };

describe("the decision", () => {
  it("refuses a caller without a session", async () => {
    signInAs(null);
    expect(await checkAccess({ action: "case.read" })).toEqual({ ok: false, reason: "signedOut" });
  });

  it("names the first step a session still owes, before any permission", async () => {
    signInAs(adviser, { isTwoFactorVerified: false, mustChangePassword: true });
    expect(await checkAccess({ action: "user.manage" })).toMatchObject({ ok: false, reason: "stepOwed", step: "secondFactor" });
    signInAs(adviser, { mustChangePassword: true });
    expect(await checkAccess({ action: "case.read" })).toMatchObject({ ok: false, reason: "stepOwed", step: "newPassword" });
  });

  it("lets an incomplete session through only when the caller allows it", async () => {
    signInAs(adviser, { isTwoFactorVerified: false });
    expect(await checkAccess({ allowIncompleteSession: true })).toMatchObject({ ok: true, user: { id: adviser.id } });
  });

  it("refuses a role the action is not for, and lets the one it is for through", async () => {
    signInAs(admin);
    expect(await checkAccess({ action: "case.read" })).toMatchObject({ ok: false, reason: "forbidden", action: "case.read" });
    expect(await checkAccess({ action: "user.manage" })).toMatchObject({ ok: true, user: { id: admin.id } });
    expect(await checkAccess()).toMatchObject({ ok: true });
  });
});

describe("pages, actions and data functions", () => {
  it("send the signed-out to sign-in, an incomplete session to its step, and answer forbidden as not found", async () => {
    signInAs(null);
    await expect(authorize("case.read")).rejects.toThrow(/Not signed in/);
    signInAs(adviser, { isTwoFactorVerified: false });
    expect(await redirectOf(authorize("case.read"))).toBe("/login/two-factor");
    signInAs(adviser, { mustChangePassword: true });
    expect(await redirectOf(authorize())).toBe("/login/new-password");
    signInAs(admin);
    await expect(authorize("case.read")).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    signInAs(adviser);
    expect(await authorize("case.read")).toMatchObject({ id: adviser.id });
  });

  it("let sign-in steps and signing out run before the session is complete, but not without one", async () => {
    signInAs(adviser, { isTwoFactorVerified: false });
    expect(await requireSignedIn()).toMatchObject({ id: adviser.id });
    signInAs(null);
    await expect(requireSignedIn()).rejects.toThrow(/Not signed in/);
  });

  it("open a sign-in step's page only to a session that owes that step", async () => {
    signInAs(adviser, { isTwoFactorVerified: false });
    expect(await requireStep("secondFactor")).toMatchObject({ id: adviser.id });
    expect(await redirectOf(requireStep("newPassword"))).toBe("/login/two-factor");
    signInAs(adviser);
    expect(await redirectOf(requireStep("secondFactor"))).toBe("/");
    expect(await requireStep("twoFactorEnrolment", { orDone: true })).toMatchObject({ id: adviser.id });
  });
});

describe("server actions with bound ids", () => {
  const id = "cm1abc2def3ghi4jkl5mno6pq";

  it("ask the gate before any id is read: a forged id reaches no one who may not go on", async () => {
    signInAs(null);
    await expect(authorizeBound("case.update", { id: "forged" })).rejects.toThrow(/Not signed in/);
    signInAs(adviser, { isTwoFactorVerified: false });
    expect(await redirectOf(authorizeBound("case.update", 42))).toBe("/login/two-factor");
  });

  it("give back the ids in order, and answer a forged one as not found", async () => {
    signInAs(adviser);
    expect(await authorizeBound("case.update", id, "other-id_2")).toEqual([id, "other-id_2"]);
    expect(await authorizeBound("case.update")).toEqual([]);
    await expect(authorizeBound("case.update", id, "x".repeat(65))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});

describe("route handlers", () => {
  it("answer 401 signed out or incomplete, 404 forbidden, and the user when allowed", async () => {
    signInAs(null);
    expect(await authorizeRequest("eligibility.calculate")).toEqual({ ok: false, status: 401 });
    signInAs(adviser, { isTwoFactorVerified: false });
    expect(await authorizeRequest("eligibility.calculate")).toEqual({ ok: false, status: 401 });
    signInAs(admin);
    expect(await authorizeRequest("eligibility.calculate")).toEqual({ ok: false, status: 404 });
    signInAs(adviser);
    expect(await authorizeRequest("eligibility.calculate")).toMatchObject({ ok: true, user: { id: adviser.id } });
  });
});


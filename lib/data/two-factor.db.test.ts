// Two-factor sign-in against a real Postgres: enrolment (a secret kept
// unconfirmed until a code proves the app has it, then ten one-time recovery
// codes), the second step of signing in with its throttle, and turning it off
// where the policy allows.
import { signInAs, type UserLike } from "@/tests/support/as-user";
import { redirectOf } from "@/tests/support/redirect";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import crypto from "node:crypto";
import { generate } from "otplib";
import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { RECOVERY_CODE_COUNT, normalizeRecoveryCode } from "@/lib/totp";
import { createSignInSession } from "@/lib/data/sign-in-sessions";
import { THROTTLE, type ThrottleKey } from "@/lib/data/sign-in";
import { confirmEnrolment, disableTwoFactor, remainingRecoveryCodes, startEnrolment, verifySecondFactor } from "@/lib/data/two-factor";
import { withAuditRefused } from "@/tests/support/audit";

// Two-factor is mandatory for the roles that see case data (read on first use of lib/env).
vi.stubEnv("REQUIRE_TOTP", "true");

const db = getDb();
const run = crypto.randomBytes(3).toString("hex");
const context = { ipAddress: "203.0.113.7", userAgent: "two-factor.db.test" };
let teamId: string;
let userCounter = 0;

beforeAll(async () => {
  teamId = (await db.team.create({ data: { name: `Tvåfaktor ${run}` } })).id;
});

afterAll(() => {
  vi.unstubAllEnvs();
});

beforeEach(() => {
  signInAs(null);
});

/** A fresh account for each test, so that no test sees another's secret or counter. */
async function newUser(role: UserLike["role"]): Promise<UserLike> {
  userCounter += 1;
  return db.user.create({
    data: { email: `tf-${userCounter}-${run}@hemvag.test`, name: `Tvåfaktor ${userCounter}`, role, teamId: role === "ADMIN" ? null : teamId },
    select: { id: true, email: true, name: true, role: true, teamId: true },
  });
}

/** The user's two-factor state as stored (the client leaves the secret out unless asked). */
async function stateOf(user: UserLike) {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
  const codes = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true, usedAt: true } });
  return { ...row, codes };
}

/** The code of the previous 30-second step, still accepted (clock drift), so that the current one stays unused. */
async function previousCode(secret: string) {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });
}

/** Enrols through the real steps, from a signed-in session without two-factor (with the previous step's code, so the current one stays fresh). */
async function enrol(user: UserLike) {
  signInAs(user);
  const { secret } = await startEnrolment();
  const confirmed = await confirmEnrolment(await previousCode(secret));
  if (!confirmed.ok) throw new Error("enrolment failed");
  return { secret, recoveryCodes: confirmed.recoveryCodes };
}

/** A real session that has passed the password and waits for the second factor. */
async function passwordStepDone(user: UserLike) {
  const signInSessionId = (await createSignInSession(db, user.id, context, false)).id;
  signInAs(user, { signInSessionId, isTwoFactorVerified: false, hasTwoFactor: true });
  return signInSessionId;
}

async function isVerified(signInSessionId: string) {
  return (await db.signInSession.findUniqueOrThrow({ where: { id: signInSessionId } })).isTwoFactorVerified;
}

/** The user's second-factor throttle with `failures` wrong codes counted so far; its key. */
async function codeFailuresSoFar(user: UserLike, failures: number): Promise<ThrottleKey> {
  const key: ThrottleKey = `totp:${user.id}`;
  await db.signInThrottle.create({ data: { key, failures } });
  return key;
}

/** A six-digit code that is not the current one. */
async function wrongCode(secret: string) {
  const now = Math.floor(Date.now() / 1000);
  const valid = new Set(await Promise.all([-30, 0, 30].map((offset) => generate({ secret, epoch: now + offset }))));
  for (let candidate = 0; ; candidate++) {
    const code = String(candidate).padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}

it("needs a signed-in user for every step", async () => {
  await expect(startEnrolment()).rejects.toThrow(/Not signed in/);
  await expect(confirmEnrolment("123456")).rejects.toThrow(/Not signed in/);
  await expect(disableTwoFactor("123456")).rejects.toThrow(/Not signed in/);
  await expect(verifySecondFactor("123456")).rejects.toThrow(/Not signed in/);
  await expect(remainingRecoveryCodes()).rejects.toThrow(/Not signed in/);
});

describe("enrolment", () => {
  it("keeps a fresh secret unconfirmed and shows it as a QR code; starting again replaces it", async () => {
    const user = await newUser("ADVISER");
    signInAs(user);
    const first = await startEnrolment();
    expect(first.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(first.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await stateOf(user)).toEqual({ totpSecret: first.secret, totpEnabledAt: null, codes: [] });
    const second = await startEnrolment();
    expect(second.secret).not.toBe(first.secret);
    expect((await stateOf(user)).totpSecret).toBe(second.secret);
  });

  it("is refused to a session still waiting for its second factor, and to an account that already has two-factor", async () => {
    const waiting = await newUser("STAFF");
    signInAs(waiting, { isTwoFactorVerified: false });
    expect(await redirectOf(startEnrolment())).toBe("/login/two-factor");
    expect((await stateOf(waiting)).totpSecret).toBeNull();

    const enrolled = await newUser("STAFF");
    const { secret } = await enrol(enrolled);
    signInAs(enrolled, { hasTwoFactor: true });
    await expect(startEnrolment()).rejects.toThrow(/Enrolment needs/);
    expect((await stateOf(enrolled)).totpSecret).toBe(secret);
  });

  it("turns two-factor on with a right code, gives ten distinct recovery codes stored only as hashes, and audits it", async () => {
    const user = await newUser("MANAGER");
    signInAs(user);
    const { secret } = await startEnrolment();
    const result = await confirmEnrolment(await generate({ secret }));
    if (!result.ok) throw new Error("confirm failed");
    expect(result.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(result.recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    const state = await stateOf(user);
    expect(state.totpEnabledAt).toEqual(expect.any(Date));
    expect(state.codes).toHaveLength(RECOVERY_CODE_COUNT);
    for (const code of state.codes) expect(code.usedAt).toBeNull();
    const hashes = state.codes.map((code) => code.codeHash);
    for (const code of result.recoveryCodes) expect(hashes).not.toContain(code);
    expect(await verifyPassword(hashes[0]!, normalizeRecoveryCode(result.recoveryCodes[0]!))).toBe(true);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "user.twoFactor.enable", userId: user.id } })).toMatchObject({ resourceType: "User", resourceId: user.id, role: "MANAGER" });
  });

  it("refuses a wrong code, a confirmation without a started enrolment, and a second confirmation, changing nothing", async () => {
    const notStarted = await newUser("ADVISER");
    signInAs(notStarted);
    expect(await confirmEnrolment("123456")).toEqual({ ok: false, error: "codeWrong" });
    expect(await stateOf(notStarted)).toEqual({ totpSecret: null, totpEnabledAt: null, codes: [] });

    const user = await newUser("ADVISER");
    signInAs(user);
    const { secret } = await startEnrolment();
    expect(await confirmEnrolment(await wrongCode(secret))).toEqual({ ok: false, error: "codeWrong" });
    expect(await confirmEnrolment("not a code")).toEqual({ ok: false, error: "codeWrong" });
    expect(await stateOf(user)).toEqual({ totpSecret: secret, totpEnabledAt: null, codes: [] });

    expect(await confirmEnrolment(await generate({ secret }))).toMatchObject({ ok: true });
    const enabled = await stateOf(user);
    expect(await confirmEnrolment(await generate({ secret }))).toEqual({ ok: false, error: "codeWrong" });
    expect(await stateOf(user)).toEqual(enabled);
    expect(await db.auditEvent.count({ where: { action: "user.twoFactor.enable", userId: user.id } })).toBe(1);
  });

  it("stays off, with no recovery codes, when its audit row cannot be written", async () => {
    const user = await newUser("ADVISER");
    signInAs(user);
    const { secret } = await startEnrolment();
    const code = await generate({ secret });
    await expect(withAuditRefused(db, "user.twoFactor.enable", () => confirmEnrolment(code))).rejects.toThrow(/audit refused/);
    expect(await stateOf(user)).toEqual({ totpSecret: secret, totpEnabledAt: null, codes: [] });
  });
});

describe("the second step of signing in", () => {
  it("marks the session verified with the current code, audits it and clears the failure counter", async () => {
    const user = await newUser("ADVISER");
    const { secret } = await enrol(user);
    const signInSessionId = await passwordStepDone(user);
    const key = await codeFailuresSoFar(user, 2);
    expect(await verifySecondFactor(await generate({ secret }))).toEqual({ ok: true });
    expect(await isVerified(signInSessionId)).toBe(true);
    expect(await db.signInThrottle.findUnique({ where: { key } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.twoFactor", userId: user.id } })).toBe(1);
  });

  it("accepts a code with spaces, as apps show it", async () => {
    const user = await newUser("STAFF");
    const { secret } = await enrol(user);
    const signInSessionId = await passwordStepDone(user);
    const code = await generate({ secret });
    expect(await verifySecondFactor(`${code.slice(0, 3)} ${code.slice(3)}`)).toEqual({ ok: true });
    expect(await isVerified(signInSessionId)).toBe(true);
  });

  it("refuses a wrong code, counting and auditing the failure, and leaves the session waiting", async () => {
    const user = await newUser("ADVISER");
    const { secret } = await enrol(user);
    const signInSessionId = await passwordStepDone(user);
    expect(await verifySecondFactor(await wrongCode(secret))).toEqual({ ok: false, error: "codeWrong" });
    expect(await isVerified(signInSessionId)).toBe(false);
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: `totp:${user.id}` } })).failures).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "auth.twoFactor.failed", userId: user.id } })).toBe(1);
  });

  it("does not trust a secret whose enrolment was never confirmed", async () => {
    const user = await newUser("ADVISER");
    signInAs(user);
    const { secret } = await startEnrolment();
    const signInSessionId = await passwordStepDone(user);
    expect(await verifySecondFactor(await generate({ secret }))).toEqual({ ok: false, error: "codeWrong" });
    expect(await isVerified(signInSessionId)).toBe(false);
  });

  it("accepts each recovery code once, in any case and spacing, and counts what is left", async () => {
    const user = await newUser("MANAGER");
    const { recoveryCodes } = await enrol(user);
    const signInSessionId = await passwordStepDone(user);
    const [first, second] = recoveryCodes as [string, string];
    expect(await verifySecondFactor(first)).toEqual({ ok: true });
    expect(await isVerified(signInSessionId)).toBe(true);
    signInAs(user, { signInSessionId, hasTwoFactor: true });
    expect(await remainingRecoveryCodes()).toBe(RECOVERY_CODE_COUNT - 1);
    expect(await db.auditEvent.count({ where: { action: "auth.twoFactor.recoveryCode", userId: user.id } })).toBe(1);

    const again = await passwordStepDone(user);
    expect(await verifySecondFactor(first)).toEqual({ ok: false, error: "codeWrong" });
    expect(await isVerified(again)).toBe(false);
    expect(await verifySecondFactor(` ${second.toUpperCase().replace("-", " - ")} `)).toEqual({ ok: true });
    expect(await isVerified(again)).toBe(true);
    signInAs(user, { signInSessionId: again, hasTwoFactor: true });
    expect(await remainingRecoveryCodes()).toBe(RECOVERY_CODE_COUNT - 2);
  });

  it("locks after five failures, refusing even the right code until the lock runs out", async () => {
    const user = await newUser("ADVISER");
    const { secret } = await enrol(user);
    const signInSessionId = await passwordStepDone(user);
    const key = await codeFailuresSoFar(user, THROTTLE.accountLockAfter - 1);
    expect(await verifySecondFactor(await wrongCode(secret))).toEqual({ ok: false, error: "locked" });
    const failures = await db.auditEvent.count({ where: { action: "auth.twoFactor.failed", userId: user.id } });
    expect(await verifySecondFactor(await generate({ secret }))).toEqual({ ok: false, error: "locked" });
    expect(await isVerified(signInSessionId)).toBe(false);
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(THROTTLE.accountLockAfter);
    expect(await db.auditEvent.count({ where: { action: "auth.twoFactor.failed", userId: user.id } })).toBe(failures);

    await db.signInThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await verifySecondFactor(await generate({ secret }))).toEqual({ ok: true });
    expect(await isVerified(signInSessionId)).toBe(true);
  });

  it("leaves the session waiting and the recovery code unused when the audit row cannot be written", async () => {
    const user = await newUser("STAFF");
    const { recoveryCodes } = await enrol(user);
    const signInSessionId = await passwordStepDone(user);
    await expect(withAuditRefused(db, "auth.twoFactor.recoveryCode", () => verifySecondFactor(recoveryCodes[0]!))).rejects.toThrow(/audit refused/);
    expect(await isVerified(signInSessionId)).toBe(false);
    expect((await stateOf(user)).codes.filter((code) => code.usedAt === null)).toHaveLength(RECOVERY_CODE_COUNT);
  });

  it("refuses a code already accepted within its 30-second window, also when both uses race (issue 12 L8)", async () => {
    const user = await newUser("ADVISER");
    const { secret } = await enrol(user);
    const code = await generate({ secret });
    const first = await passwordStepDone(user);
    expect(await verifySecondFactor(code)).toEqual({ ok: true });
    expect(await isVerified(first)).toBe(true);
    const second = await passwordStepDone(user);
    expect(await verifySecondFactor(code)).toEqual({ ok: false, error: "codeWrong" });
    expect(await isVerified(second)).toBe(false);
    // The code of the enrolment (the previous step) is older than the last accepted one: refused too.
    expect(await verifySecondFactor(await previousCode(secret))).toEqual({ ok: false, error: "codeWrong" });
    expect(await isVerified(second)).toBe(false);

    // Two sign-ins racing with the same fresh code: exactly one gets through.
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const a = (await createSignInSession(db, user.id, context, false)).id;
    const b = (await createSignInSession(db, user.id, context, false)).id;
    const results = await Promise.all(
      [a, b].map(async (signInSessionId) => {
        signInAs(user, { signInSessionId, isTwoFactorVerified: false, hasTwoFactor: true });
        return verifySecondFactor(next);
      }),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect([await isVerified(a), await isVerified(b)].filter(Boolean)).toHaveLength(1);
  });
});

describe("turning two-factor off", () => {
  it("is refused to advisers and managers while it is mandatory, even with the right code", async () => {
    for (const role of ["ADVISER", "MANAGER"] as const) {
      const user = await newUser(role);
      const { secret } = await enrol(user);
      const before = await stateOf(user);
      signInAs(user, { hasTwoFactor: true });
      expect(await disableTwoFactor(await generate({ secret }))).toEqual({ ok: false, error: "required" });
      expect(await stateOf(user)).toEqual(before);
      expect(await db.auditEvent.count({ where: { action: "user.twoFactor.disable", userId: user.id } })).toBe(0);
    }
  });

  it("removes the secret and the recovery codes for staff and administrators with the right code, audited", async () => {
    for (const role of ["STAFF", "ADMIN"] as const) {
      const user = await newUser(role);
      const { secret } = await enrol(user);
      signInAs(user, { hasTwoFactor: true });
      expect(await disableTwoFactor(await generate({ secret }))).toEqual({ ok: true });
      expect(await stateOf(user)).toEqual({ totpSecret: null, totpEnabledAt: null, codes: [] });
      expect(await db.auditEvent.count({ where: { action: "user.twoFactor.disable", userId: user.id } })).toBe(1);
    }
  });

  it("refuses a wrong code, or an account without two-factor, changing nothing", async () => {
    const user = await newUser("STAFF");
    const { secret } = await enrol(user);
    const before = await stateOf(user);
    signInAs(user, { hasTwoFactor: true });
    expect(await disableTwoFactor(await wrongCode(secret))).toEqual({ ok: false, error: "codeWrong" });
    expect(await disableTwoFactor("abc")).toEqual({ ok: false, error: "codeWrong" });
    expect(await stateOf(user)).toEqual(before);

    const without = await newUser("ADMIN");
    signInAs(without);
    expect(await disableTwoFactor("123456")).toEqual({ ok: false, error: "codeWrong" });
    expect(await db.auditEvent.count({ where: { action: "user.twoFactor.disable", userId: { in: [user.id, without.id] } } })).toBe(0);
  });

  it("keeps the secret and the recovery codes when its audit row cannot be written", async () => {
    const user = await newUser("ADMIN");
    const { secret } = await enrol(user);
    const before = await stateOf(user);
    signInAs(user, { hasTwoFactor: true });
    const code = await generate({ secret });
    await expect(withAuditRefused(db, "user.twoFactor.disable", () => disableTwoFactor(code))).rejects.toThrow(/audit refused/);
    expect(await stateOf(user)).toEqual(before);
  });

  it("counts wrong codes on the same throttle as the second step of signing in, and locks the same way (issue 12 H1)", async () => {
    const user = await newUser("STAFF");
    const { secret } = await enrol(user);
    const before = await stateOf(user);
    // Failures of the sign-in step and of turning it off add up on one counter.
    const key = await codeFailuresSoFar(user, THROTTLE.accountLockAfter - 2);
    signInAs(user, { hasTwoFactor: true });
    expect(await disableTwoFactor(await wrongCode(secret))).toEqual({ ok: false, error: "codeWrong" });
    await passwordStepDone(user);
    expect(await verifySecondFactor(await wrongCode(secret))).toEqual({ ok: false, error: "locked" });
    signInAs(user, { hasTwoFactor: true });
    expect(await disableTwoFactor(await generate({ secret }))).toEqual({ ok: false, error: "locked" });
    expect(await stateOf(user)).toEqual(before);
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(THROTTLE.accountLockAfter);
    // Enrolment shares it too.
    const enrolling = await newUser("STAFF");
    signInAs(enrolling);
    const started = await startEnrolment();
    await db.signInThrottle.create({ data: { key: `totp:${enrolling.id}`, failures: THROTTLE.accountLockAfter, lockedUntil: new Date(Date.now() + 60_000) } });
    expect(await confirmEnrolment(await generate({ secret: started.secret }))).toEqual({ ok: false, error: "locked" });
    expect((await stateOf(enrolling)).totpEnabledAt).toBeNull();
  });

  it("audits each wrong code, naming where it was tried (issue 12 H1)", async () => {
    const user = await newUser("ADMIN");
    const { secret } = await enrol(user);
    signInAs(user, { hasTwoFactor: true });
    expect(await disableTwoFactor(await wrongCode(secret))).toEqual({ ok: false, error: "codeWrong" });
    expect(await disableTwoFactor("abc")).toEqual({ ok: false, error: "codeWrong" });
    expect(await db.auditEvent.count({ where: { action: "auth.twoFactor.failed", userId: user.id, reason: "disable" } })).toBe(2);
    const enrolling = await newUser("STAFF");
    signInAs(enrolling);
    const started = await startEnrolment();
    expect(await confirmEnrolment(await wrongCode(started.secret))).toEqual({ ok: false, error: "codeWrong" });
    expect(await db.auditEvent.count({ where: { action: "auth.twoFactor.failed", userId: enrolling.id, reason: "enrol" } })).toBe(1);
  });

  it("is refused to a session that has passed only the password step (issue 12 H1)", async () => {
    const user = await newUser("STAFF");
    const { secret } = await enrol(user);
    const before = await stateOf(user);
    await passwordStepDone(user);
    expect(await redirectOf(disableTwoFactor(await generate({ secret })))).toBe("/login/two-factor");
    expect(await redirectOf(disableTwoFactor(await wrongCode(secret)))).toBe("/login/two-factor");
    expect(await stateOf(user)).toEqual(before);
    expect(await db.signInThrottle.findUnique({ where: { key: `totp:${user.id}` } })).toBeNull();
    // Nor can such a session start or confirm an enrolment.
    expect(await redirectOf(confirmEnrolment(await generate({ secret })))).toBe("/login/two-factor");
  });

  it("refuses a code that was already used to sign in (issue 12 L8)", async () => {
    const user = await newUser("STAFF");
    const { secret } = await enrol(user);
    const code = await generate({ secret });
    const signInSessionId = await passwordStepDone(user);
    expect(await verifySecondFactor(code)).toEqual({ ok: true });
    signInAs(user, { signInSessionId, hasTwoFactor: true });
    expect(await disableTwoFactor(code)).toEqual({ ok: false, error: "codeWrong" });
    expect((await stateOf(user)).totpEnabledAt).not.toBeNull();
  });
});

// Signing in against a real Postgres: the password check, the answer that
// never tells whether an account exists, failure counting per account and per
// address with its slow-down, lockout and window, and single sign-on.
import { beforeAll, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { hashPassword } from "@/lib/passwords";
import { THROTTLE, countFailure, delayFor, isLocked, signInWithPassword, signInWithSingleSignOn, type ThrottleKey } from "@/lib/data/sign-in";
import { createCaseworkWorld, type CaseworkWorld } from "@/tests/support/casework";
import type { UserLike } from "@/tests/support/as-user";

const db = getDb();
const run = crypto.randomBytes(3).toString("hex");
const PASSWORD = "rätt lösenord för testet";
let world: CaseworkWorld;
let addressCounter = 0;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.updateMany({ where: { id: { in: Object.values(world.users).map((user) => user.id) } }, data: { passwordHash } });
});

/** A client address no other test uses, so that per-address counters start at zero. */
function freshContext() {
  addressCounter += 1;
  return { ipAddress: `198.51.100.${addressCounter}`, userAgent: "sign-in.db.test" };
}

async function throttleOf(key: ThrottleKey) {
  return db.signInThrottle.findUnique({ where: { key } });
}

/** A failure counter as if `failures` sign-ins had failed `minutesAgo` into the window. */
async function setFailures(key: ThrottleKey, failures: number, minutesAgo = 1, lockedUntil: Date | null = null) {
  const windowStart = new Date(Date.now() - minutesAgo * 60_000);
  await db.signInThrottle.upsert({ where: { key }, create: { key, failures, windowStart, lockedUntil }, update: { failures, windowStart, lockedUntil } });
}

async function sessionsOf(user: UserLike) {
  return db.signInSession.count({ where: { userId: user.id } });
}

describe("the slow-down", () => {
  it("adds no delay for the first failures, then doubles from one second up to the cap", () => {
    expect([0, 1, 2].map(delayFor)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6, 7, 30].map(delayFor)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(delayFor(THROTTLE.slowDownAfter)).toBe(1000);
  });
});

describe("signing in with a password", () => {
  it("opens a session with the client's address, records the sign-in and audits it", async () => {
    const user = world.users.a1;
    const context = freshContext();
    const result = await signInWithPassword(user.email, PASSWORD, context);
    expect(result).toEqual({ ok: true, userId: user.id, signInSessionId: expect.any(String), needsTwoFactor: false });
    if (!result.ok) return;
    const session = await db.signInSession.findUniqueOrThrow({ where: { id: result.signInSessionId } });
    expect(session).toMatchObject({ userId: user.id, isTwoFactorVerified: true, revokedAt: null, ipAddress: context.ipAddress, userAgent: context.userAgent });
    const hours = (session.expiresAt.getTime() - session.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(getEnv().SESSION_MAX_HOURS, 1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(expect.any(Date));
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "auth.signIn", userId: user.id } })).toMatchObject({
      userEmail: user.email,
      role: "ADVISER",
      resourceType: "User",
      resourceId: user.id,
    });
  });

  it("opens a session that still waits for the second factor when the account has two-factor sign-in", async () => {
    const user = world.users.managerA;
    await db.user.update({ where: { id: user.id }, data: { totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: new Date() } });
    try {
      const result = await signInWithPassword(user.email, PASSWORD, freshContext());
      expect(result).toMatchObject({ ok: true, needsTwoFactor: true });
      if (!result.ok) return;
      expect((await db.signInSession.findUniqueOrThrow({ where: { id: result.signInSessionId } })).isTwoFactorVerified).toBe(false);
    } finally {
      await db.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null } });
    }
  });

  it("refuses a wrong password as 'invalid', counting it on the account and on the address, with no session", async () => {
    const user = world.users.a2;
    const context = freshContext();
    expect(await signInWithPassword(user.email, "fel lösenord", context)).toEqual({ ok: false, reason: "invalid" });
    expect(await sessionsOf(user)).toBe(0);
    expect((await throttleOf(`account:${user.email}`))?.failures).toBe(1);
    expect((await throttleOf(`ip:${context.ipAddress}`))?.failures).toBe(1);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "auth.signIn.failed", userId: user.id } })).toMatchObject({ reason: user.email, resourceId: user.id });
  });

  it("answers an unknown account exactly as a wrong password, and counts and audits it the same way", async () => {
    const email = `ingen-${run}@hemvag.test`;
    const context = freshContext();
    expect(await signInWithPassword(email, PASSWORD, context)).toEqual({ ok: false, reason: "invalid" });
    expect((await throttleOf(`account:${email}`))?.failures).toBe(1);
    expect((await throttleOf(`ip:${context.ipAddress}`))?.failures).toBe(1);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "auth.signIn.failed", reason: email } })).toMatchObject({ userId: null, userEmail: null, resourceId: null });
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = world.users.c2;
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    try {
      expect(await signInWithPassword(user.email, PASSWORD, freshContext())).toEqual({ ok: false, reason: "invalid" });
      expect(await sessionsOf(user)).toBe(0);
      expect((await throttleOf(`account:${user.email}`))?.failures).toBe(1);
    } finally {
      await db.user.update({ where: { id: user.id }, data: { isActive: true } });
    }
  });

  it("refuses an account that signs in only through single sign-on (no password)", async () => {
    const email = `sso-only-${run}@hemvag.test`;
    await db.user.create({ data: { email, name: "Endast Inloggningstjänst", role: "STAFF" } });
    expect(await signInWithPassword(email, PASSWORD, freshContext())).toEqual({ ok: false, reason: "invalid" });
    expect((await throttleOf(`account:${email}`))?.failures).toBe(1);
  });

  it("clears the account's failures on success, but not the address's", async () => {
    const user = world.users.b1;
    const context = freshContext();
    await signInWithPassword(user.email, "fel", context);
    await signInWithPassword(user.email, "fel igen", context);
    expect((await throttleOf(`account:${user.email}`))?.failures).toBe(2);
    expect(await signInWithPassword(user.email, PASSWORD, context)).toMatchObject({ ok: true });
    expect(await throttleOf(`account:${user.email}`)).toBeNull();
    expect((await throttleOf(`ip:${context.ipAddress}`))?.failures).toBe(2);
  });
});

describe("lockout", () => {
  it("slows each answer down from the third failure and locks the account at the fifth; then even the right password is refused", async () => {
    const email = `lockout-${run}@hemvag.test`;
    const user = await db.user.create({ data: { email, name: "Låst Användare", role: "ADVISER", passwordHash: await hashPassword(PASSWORD) } });
    const context = freshContext();
    const answers: Array<{ reason: string; ms: number }> = [];
    for (let attempt = 1; attempt <= THROTTLE.accountLockAfter; attempt++) {
      const started = Date.now();
      const result = await signInWithPassword(email, `fel ${attempt}`, context);
      answers.push({ reason: result.ok ? "ok" : result.reason, ms: Date.now() - started });
    }
    expect(answers.map((answer) => answer.reason)).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);
    expect(answers[2]!.ms).toBeGreaterThanOrEqual(delayFor(3) - 50);
    expect(answers[3]!.ms).toBeGreaterThanOrEqual(delayFor(4) - 50);
    expect(answers[4]!.ms).toBeGreaterThanOrEqual(delayFor(5) - 50);
    const row = await throttleOf(`account:${email}`);
    expect(row?.failures).toBe(THROTTLE.accountLockAfter);
    const lockMinutes = (row!.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(lockMinutes).toBeGreaterThan(THROTTLE.lockMinutes - 1);
    expect(lockMinutes).toBeLessThanOrEqual(THROTTLE.lockMinutes);

    const audits = await db.auditEvent.count({ where: { action: "auth.signIn.failed", userId: user.id } });
    expect(await signInWithPassword(email, PASSWORD, freshContext())).toEqual({ ok: false, reason: "locked" });
    expect(await db.signInSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "auth.signIn.locked", userId: user.id } })).toBe(1);
    // A refusal while locked neither checks the password nor counts as one more failure.
    expect(await db.auditEvent.count({ where: { action: "auth.signIn.failed", userId: user.id } })).toBe(audits);
    expect((await throttleOf(`account:${email}`))?.failures).toBe(THROTTLE.accountLockAfter);
  });

  it("lets the account in again once the lock has run out, and clears its counter", async () => {
    const user = world.users.c1;
    const key: ThrottleKey = `account:${user.email}`;
    await setFailures(key, THROTTLE.accountLockAfter, 5, new Date(Date.now() + 60_000));
    expect(await signInWithPassword(user.email, PASSWORD, freshContext())).toEqual({ ok: false, reason: "locked" });
    await db.signInThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await signInWithPassword(user.email, PASSWORD, freshContext())).toMatchObject({ ok: true, userId: user.id });
    expect(await throttleOf(key)).toBeNull();
  });

  it("locks an unknown account the same way as a real one", async () => {
    const email = `ingen-las-${run}@hemvag.test`;
    await setFailures(`account:${email}`, THROTTLE.accountLockAfter - 1);
    const context = freshContext();
    expect(await signInWithPassword(email, "fel", context)).toEqual({ ok: false, reason: "locked" });
    expect(await signInWithPassword(email, "fel", context)).toEqual({ ok: false, reason: "locked" });
    expect(await db.auditEvent.count({ where: { action: "auth.signIn.locked", reason: email } })).toBe(1);
  });

  it("locks a client address for every account", async () => {
    const context = freshContext();
    await setFailures(`ip:${context.ipAddress}`, THROTTLE.addressLockAfter, 2, new Date(Date.now() + 60_000));
    expect(await signInWithPassword(world.users.staff.email, PASSWORD, context)).toEqual({ ok: false, reason: "locked" });
    expect(await sessionsOf(world.users.staff)).toBe(0);
    expect(await signInWithPassword(world.users.staff.email, PASSWORD, freshContext())).toMatchObject({ ok: true });
  });

  // Issue 12 M3 (the owner let in from a usual address with the second factor; the real client address,
  // never a made-up X-Forwarded-For): lib/data/sign-in-throttle.db.test.ts and tests/e2e/sign-in-throttle.spec.ts.
});

describe("failure counters", () => {
  it("count one failure per key and answer the highest count", async () => {
    const account: ThrottleKey = `account:counter-${run}@hemvag.test`;
    const address: ThrottleKey = `ip:counter-${run}`;
    await setFailures(account, 2);
    expect(await countFailure([account, address])).toBe(3);
    expect((await throttleOf(account))?.failures).toBe(3);
    expect((await throttleOf(address))?.failures).toBe(1);
    expect(await isLocked([account, address])).toBe(false);
  });

  it("lose no failure when many instances count at once", async () => {
    const key: ThrottleKey = `ip:concurrent-${run}`;
    await Promise.all(Array.from({ length: 12 }, () => countFailure([key])));
    expect((await throttleOf(key))?.failures).toBe(12);
  });

  it("lock an account at five failures and an address only at thirty, for fifteen minutes", async () => {
    const account: ThrottleKey = `account:five-${run}@hemvag.test`;
    const address: ThrottleKey = `ip:thirty-${run}`;
    await setFailures(account, THROTTLE.accountLockAfter - 2);
    await setFailures(address, THROTTLE.accountLockAfter - 2);
    await countFailure([account, address]);
    expect(await isLocked([account])).toBe(false);
    await countFailure([account, address]);
    expect(await isLocked([account])).toBe(true);
    expect(await isLocked([address])).toBe(false);

    await setFailures(address, THROTTLE.addressLockAfter - 1);
    expect(await countFailure([address])).toBe(THROTTLE.addressLockAfter);
    expect(await isLocked([address])).toBe(true);
    const until = (await throttleOf(address))!.lockedUntil!.getTime();
    expect(until - Date.now()).toBeGreaterThan((THROTTLE.lockMinutes - 1) * 60_000);
  });

  it("start again from one when the last window has passed", async () => {
    const key: ThrottleKey = `account:window-${run}@hemvag.test`;
    await setFailures(key, THROTTLE.accountLockAfter - 1, THROTTLE.windowMinutes + 1);
    expect(await countFailure([key])).toBe(1);
    const row = await throttleOf(key);
    expect(Date.now() - row!.windowStart.getTime()).toBeLessThan(60_000);
    expect(row!.lockedUntil).toBeNull();
  });

  it("count a second-factor key like an account", async () => {
    const key: ThrottleKey = `totp:counter-${run}`;
    await setFailures(key, THROTTLE.accountLockAfter - 1);
    await countFailure([key]);
    expect(await isLocked([key])).toBe(true);
  });
});

describe("single sign-on", () => {
  it("signs in an existing active account by its e-mail, whatever its case and spaces, and audits it", async () => {
    const user = world.users.managerB;
    const context = freshContext();
    const result = await signInWithSingleSignOn(`  ${user.email.toUpperCase()} `, context);
    expect(result).toEqual({ ok: true, userId: user.id, signInSessionId: expect.any(String), needsTwoFactor: false });
    if (!result.ok) return;
    expect(await db.signInSession.findUniqueOrThrow({ where: { id: result.signInSessionId } })).toMatchObject({ userId: user.id, isTwoFactorVerified: true, ipAddress: context.ipAddress });
    expect(await db.auditEvent.count({ where: { action: "auth.signIn.sso", userId: user.id } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(expect.any(Date));
  });

  it("still asks for the second factor when the account has one", async () => {
    const email = `sso-totp-${run}@hemvag.test`;
    await db.user.create({ data: { email, name: "Med Tvåfaktor", role: "ADVISER", teamId: world.teams.a, totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: new Date() } });
    const result = await signInWithSingleSignOn(email, freshContext());
    expect(result).toMatchObject({ ok: true, needsTwoFactor: true });
    if (result.ok) expect((await db.signInSession.findUniqueOrThrow({ where: { id: result.signInSessionId } })).isTwoFactorVerified).toBe(false);
  });

  it("creates no account and opens no session for an unknown e-mail, a missing claim or a deactivated account, auditing each refusal", async () => {
    const unknown = `sso-okand-${run}@hemvag.test`;
    expect(await signInWithSingleSignOn(unknown, freshContext())).toEqual({ ok: false, reason: "invalid" });
    expect(await db.user.count({ where: { email: unknown } })).toBe(0);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sso.refused", reason: unknown } })).toMatchObject({ userId: null });

    const before = await db.auditEvent.count({ where: { action: "auth.sso.refused", reason: "(no e-mail claim)" } });
    expect(await signInWithSingleSignOn("   ", freshContext())).toEqual({ ok: false, reason: "invalid" });
    expect(await db.auditEvent.count({ where: { action: "auth.sso.refused", reason: "(no e-mail claim)" } })).toBe(before + 1);

    const email = `sso-avstangd-${run}@hemvag.test`;
    const user = await db.user.create({ data: { email, name: "Avstängd", role: "STAFF", isActive: false } });
    expect(await signInWithSingleSignOn(email, freshContext())).toEqual({ ok: false, reason: "invalid" });
    expect(await db.signInSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sso.refused", userId: user.id } })).toMatchObject({ reason: email });
  });
});

// Security finding M3, in the data layer against a real Postgres: the sign-in
// throttle slows down per account and address, locks an address that sprays
// many accounts, and locks an account for everyone but its owner at a usual
// address (who must still pass the second factor). The rest of the throttle
// (counters, windows, lock times) is in sign-in.db.test.ts.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";
import { THROTTLE, signInWithPassword } from "@/lib/data/sign-in";
import { createSignInSession } from "@/lib/data/sign-in-sessions";

const db = getDb();
const PASSWORD = "Rätt-lösenord-2026";

async function newUser(opts: { hasTwoFactor: boolean }) {
  const email = `throttle-${crypto.randomBytes(5).toString("hex")}@hemvag.test`;
  return db.user.create({
    data: {
      email,
      name: "Testkonto",
      role: "STAFF",
      passwordHash: await hashPassword(PASSWORD),
      ...(opts.hasTwoFactor ? { totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: new Date() } : {}),
    },
    select: { id: true, email: true },
  });
}

const from = (ipAddress: string) => ({ ipAddress, userAgent: "sign-in-throttle.db.test" });
const address = (n: number) => `198.51.100.${n}`;

/**
 * A user with a usual address (a completed sign-in from it), whose account
 * is then locked by wrong passwords from as many other addresses, the first `firstOther`.
 */
async function lockedWithUsualAddress(opts: { hasTwoFactor: boolean }, usual: string, firstOther: number) {
  const user = await newUser(opts);
  await createSignInSession(db, user.id, from(usual), true);
  for (let attempt = 0; attempt < THROTTLE.accountLockAfter; attempt += 1) {
    await signInWithPassword(user.email, "wrong", from(address(firstOther + attempt)));
  }
  return user;
}

describe("sign-in throttle", () => {
  it("slows down per account and address: failures from one address slow no other address down", async () => {
    const user = await newUser({ hasTwoFactor: false });
    const started = Date.now();
    for (let attempt = 0; attempt < THROTTLE.slowDownAfter; attempt += 1) {
      expect(await signInWithPassword(user.email, "wrong", from(address(1)))).toEqual({ ok: false, reason: "invalid" });
    }
    // The third failure from that address waited a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const elsewhere = Date.now();
    expect(await signInWithPassword(user.email, "wrong", from(address(2)))).toEqual({ ok: false, reason: "invalid" });
    expect(Date.now() - elsewhere).toBeLessThan(900);
    expect(await signInWithPassword(user.email, PASSWORD, from(address(2)))).toMatchObject({ ok: true });
  });

  it("locks an address that tries many accounts, and only that address", async () => {
    const sprayer = address(3);
    for (let attempt = 0; attempt < THROTTLE.addressLockAfter; attempt += 1) {
      await signInWithPassword(`nobody-${attempt}-${crypto.randomBytes(3).toString("hex")}@hemvag.test`, "wrong", from(sprayer));
    }
    const user = await newUser({ hasTwoFactor: false });
    expect(await signInWithPassword(user.email, PASSWORD, from(sprayer))).toEqual({ ok: false, reason: "locked" });
    expect(await signInWithPassword(user.email, PASSWORD, from(address(4)))).toMatchObject({ ok: true });
  });

  it("locks an account guessed at from many addresses, but lets its owner in from a usual address to the second factor", async () => {
    const usual = address(10);
    const owner = await lockedWithUsualAddress({ hasTwoFactor: true }, usual, 100);
    // From an address the owner never completed a sign-in from: locked, even with the right password.
    expect(await signInWithPassword(owner.email, PASSWORD, from(address(11)))).toEqual({ ok: false, reason: "locked" });
    // From the usual address: in, with the second factor still to pass.
    expect(await signInWithPassword(owner.email, PASSWORD, from(usual))).toMatchObject({ ok: true, needsTwoFactor: true });
    // Letting the owner through does not unlock the account for anyone else.
    expect(await signInWithPassword(owner.email, PASSWORD, from(address(12)))).toEqual({ ok: false, reason: "locked" });
    // A wrong password from the usual address is refused like any other while the account is locked.
    expect(await signInWithPassword(owner.email, "wrong", from(usual))).toEqual({ ok: false, reason: "locked" });
  });

  it("does not treat a usual address as enough without a second factor", async () => {
    const usual = address(20);
    const user = await lockedWithUsualAddress({ hasTwoFactor: false }, usual, 120);
    expect(await signInWithPassword(user.email, PASSWORD, from(usual))).toEqual({ ok: false, reason: "locked" });
  });
});

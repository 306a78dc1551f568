import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { burnPasswordCheck, verifyPassword } from "@/lib/passwords";
import type { RequestContext } from "@/lib/request-context";
import { createSession } from "@/lib/data/sessions";

/**
 * Throttling of failed sign-ins, per account and per client address. The
 * counters live in Postgres so that every app instance shares them.
 */
export const THROTTLE = {
  windowMinutes: 15,
  /** From this many failures on a key, each answer is delayed (seconds double up to maxDelaySeconds). */
  slowDownAfter: 3,
  maxDelaySeconds: 8,
  accountLockAfter: 5,
  addressLockAfter: 30,
  lockMinutes: 15,
} as const;

export type SignInResult =
  | { ok: true; userId: string; sessionId: string; needsTwoFactor: boolean }
  | { ok: false; reason: "invalid" | "locked" };

/** Failures are counted per account, per client address, and per account for the second factor. */
export type ThrottleKey = `account:${string}` | `ip:${string}` | `totp:${string}`;

function throttleKeys(email: string, context: RequestContext): ThrottleKey[] {
  return [`account:${email}`, `ip:${context.ipAddress ?? "unknown"}`];
}

export async function isLocked(keys: ThrottleKey[]): Promise<boolean> {
  const locked = await getDb().signInThrottle.count({
    where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
  });
  return locked > 0;
}

/** Counts one failure on each key (row-locked upsert) and returns the highest count. */
export async function countFailure(keys: ThrottleKey[]): Promise<number> {
  const windowStart = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const lockUntil = new Date(Date.now() + THROTTLE.lockMinutes * 60_000);
  let highest = 0;
  for (const key of keys) {
    const limit = key.startsWith("ip:") ? THROTTLE.addressLockAfter : THROTTLE.accountLockAfter;
    // One statement so two instances counting at once cannot lose an increment.
    const [row] = await getDb().$queryRaw<{ failures: number }[]>`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "updatedAt")
      VALUES (${key}, 1, now(), now())
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN now() ELSE "SignInThrottle"."windowStart" END,
        "updatedAt" = now()
      RETURNING "failures"`;
    const failures = row?.failures ?? 1;
    if (failures >= limit) {
      await getDb().signInThrottle.update({ where: { key }, data: { lockedUntil: lockUntil } });
    }
    highest = Math.max(highest, failures);
  }
  return highest;
}

export function delayFor(failures: number): number {
  if (failures < THROTTLE.slowDownAfter) return 0;
  return Math.min(2 ** (failures - THROTTLE.slowDownAfter), THROTTLE.maxDelaySeconds) * 1000;
}

/**
 * Checks e-mail and password. The answer never tells whether the account
 * exists: unknown accounts cost the same hashing time, count failures and lock
 * the same way.
 */
export async function signInWithPassword(email: string, password: string, context: RequestContext): Promise<SignInResult> {
  const keys = throttleKeys(email, context);
  const db = getDb();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, isActive: true, passwordHash: true, totpEnabledAt: true },
  });
  const actor = user ? { id: user.id, email: user.email, role: user.role } : null;

  if (await isLocked(keys)) {
    await recordAudit(db, actor, { action: "auth.signIn.locked", resourceType: "User", resourceId: user?.id, reason: email });
    return { ok: false, reason: "locked" };
  }

  const isValid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !isValid || !user.isActive) {
    const failures = await countFailure(keys);
    await recordAudit(db, actor, { action: "auth.signIn.failed", resourceType: "User", resourceId: user?.id, reason: email });
    const delay = delayFor(failures);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return { ok: false, reason: (await isLocked(keys)) ? "locked" : "invalid" };
  }

  const needsTwoFactor = user.totpEnabledAt !== null;
  const session = await db.$transaction(async (tx) => {
    await tx.signInThrottle.deleteMany({ where: { key: keys[0] } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
    await recordAudit(tx, actor, { action: "auth.signIn", resourceType: "User", resourceId: user.id });
    return createSession(tx, user.id, context, !needsTwoFactor);
  });
  return { ok: true, userId: user.id, sessionId: session.id, needsTwoFactor };
}

/**
 * Single sign-on: the identity provider vouched for the e-mail address; the
 * account must already exist and be active (no self-registration).
 */
export async function signInWithSingleSignOn(email: string, context: RequestContext): Promise<SignInResult> {
  const db = getDb();
  const normalized = email.trim().toLowerCase();
  const user = normalized
    ? await db.user.findUnique({ where: { email: normalized }, select: { id: true, email: true, role: true, isActive: true, totpEnabledAt: true } })
    : null;
  if (!user || !user.isActive) {
    await recordAudit(db, user ? { id: user.id, email: user.email, role: user.role } : null, {
      action: "auth.sso.refused",
      resourceType: "User",
      resourceId: user?.id,
      reason: normalized || "(no e-mail claim)",
    });
    return { ok: false, reason: "invalid" };
  }
  const needsTwoFactor = user.totpEnabledAt !== null;
  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
    await recordAudit(tx, { id: user.id, email: user.email, role: user.role }, { action: "auth.signIn.sso", resourceType: "User", resourceId: user.id });
    return createSession(tx, user.id, context, !needsTwoFactor);
  });
  return { ok: true, userId: user.id, sessionId: session.id, needsTwoFactor };
}

import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { getMetrics } from "@/lib/metrics";
import { burnPasswordCheck, verifyPassword } from "@/lib/passwords";
import type { RequestContext } from "@/lib/request-context";
import { createSignInSession } from "@/lib/data/sign-in-sessions";

/**
 * Throttling of failed sign-ins. The counters live in Postgres so that every
 * app instance shares them. Three counters, so that an attacker can neither
 * guess freely nor lock a named person out:
 * - per account and client address: slows down (doubling delays), then locks
 *   that account from that address. The delay counts only that address's
 *   failures, so an attacker elsewhere slows nobody else down;
 * - per client address, over all accounts: locks the address (password spraying);
 * - per account, over all addresses: locks the account. Its owner still gets
 *   in from a usual address (one they completed a two-factor sign-in from
 *   before) with the right password, and must then pass the second factor, so
 *   an attacker cannot lock a named person out.
 * The client address is the connection's, or what a trusted proxy says
 * (lib/client-address.ts): a made-up X-Forwarded-For changes nothing.
 */
export const THROTTLE = {
  windowMinutes: 15,
  /** From this many failures of one account from one address, each answer is delayed (seconds double up to maxDelaySeconds). */
  slowDownAfter: 3,
  maxDelaySeconds: 8,
  pairLockAfter: 5,
  accountLockAfter: 5,
  addressLockAfter: 30,
  lockMinutes: 15,
  /** An address the user completed a two-factor sign-in from within this many days is a usual one. */
  usualAddressDays: 90,
} as const;

export type SignInResult =
  | { ok: true; userId: string; signInSessionId: string; needsTwoFactor: boolean }
  | { ok: false; reason: "invalid" | "locked" };

/** Failures are counted per account+address, per address, per account, and per account for the second factor. */
export type ThrottleKey = `pair:${string}` | `account:${string}` | `ip:${string}` | `totp:${string}`;

function throttleKeys(email: string, context: RequestContext) {
  const address = context.ipAddress ?? "unknown";
  return { pair: `pair:${email}|${address}`, address: `ip:${address}`, account: `account:${email}` } as const satisfies Record<string, ThrottleKey>;
}

function lockLimit(key: ThrottleKey): number {
  if (key.startsWith("ip:")) return THROTTLE.addressLockAfter;
  if (key.startsWith("account:")) return THROTTLE.accountLockAfter;
  return THROTTLE.pairLockAfter;
}

/** The keys among these that are locked now. */
export async function lockedKeys(keys: ThrottleKey[]): Promise<Set<string>> {
  const rows = await getDb().signInThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
    select: { key: true },
  });
  return new Set(rows.map((row) => row.key));
}

export async function isLocked(keys: ThrottleKey[]): Promise<boolean> {
  return (await lockedKeys(keys)).size > 0;
}

/** Counts one failure on each key and returns the highest count. */
export async function countFailure(keys: ThrottleKey[]): Promise<number> {
  return Math.max(0, ...(await countFailures(keys)).values());
}

/** Counts one failure on each key (row-locked upsert) and returns each key's count. */
async function countFailures(keys: ThrottleKey[]): Promise<Map<ThrottleKey, number>> {
  const windowStart = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const lockUntil = new Date(Date.now() + THROTTLE.lockMinutes * 60_000);
  const counts = new Map<ThrottleKey, number>();
  for (const key of keys) {
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
    if (failures >= lockLimit(key)) {
      await getDb().signInThrottle.update({ where: { key }, data: { lockedUntil: lockUntil } });
    }
    counts.set(key, failures);
  }
  return counts;
}

export function delayFor(failures: number): number {
  if (failures < THROTTLE.slowDownAfter) return 0;
  return Math.min(2 ** (failures - THROTTLE.slowDownAfter), THROTTLE.maxDelaySeconds) * 1000;
}

/** Whether the user completed a two-factor sign-in from this address lately. */
async function isUsualAddress(userId: string, address: string | null): Promise<boolean> {
  if (!address) return false;
  const since = new Date(Date.now() - THROTTLE.usualAddressDays * 24 * 3600_000);
  const found = await getDb().signInSession.findFirst({
    where: { userId, ipAddress: address, isTwoFactorVerified: true, createdAt: { gte: since } },
    select: { id: true },
  });
  return found !== null;
}

/**
 * Checks e-mail and password. The answer never tells whether the account
 * exists: unknown accounts cost the same hashing time, count failures and lock
 * the same way.
 */
export async function signInWithPassword(email: string, password: string, context: RequestContext): Promise<SignInResult> {
  const keys = throttleKeys(email, context);
  const db = getDb();
  const metrics = getMetrics();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, isActive: true, passwordHash: true, totpEnabledAt: true },
  });
  const actor = user ? { id: user.id, email: user.email, role: user.role } : null;
  const refuseAsLocked = async (): Promise<SignInResult> => {
    metrics.signInFailures.inc({ reason: "locked" });
    await recordAudit(db, actor, { action: "auth.signIn.locked", resourceType: "User", resourceId: user?.id, reason: email });
    return { ok: false, reason: "locked" };
  };

  const locked = await lockedKeys([keys.pair, keys.address, keys.account]);
  if (locked.has(keys.pair) || locked.has(keys.address)) return refuseAsLocked();
  // A locked account lets only its owner through: a usual address, then the right password, then the second factor.
  // Anyone else is refused before the password is even checked, and nothing more is counted.
  const needsTwoFactor = user?.totpEnabledAt != null;
  const isOwnerBypass = locked.has(keys.account);
  if (isOwnerBypass && !(user && needsTwoFactor && (await isUsualAddress(user.id, context.ipAddress)))) return refuseAsLocked();

  const isValid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !isValid || !user.isActive) {
    const counts = await countFailures([keys.pair, keys.address, keys.account]);
    metrics.signInFailures.inc({ reason: "invalid" });
    await recordAudit(db, actor, { action: "auth.signIn.failed", resourceType: "User", resourceId: user?.id, reason: email });
    // Slowed per account and address: an attacker elsewhere slows nobody else down.
    const delay = delayFor(counts.get(keys.pair) ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return { ok: false, reason: (await isLocked([keys.pair, keys.address, keys.account])) ? "locked" : "invalid" };
  }

  const session = await db.$transaction(async (tx) => {
    // A sign-in clears the counters of this account; a lock stays until it runs out when only its owner was let through.
    await tx.signInThrottle.deleteMany({ where: { key: { in: isOwnerBypass ? [keys.pair] : [keys.pair, keys.account] } } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
    await recordAudit(tx, actor, { action: "auth.signIn", resourceType: "User", resourceId: user.id });
    return createSignInSession(tx, user.id, context, !needsTwoFactor);
  });
  return { ok: true, userId: user.id, signInSessionId: session.id, needsTwoFactor };
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
    return createSignInSession(tx, user.id, context, !needsTwoFactor);
  });
  return { ok: true, userId: user.id, signInSessionId: session.id, needsTwoFactor };
}

import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { User } from "@/lib/generated/prisma/client";
import type { Locale, Role } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditActor } from "@/lib/audit";
import type { RequestContext } from "@/lib/request-context";

/** Who is signed in, as their User row says, and where their sign-in stands. */
export type SignedInUser = Pick<User, "id" | "email" | "name" | "role" | "teamId" | "locale"> & {
  signInSessionId: string;
  isTwoFactorVerified: boolean;
  hasTwoFactor: boolean;
  mustChangePassword: boolean;
};

/** Writing lastSeenAt on every request would double the database load; a minute's slack is harmless. */
const TOUCH_INTERVAL_MS = 60_000;

type SignInSessionWriter = Pick<ReturnType<typeof getDb>, "signInSession">;

/** Inside the sign-in transaction, so the audit event and the session commit together. */
export async function createSignInSession(tx: SignInSessionWriter, userId: string, context: RequestContext, isTwoFactorVerified: boolean) {
  const env = getEnv();
  return tx.signInSession.create({
    data: {
      userId,
      expiresAt: new Date(Date.now() + env.SESSION_MAX_HOURS * 3_600_000),
      isTwoFactorVerified,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
    },
    select: { id: true },
  });
}

/**
 * The signed-in user behind a session id, or null when the session is
 * revoked, expired (absolute or idle) or the account is deactivated. Called on
 * every request, so revocation takes effect on the very next one.
 */
export async function loadSignedInUser(signInSessionId: string): Promise<SignedInUser | null> {
  const env = getEnv();
  // One statement with its join: this runs before every page and action, and Prisma
  // would fetch the session and its user in two round trips.
  const [session] = await getDb().$queryRaw<SessionRow[]>`
    SELECT s.id, s."expiresAt", s."lastSeenAt", s."revokedAt", s."isTwoFactorVerified",
           u.id AS "userId", u.email, u.name, u.role::text AS role, u."teamId", u.locale::text AS locale,
           u."isActive", u."totpEnabledAt", u."mustChangePassword"
    FROM "SignInSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${signInSessionId}`;
  if (!session || session.revokedAt || !session.isActive) return null;
  const now = Date.now();
  const idleLimit = session.lastSeenAt.getTime() + env.SESSION_IDLE_MINUTES * 60_000;
  if (session.expiresAt.getTime() <= now || idleLimit <= now) return null;

  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await getDb().signInSession.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) }, select: { id: true } });
  }
  return {
    id: session.userId,
    email: session.email,
    name: session.name,
    role: session.role,
    teamId: session.teamId,
    locale: session.locale,
    signInSessionId: session.id,
    isTwoFactorVerified: session.isTwoFactorVerified,
    hasTwoFactor: session.totpEnabledAt !== null,
    mustChangePassword: session.mustChangePassword,
  };
}

type SessionRow = {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  isTwoFactorVerified: boolean;
  userId: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  locale: Locale;
  isActive: boolean;
  totpEnabledAt: Date | null;
  mustChangePassword: boolean;
};

/** Which sign-in sessions to end: one, or every one of a user's (but perhaps the one in use). */
export type SignInSessionsToEnd = { signInSessionId: string } | { userId: string; exceptSignInSessionId?: string };

/**
 * Ends sign-in sessions: the one place that does. An ended session reads as
 * signed out on its next request, on every instance. Runs in the caller's
 * transaction beside the caller's own audit row; returns how many it ended.
 */
export async function endSignInSessions(tx: SignInSessionWriter, which: SignInSessionsToEnd, reason: string): Promise<number> {
  const where =
    "signInSessionId" in which
      ? { id: which.signInSessionId }
      : { userId: which.userId, ...(which.exceptSignInSessionId ? { id: { not: which.exceptSignInSessionId } } : {}) };
  const { count } = await tx.signInSession.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
  return count;
}

/**
 * Signing out through Auth.js' own route (/api/auth/signout), where the token
 * is all there is: ends the session it names, audited as its owner, so that
 * every way of signing out ends the session on the server (issue 12 L1).
 */
export async function endSignedOutSession(signInSessionId: string): Promise<boolean> {
  const row = await getDb().signInSession.findUnique({ where: { id: signInSessionId }, select: { user: { select: { id: true, email: true, role: true } } } });
  if (!row) return false;
  return revokeSignInSession(signInSessionId, row.user, "signed out");
}

/** Ends one session with its own audit row (signing out, an administrator's revocation); false when it had already ended. */
export async function revokeSignInSession(signInSessionId: string, actor: AuditActor, reason: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const count = await endSignInSessions(tx, { signInSessionId }, reason);
    if (count > 0) await recordAudit(tx, actor, { action: "signInSession.revoke", resourceType: "SignInSession", resourceId: signInSessionId, reason });
    return count > 0;
  });
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";

// Which cases a user may see: the record scope, defined once (scopeTerms) and
// rendered twice — as a Prisma `where` for ordinary queries and as an SQL
// condition for the few written in SQL (search, duplicates). A case outside
// it reads as missing. lib/data/scope.db.test.ts checks that both renderings
// select exactly the same cases for every role.
//
// Advisers: their own cases, their team's when the team shares cases, and
// any case opened by emergency access that has not yet expired. Managers:
// their team's cases. Staff, administrators and log reviewers: none.
//
// A case marked as protected (skyddade personuppgifter, issue 13) is narrower:
// its adviser, the managers of its team and the users a manager has named for
// it (ProtectedCaseAccess) — the team's sharing and emergency grants do not
// reach it; a named user needs no grant.

export type ScopeOptions = {
  /** The moment emergency grants are judged against; now by default. */
  now?: Date;
  /**
   * Whether an unexpired emergency grant counts. It gives a look at the case,
   * nothing more: an action that widens anyone's access (reassignment, for
   * one) asks for the scope without it.
   */
  withEmergencyGrants?: boolean;
};

/** The scope as plain terms; each present term adds the cases it names. */
type ScopeTerms = {
  adviserId?: string;
  /** The team whose cases are shared with its advisers. */
  sharedTeamId?: string;
  teamId?: string;
  emergencyGrantsOf?: { userId: string; now: Date };
  /** The user named for protected cases (ProtectedCaseAccess). */
  namedForProtected?: string;
};

function scopeTerms(user: SignedInUser, { now = new Date(), withEmergencyGrants = true }: ScopeOptions): ScopeTerms {
  switch (user.role) {
    case "ADVISER":
      return {
        adviserId: user.id,
        sharedTeamId: user.teamId ?? undefined,
        emergencyGrantsOf: withEmergencyGrants ? { userId: user.id, now } : undefined,
        namedForProtected: user.id,
      };
    case "MANAGER":
      return { teamId: user.teamId ?? undefined, namedForProtected: user.id };
    case "STAFF":
    case "ADMIN":
    case "LOG_REVIEWER":
      return {};
  }
}

/** Matches no row. */
const NOTHING = { id: { in: [] as string[] } } satisfies Prisma.CaseWhereInput;

/** The scope as a Prisma `where` on Case, merged into every case query. */
export function caseScope(user: SignedInUser, options: ScopeOptions = {}): Prisma.CaseWhereInput {
  const terms = scopeTerms(user, options);
  const any: Prisma.CaseWhereInput[] = [];
  if (terms.adviserId) any.push({ adviserId: terms.adviserId });
  if (terms.sharedTeamId) any.push({ teamId: terms.sharedTeamId, team: { shareCasesWithinTeam: true }, protectedIdentity: null });
  if (terms.teamId) any.push({ teamId: terms.teamId });
  if (terms.emergencyGrantsOf) {
    const { userId, now } = terms.emergencyGrantsOf;
    any.push({ emergencyAccesses: { some: { userId, expiresAt: { gt: now } } }, protectedIdentity: null });
  }
  if (terms.namedForProtected) any.push({ protectedIdentity: { not: null }, protectedAccess: { some: { userId: terms.namedForProtected } } });
  return any.length === 0 ? NOTHING : { OR: any };
}

/** Records that hang off a case (sessions, referrals, documents…) are in scope when their case is. */
export function viaCase(user: SignedInUser, options?: ScopeOptions) {
  return { case: caseScope(user, options) };
}

/**
 * A point in time as an SQL parameter. Prisma keeps DateTime as UTC in
 * columns without a time zone; an ISO string converted here compares
 * correctly whatever the session's or the client process's time zone.
 */
export function utcParameter(date: Date): Prisma.Sql {
  return Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** The same scope as an SQL condition on a "Case" row aliased `c`. */
export function caseScopeSql(user: SignedInUser, options: ScopeOptions = {}): Prisma.Sql {
  const terms = scopeTerms(user, options);
  const any: Prisma.Sql[] = [];
  if (terms.adviserId) any.push(Prisma.sql`c."adviserId" = ${terms.adviserId}`);
  if (terms.sharedTeamId) {
    any.push(
      Prisma.sql`(c."teamId" = ${terms.sharedTeamId} AND c."protectedIdentity" IS NULL AND EXISTS (SELECT 1 FROM "Team" st WHERE st.id = ${terms.sharedTeamId} AND st."shareCasesWithinTeam"))`,
    );
  }
  if (terms.teamId) any.push(Prisma.sql`c."teamId" = ${terms.teamId}`);
  if (terms.emergencyGrantsOf) {
    const { userId, now } = terms.emergencyGrantsOf;
    any.push(
      Prisma.sql`(c."protectedIdentity" IS NULL AND c.id IN (SELECT ea."caseId" FROM "EmergencyAccess" ea WHERE ea."userId" = ${userId} AND ea."expiresAt" > ${utcParameter(now)}))`,
    );
  }
  if (terms.namedForProtected) {
    any.push(
      Prisma.sql`(c."protectedIdentity" IS NOT NULL AND c.id IN (SELECT pa."caseId" FROM "ProtectedCaseAccess" pa WHERE pa."userId" = ${terms.namedForProtected}))`,
    );
  }
  return any.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${Prisma.join(any, " OR ")})`;
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/data/sessions";

/** Matches no row: the scope of roles that never see case data. */
const NOTHING = { id: { in: [] as string[] } } satisfies Prisma.CaseWhereInput;

/**
 * Which cases a user may see, merged into every case query's `where`. A case
 * outside it reads as missing. Advisers: their own cases, their team's when
 * the team shares cases, and any case they opened by emergency access that
 * has not yet expired. Managers: their team's cases. Staff and
 * administrators: none.
 */
export function caseScope(user: SessionUser, now: Date = new Date()): Prisma.CaseWhereInput {
  switch (user.role) {
    case "ADVISER":
      return {
        OR: [
          { adviserId: user.id },
          ...(user.teamId ? [{ teamId: user.teamId, team: { shareCasesWithinTeam: true } }] : []),
          { emergencyAccesses: { some: { userId: user.id, expiresAt: { gt: now } } } },
        ],
      };
    case "MANAGER":
      return user.teamId ? { teamId: user.teamId } : NOTHING;
    case "STAFF":
    case "ADMIN":
      return NOTHING;
  }
}

/** Records that hang off a case (sessions, referrals, documents…) are in scope when their case is. */
export function viaCase(user: SessionUser, now?: Date) {
  return { case: caseScope(user, now) };
}

import "server-only";
import { getDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { findCaseInScope, WRITE_SCOPE } from "@/lib/data/casework-scope";
import { viaCase } from "@/lib/data/scope";
import { recordDenial } from "@/lib/data/denials";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import type { ProtectedIdentityKind } from "@/lib/vocabularies/protected-identity";
import type { MarkProtectedForm, NameProtectedAccessForm, ReasonForm } from "@/lib/schemas/protected-identity";

// Protected personal data on a case (skyddade personuppgifter, issue 13 part 1).
// A case is protected while `protectedIdentity` is set. While it is:
// - the record scope narrows to its adviser, the team's managers and the users
//   a manager names here (lib/data/scope.ts);
// - address, phone and e-mail are hidden on every page and shown only through
//   revealContact, which states a reason and is audited per reveal;
// - letters and prints warn first and leave the address out;
// - the duplicate check at intake says only "contact your manager";
// - the case's access history lists every read, one row each.
// Marking, unmarking and naming are audited with their reason in the same
// transaction as the change.

/** The fields that say whether, and how, a case is protected. */
export type ProtectionFields = { protectedIdentity: ProtectedIdentityKind | null };

export function isProtected(kase: ProtectionFields): boolean {
  return kase.protectedIdentity !== null;
}

/** What a page needs to show the banner. */
/** The same condition in SQL, for queries over many cases (the exports' warning); `k` is the "Case" row. */
export const PROTECTED_CASE_SQL = Prisma.sql`k."protectedIdentity" IS NOT NULL`;

/** How many of the cases `casesSql` lists (a query returning an `id` column) are protected. */
export async function countProtected(db: Db, casesSql: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${casesSql}) x JOIN "Case" k ON k.id = x.id WHERE ${PROTECTED_CASE_SQL}`;
  return Number(row?.n ?? 0);
}

export const PROTECTION_SELECT = {
  protectedIdentity: true,
  protectedIdentityReason: true,
  protectedIdentityMarkedAt: true,
} as const;

export type Protection = { kind: ProtectedIdentityKind; reason: string | null; markedAt: Date | null } | null;

export function protectionOf(row: { protectedIdentity: ProtectedIdentityKind | null; protectedIdentityReason: string | null; protectedIdentityMarkedAt: Date | null }): Protection {
  return row.protectedIdentity ? { kind: row.protectedIdentity, reason: row.protectedIdentityReason, markedAt: row.protectedIdentityMarkedAt } : null;
}

/** The contact details a protected case hides until revealed. */
export type ContactDetails = { phone: string | null; email: string | null; address: string | null };

/** A case's fields with the contact details hidden when it is protected. */
export function withContactHidden<F extends ContactDetails>(fields: F, protection: Protection): F {
  return protection ? { ...fields, phone: null, email: null, address: null } : fields;
}

// ──────────────────────────── Marking ────────────────────────────

export type ProtectionResult = { ok: true } | { ok: false; error: "notFound" | "alreadyMarked" | "notMarked" | "userNotInTeam" | "alreadyNamed" | "notNamed" };

/** The case if this user may mark it: its adviser (or a team adviser who may write it), or a manager of its team. */
async function caseToProtect(tx: Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0], user: SignedInUser, caseId: string) {
  const found = await findCaseInScope(tx, user, caseId, { select: { id: true, teamId: true, ...PROTECTION_SELECT }, ...WRITE_SCOPE });
  if (!found) await recordDenial(user, { action: "write.refused", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
  return found;
}

/** Marks the person as having protected personal data, with the kind and the reason. */
export async function markProtected(caseId: string, input: MarkProtectedForm): Promise<ProtectionResult> {
  const user = await authorize("case.protect");
  return getDb().$transaction(async (tx) => {
    const found = await caseToProtect(tx, user, caseId);
    if (!found) return { ok: false, error: "notFound" } as const;
    if (found.protectedIdentity === input.kind) return { ok: false, error: "alreadyMarked" } as const;
    const now = new Date();
    await tx.case.update({
      where: { id: caseId },
      data: { protectedIdentity: input.kind, protectedIdentityReason: input.reason, protectedIdentityMarkedAt: now, protectedIdentityMarkedById: user.id, version: { increment: 1 } },
    });
    await recordCaseAudit(tx, user, caseId, {
      action: "case.protection.mark",
      changes: { protectedIdentity: [found.protectedIdentity, input.kind] },
      reason: input.reason,
    });
    return { ok: true } as const;
  });
}

/** Lifts the mark (the person's protection has ended), with the reason; the named users lose their access. */
export async function unmarkProtected(caseId: string, input: ReasonForm): Promise<ProtectionResult> {
  const user = await authorize("case.protect");
  return getDb().$transaction(async (tx) => {
    const found = await caseToProtect(tx, user, caseId);
    if (!found) return { ok: false, error: "notFound" } as const;
    if (!found.protectedIdentity) return { ok: false, error: "notMarked" } as const;
    await tx.case.update({
      where: { id: caseId },
      data: { protectedIdentity: null, protectedIdentityReason: null, protectedIdentityMarkedAt: null, protectedIdentityMarkedById: null, version: { increment: 1 } },
    });
    const { count } = await tx.protectedCaseAccess.deleteMany({ where: { caseId } });
    await recordCaseAudit(tx, user, caseId, {
      action: "case.protection.unmark",
      changes: { protectedIdentity: [found.protectedIdentity, null], namedUsers: [count, 0] },
      reason: input.reason,
    });
    return { ok: true } as const;
  });
}

// ──────────────────────── Staff a manager names ────────────────────────

/** Who may see a protected case beyond its adviser and managers, and whom the manager could name (the team's advisers). */
export async function listProtectedAccess(caseId: string) {
  const user = await authorize("case.protectedAccess.manage");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: { id: true, teamId: true, adviserId: true, protectedIdentity: true } });
  if (!found?.protectedIdentity) return null;
  const [named, team] = await Promise.all([
    db.protectedCaseAccess.findMany({ where: { caseId }, select: { userId: true, reason: true, createdAt: true, user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } }),
    db.user.findMany({ where: { teamId: found.teamId, role: "ADVISER", isActive: true, ...(found.adviserId ? { id: { not: found.adviserId } } : {}) }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const namedIds = new Set(named.map((row) => row.userId));
  return { named, candidates: team.filter((candidate) => !namedIds.has(candidate.id)) };
}

/** A manager names an adviser of the case's team to see the protected case, with the reason. */
export async function nameProtectedAccess(caseId: string, input: NameProtectedAccessForm): Promise<ProtectionResult> {
  const user = await authorize("case.protectedAccess.manage");
  return getDb().$transaction(async (tx) => {
    const found = await findCaseInScope(tx, user, caseId, { select: { id: true, teamId: true, protectedIdentity: true } });
    if (!found) {
      await recordDenial(user, { action: "write.refused", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
      return { ok: false, error: "notFound" } as const;
    }
    if (!found.protectedIdentity) return { ok: false, error: "notMarked" } as const;
    const target = await tx.user.findFirst({ where: { id: input.userId, teamId: found.teamId, role: "ADVISER", isActive: true }, select: { id: true } });
    if (!target) return { ok: false, error: "userNotInTeam" } as const;
    const existing = await tx.protectedCaseAccess.findUnique({ where: { caseId_userId: { caseId, userId: target.id } }, select: { id: true } });
    if (existing) return { ok: false, error: "alreadyNamed" } as const;
    await tx.protectedCaseAccess.create({ data: { caseId, userId: target.id, namedById: user.id, reason: input.reason } });
    await recordAudit(tx, auditActor(user), { action: "case.protection.name", resourceType: "User", resourceId: target.id, caseId, reason: input.reason });
    return { ok: true } as const;
  });
}

/** A manager withdraws a named user's access to the protected case. */
export async function removeProtectedAccess(caseId: string, userId: string): Promise<ProtectionResult> {
  const user = await authorize("case.protectedAccess.manage");
  return getDb().$transaction(async (tx) => {
    const found = await findCaseInScope(tx, user, caseId, { select: { id: true } });
    if (!found) {
      await recordDenial(user, { action: "write.refused", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
      return { ok: false, error: "notFound" } as const;
    }
    const { count } = await tx.protectedCaseAccess.deleteMany({ where: { caseId, userId } });
    if (count === 0) return { ok: false, error: "notNamed" } as const;
    await recordAudit(tx, auditActor(user), { action: "case.protection.unname", resourceType: "User", resourceId: userId, caseId });
    return { ok: true } as const;
  });
}

// ──────────────────────────── Revealing ────────────────────────────

export type RevealResult = { ok: true; contact: ContactDetails } | { ok: false; error: "notFound" };

/**
 * The hidden contact details of a protected case, for one look: each reveal
 * states a reason and is its own audit row ("case.contact.reveal"), written
 * before the details are returned.
 */
export async function revealContact(caseId: string, input: ReasonForm): Promise<RevealResult> {
  const user = await authorize("case.read");
  const db = getDb();
  return db.$transaction(async (tx) => {
    const found = await findCaseInScope(tx, user, caseId, { select: { phone: true, email: true, address: true, protectedIdentity: true } });
    if (!found) {
      await recordDenial(user, { action: "access.denied", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
      return { ok: false, error: "notFound" } as const;
    }
    await recordCaseAudit(tx, user, caseId, { action: "case.contact.reveal", reason: input.reason });
    return { ok: true, contact: { phone: found.phone, email: found.email, address: found.address } } as const;
  });
}

// ─────────────────────────── Access history ───────────────────────────

/**
 * Every event on a protected case, one row each (who, what, when, from where,
 * why), newest first: the case's access history lists every read rather than
 * a summary per user. Reading it is recorded by the caller's listCaseAccess.
 */
export async function listEveryAccess(caseId: string, take = 500) {
  await authorize("case.accessLog.read");
  return getDb().auditEvent.findMany({
    where: { caseId },
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, userEmail: true, role: true, action: true, ipAddress: true, reason: true },
  });
}

// ─────────────────────────── Letters and prints ───────────────────────────

/**
 * Whether a case the user may see is protected, before a print or letter is
 * made (they warn first): the kind only, no personal data, so nothing is
 * audited. Null when the case is out of scope or missing.
 */
export async function protectionBeforeOutput(caseId: string): Promise<{ protection: Protection } | null> {
  const user = await authorize();
  const found = await findCaseInScope(getDb(), user, caseId, { select: PROTECTION_SELECT });
  return found ? { protection: protectionOf(found) } : null;
}

/** The same for a saved eligibility check's one-page summary: the protection of its case. */
export async function protectionOfCheckBeforeOutput(checkId: string): Promise<{ caseId: string; protection: Protection } | null> {
  const user = await authorize();
  const found = await getDb().eligibilityCheck.findFirst({ where: { id: checkId, ...viaCase(user) }, select: { caseId: true, case: { select: PROTECTION_SELECT } } });
  return found ? { caseId: found.caseId, protection: protectionOf(found.case) } : null;
}

import "server-only";
import type { Db } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { caseScope, type ScopeOptions } from "@/lib/data/scope";
import { recordDenial } from "@/lib/data/denials";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActor, recordAudit, type AuditEntry } from "@/lib/audit";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/gate";
import type { Action } from "@/lib/permissions";

// The case behind every casework record (sessions, plan, tasks, follow-ups,
// documents): found only within the user's scope, and written to only while
// it is open. Shared by the casework data modules.

type CaseReader = Pick<Db, "case">;

export type CaseRef = { id: string; status: CaseStatus; adviserId: string | null };

export type CaseWriteRefusal = "notFound" | "caseClosed";

const CASE_REF = { id: true, status: true, adviserId: true } as const;

/**
 * The scope every write (and every form that prepares one) asks for: an
 * emergency grant gives a look at a case, never a hand in it (issue 12, M2) —
 * with it counted, a temporary grant could become ownership by reassignment.
 */
export const WRITE_SCOPE = { withEmergencyGrants: false } as const satisfies ScopeOptions;

/**
 * The case if the user may see it, with the fields asked for (by default its
 * id, status and adviser); otherwise null, exactly as if it did not exist.
 * `openOnly` treats a closed case as missing too.
 */
export function findCaseInScope<S extends Prisma.CaseSelect = typeof CASE_REF>(
  db: CaseReader,
  user: SignedInUser,
  caseId: string,
  { select = CASE_REF as S, openOnly = false, ...scope }: { select?: S; openOnly?: boolean } & ScopeOptions = {},
): Promise<Prisma.CaseGetPayload<{ select: S }> | null> {
  return db.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(user, scope), openOnly ? { status: { not: "CLOSED" } } : {}] },
    select,
  }) as Promise<Prisma.CaseGetPayload<{ select: S }> | null>;
}

/** Inside a write's transaction: the case if it is in scope and open. */
export async function openCaseForWrite(
  tx: CaseReader,
  user: SignedInUser,
  caseId: string,
): Promise<{ ok: true; case: CaseRef } | { ok: false; error: CaseWriteRefusal }> {
  const found = await findCaseInScope(tx, user, caseId, WRITE_SCOPE);
  if (!found) {
    // A write to a case outside the scope (or none at all) is refused and audited, outside the write's transaction.
    await recordDenial(user, { action: "write.refused", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
    return { ok: false, error: "notFound" };
  }
  if (found.status === "CLOSED") return { ok: false, error: "caseClosed" };
  return { ok: true, case: found };
}

/**
 * The skeleton of a write to a casework record: the permission, then one
 * transaction that finds the case open in the user's write scope (refusing
 * and auditing otherwise) before `write` runs in it.
 */
export async function writeOnOpenCase<R>(
  action: Action,
  caseId: string,
  write: (tx: Prisma.TransactionClient, user: SignedInUser, openCase: CaseRef) => Promise<R>,
): Promise<R | { ok: false; error: CaseWriteRefusal }> {
  return writeOnOpenCaseAs(await authorize(action), caseId, write);
}

/**
 * `writeOnOpenCase` for a user already authorized: for the writes that need
 * the user before their transaction (to check a file or an input, or to
 * audit a refusal of it).
 */
export function writeOnOpenCaseAs<R>(
  user: SignedInUser,
  caseId: string,
  write: (tx: Prisma.TransactionClient, user: SignedInUser, openCase: CaseRef) => Promise<R>,
): Promise<R | { ok: false; error: CaseWriteRefusal }> {
  return getDb().$transaction(async (tx) => {
    const opened = await openCaseForWrite(tx, user, caseId);
    if (!opened.ok) return opened;
    return write(tx, user, opened.case);
  });
}

/**
 * Last in a successful write's transaction: the case's last entry is now
 * (disposal counts five years from it). A refused write leaves it alone.
 */
export async function markCaseEntry(tx: CaseReader, caseId: string): Promise<void> {
  await tx.case.update({ where: { id: caseId }, data: { lastEntryAt: new Date() }, select: { id: true } });
}

/**
 * The end of every successful write to a casework record: its audit row,
 * then the case's last entry, both in the write's transaction.
 */
export async function auditCaseEntry(tx: CaseReader & Parameters<typeof recordAudit>[0], user: SignedInUser, entry: AuditEntry & { caseId: string }): Promise<void> {
  await recordAudit(tx, auditActor(user), entry);
  await markCaseEntry(tx, entry.caseId);
}

/**
 * Free text in an audit entry: its length, never its content. The trail is
 * read by managers and administrators, who must not get counselling notes
 * through it.
 */
export function redactedText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value === "" ? "" : `[${value.length} chars]`;
}

/** `diffFields` output with the named free-text fields replaced by their lengths. */
export function redactChanges(changes: Record<string, [unknown, unknown]>, textFields: readonly string[]): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [field, [before, after]] of Object.entries(changes)) {
    out[field] = textFields.includes(field) ? [redactedText(before as string | null), redactedText(after as string | null)] : [before, after];
  }
  return out;
}

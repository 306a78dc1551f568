import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { getRequestContext } from "@/lib/request-context";
import { getMetrics } from "@/lib/metrics";

/** Anything that can write: the client or an open transaction. */
type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

export type AuditActor = { id: string; email: string; role: Role } | null;

/** The signed-in user as the trail names them. */
export function auditActor(user: SignedInUser): NonNullable<AuditActor> {
  return { id: user.id, email: user.email, role: user.role };
}

export type AuditEntry = {
  action: string;
  resourceType?: string;
  resourceId?: string;
  caseId?: string;
  changes?: Record<string, [unknown, unknown]>;
  reason?: string;
};

/**
 * Appends one event to the audit trail. Writes pass their transaction so the
 * event and the change commit or fail together.
 */
export async function recordAudit(writer: Writer, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const context = await getRequestContext();
  // A plain INSERT rather than auditEvent.create: this runs on every read of personal data,
  // and the ORM's query building and reading the row back cost more than the insert itself.
  await writer.$executeRaw`
    INSERT INTO "AuditEvent" ("userId", "userEmail", "role", "action", "resourceType", "resourceId", "caseId", "changes", "reason", "ipAddress", "userAgent")
    VALUES (${actor?.id ?? null}, ${actor?.email ?? null}, ${actor?.role ?? null}::"Role", ${entry.action}, ${entry.resourceType ?? null},
            ${entry.resourceId ?? null}, ${entry.caseId ?? null}, ${entry.changes === undefined ? null : JSON.stringify(entry.changes)}::jsonb,
            ${entry.reason ?? null}, ${context.ipAddress}, ${context.userAgent})`;
  getMetrics().auditEvents.inc();
}

/** The fields whose values differ, as { field: [before, after] }. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a ?? null, b ?? null];
  }
  return changes;
}

/**
 * A new record's fields as { field: [null, value] }: what a creation writes
 * to the trail, so each create lists its fields once rather than each field
 * wrapped by hand. Free text is redacted by the caller before it comes here.
 */
export function createdChanges(fields: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(fields)) changes[key] = [null, value];
  return changes;
}

/** An event about a case as a whole: the case is both the resource and the case the row is filed under. */
export function recordCaseAudit(writer: Writer, user: SignedInUser, caseId: string, entry: Omit<AuditEntry, "resourceType" | "resourceId" | "caseId">): Promise<void> {
  return recordAudit(writer, auditActor(user), { ...entry, resourceType: "Case", resourceId: caseId, caseId });
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { getRequestContext } from "@/lib/request-context";

/** Anything that can write: the client or an open transaction. */
type Writer = { auditEvent: { create: (args: { data: Prisma.AuditEventUncheckedCreateInput }) => Promise<unknown> } };

export type AuditActor = { id: string; email: string; role: Role } | null;

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
  await writer.auditEvent.create({
    data: {
      userId: actor?.id ?? null,
      userEmail: actor?.email ?? null,
      role: actor?.role ?? null,
      action: entry.action,
      resourceType: entry.resourceType ?? null,
      resourceId: entry.resourceId ?? null,
      caseId: entry.caseId ?? null,
      changes: (entry.changes as Prisma.InputJsonValue | undefined) ?? undefined,
      reason: entry.reason ?? null,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
    },
  });
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

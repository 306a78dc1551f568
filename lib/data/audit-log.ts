import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { endOfOfficeDay, startOfOfficeDay } from "@/lib/dates";
import { formatCaseNumber, parseCaseNumber } from "@/lib/cases/case-number";
import type { AuditFilter } from "@/lib/schemas/audit-filter";

export const AUDIT_PAGE_SIZE = 50;

/**
 * The filter's case as the trail stores it (the internal id): a case number
 * ("2026/0042", or "2026/42") is looked up, anything else is taken as an id.
 * A number no case has stays as typed, and so matches nothing.
 */
async function caseIdOf(input: string): Promise<string> {
  const number = parseCaseNumber(input);
  if (!number) return input.trim();
  const found = await getDb().case.findUnique({ where: { caseNumber: formatCaseNumber(number.year, number.sequence) }, select: { id: true } });
  return found?.id ?? input.trim();
}

/**
 * The audit trail, newest first, with keyset pagination on the id. Managers
 * see what the members of their own team did; administrators see everything,
 * but of an event on a case only who, what and when: its details (changes,
 * reason) carry case contents — emergency reasons, follow-up scores, grant
 * amounts, free text — which an administrator may never read (issue 12, L2).
 * Reading the trail is itself recorded.
 */
export async function listAuditEvents(filter: AuditFilter) {
  const user = await authorize("audit.read");
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.user ? { OR: [{ userId: filter.user }, { userEmail: { contains: filter.user, mode: "insensitive" } }] } : {}),
    ...(filter.caseId ? { caseId: await caseIdOf(filter.caseId) } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: startOfOfficeDay(filter.from) } : {}), ...(filter.to ? { lt: endOfOfficeDay(filter.to) } : {}) } }
      : {}),
    ...(filter.before ? { id: { lt: filter.before } } : {}),
  };
  if (user.role === "MANAGER") {
    where.AND = [{ userId: { in: (await teamMemberIds(user.teamId)) } }];
  }
  const db = getDb();
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, userEmail: true, role: true, action: true, resourceType: true, resourceId: true, caseId: true, ipAddress: true, changes: true, reason: true },
  });
  await recordAudit(db, auditActor(user), { action: "audit.read", reason: JSON.stringify({ ...filter, before: filter.before?.toString() }) });
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  // A log reviewer (issue 13) sees the trail of reads like an administrator: who, what, when, never case contents.
  const events = user.role === "ADMIN" || user.role === "LOG_REVIEWER" ? page.map(withoutCaseContents) : page.map((event) => ({ ...event, detailsWithheld: false }));
  return { events, nextBefore: hasMore ? page.at(-1)?.id : undefined };
}

/** An event as an administrator may see it: the details of an event on a case withheld. */
function withoutCaseContents<E extends { caseId: string | null; changes: unknown; reason: string | null }>(event: E) {
  if (event.caseId === null) return { ...event, detailsWithheld: false };
  return { ...event, changes: null, reason: null, detailsWithheld: true };
}

async function teamMemberIds(teamId: string | null): Promise<string[]> {
  if (!teamId) return [];
  const members = await getDb().user.findMany({ where: { teamId }, select: { id: true } });
  return members.map((member) => member.id);
}

/**
 * "Who has opened this case": every user who read or changed it, with their
 * first and last access and how often. The caller must already have checked
 * that the user may see the case (its scope), as the case page does.
 */
export async function listCaseAccess(caseId: string) {
  const user = await authorize("case.accessLog.read");
  const rows = await getDb().$queryRaw<
    { userId: string | null; userEmail: string | null; role: string | null; first: Date; last: Date; count: bigint; emergency: boolean }[]
  >`
    SELECT "userId", "userEmail", "role"::text AS role, min("at") AS first, max("at") AS last, count(*) AS count,
           bool_or("action" = 'case.emergencyAccess') AS emergency
    FROM "AuditEvent"
    WHERE "caseId" = ${caseId}
    GROUP BY "userId", "userEmail", "role"
    ORDER BY max("at") DESC`;
  await recordCaseAudit(getDb(), user, caseId, { action: "case.accessLog.read" });
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

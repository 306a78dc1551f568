import "server-only";
import { getDb } from "@/lib/db";
import type { Tx } from "@/lib/data/case-fields";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { caseScope } from "@/lib/data/scope";
import { dbDate, officeToday } from "@/lib/dates";

// A user's notifications (bevakning): reminders raised each morning by the
// reminders job (lib/data/reminders.ts) and notices raised when work is
// handed to them (an assignment, a transfer to decide). One row per user,
// kind, subject and office day: raising the same thing twice in a day is a
// no-op, so a retried job or a double click adds nothing.

/** How many the list shows; older ones stay in the table until their case goes. */
export const NOTIFICATION_LIST_LIMIT = 100;

/** Inside a write's transaction: tells `userId` about `subjectId`, once per office day. */
export async function notify(tx: Pick<Tx, "notification">, notice: { userId: string; kind: NotificationKind; subjectId: string; caseId?: string | null }): Promise<void> {
  await tx.notification.createMany({
    data: [{ userId: notice.userId, kind: notice.kind, subjectId: notice.subjectId, caseId: notice.caseId ?? null, day: dbDate(officeToday()) }],
    skipDuplicates: true,
  });
}

/**
 * The bell's number: the signed-in user's unread notifications. One count
 * over the (userId, readAt) index, on every page, so nothing else is read.
 */
export async function countUnreadNotifications(): Promise<number> {
  const user = await authorize("notification.read");
  return getDb().notification.count({ where: { userId: user.id, readAt: null } });
}

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  day: Date;
  readAt: Date | null;
  createdAt: Date;
  /** The case it is about, when the user may still open it (a case transferred away since shows no number). */
  case: { id: string; caseNumber: string } | null;
};

/** The user's newest notifications, unread first. Audited: they name cases. */
export async function listNotifications(): Promise<NotificationItem[]> {
  const user = await authorize("notification.read");
  const db = getDb();
  const rows = await db.notification.findMany({
    where: { userId: user.id },
    orderBy: [{ readAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATION_LIST_LIMIT,
    select: { id: true, kind: true, day: true, readAt: true, createdAt: true, caseId: true },
  });
  const caseIds = [...new Set(rows.map((row) => row.caseId).filter((id): id is string => id !== null))];
  const visible = caseIds.length
    ? await db.case.findMany({ where: { AND: [{ id: { in: caseIds } }, caseScope(user)] }, select: { id: true, caseNumber: true } })
    : [];
  const byId = new Map(visible.map((found) => [found.id, found]));
  await recordAudit(db, auditActor(user), { action: "notification.list", reason: JSON.stringify({ count: rows.length }) });
  return rows.map(({ caseId, ...row }) => ({ ...row, case: caseId ? (byId.get(caseId) ?? null) : null }));
}

/** Marks one of the user's own notifications read; another user's reads as missing. */
export async function markNotificationRead(notificationId: string): Promise<{ ok: boolean }> {
  const user = await authorize("notification.read");
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { id: notificationId, userId: user.id, readAt: null }, data: { readAt: new Date() } });
    if (count) await recordAudit(tx, auditActor(user), { action: "notification.read", resourceType: "Notification", resourceId: notificationId });
    return { ok: count > 0 };
  });
}

/** Marks every unread notification of the user read. */
export async function markAllNotificationsRead(): Promise<{ count: number }> {
  const user = await authorize("notification.read");
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
    if (count) await recordAudit(tx, auditActor(user), { action: "notification.readAll", reason: JSON.stringify({ count }) });
    return { count };
  });
}

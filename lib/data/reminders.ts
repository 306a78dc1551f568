import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { referralResponseDays } from "@/lib/data/settings";
import { lateDraftCutoff } from "@/lib/data/journal";
import { utcParameter } from "@/lib/data/scope";
import { officeToday } from "@/lib/dates";

// Reminders (bevakning), raised each morning by the "reminders" job
// (lib/jobs/catalog.ts), never by a request:
//   TASK_DUE                  an open task due today or earlier → its assignee;
//   FOLLOW_UP_DUE             a follow-up due today or earlier and not done → the case's adviser;
//   REFERRAL_DECISION_OVERDUE a sent or received referral past its expected decision date
//                             (expectedDecisionOn, or sent + the office's response time) → the case's adviser;
//   UNSIGNED_NOTE             a journal draft older than a working day → its author.
// Idempotent: one notification per user, kind, subject and day (a unique
// index; ON CONFLICT DO NOTHING), and none while an earlier reminder of the
// same thing is still unread — a reminder the user has read comes back the
// next day if the thing is still due. Cases in the intake queue have no
// adviser and so no reminder: the queue itself is the manager's reminder.

type Candidate = { kind: NotificationKind; select: Prisma.Sql };

function candidates(today: string, responseDays: number, draftCutoff: Date): Candidate[] {
  return [
    {
      kind: "TASK_DUE",
      select: Prisma.sql`SELECT t."assigneeId" AS "userId", t.id AS "subjectId", t."caseId"
        FROM "Task" t LEFT JOIN "Case" c ON c.id = t."caseId"
        WHERE t.status = 'OPEN' AND t."dueOn" <= ${today}::date AND (c.id IS NULL OR c.status <> 'CLOSED')`,
    },
    {
      kind: "FOLLOW_UP_DUE",
      select: Prisma.sql`SELECT c."adviserId" AS "userId", f.id AS "subjectId", f."caseId"
        FROM "FollowUp" f JOIN "Case" c ON c.id = f."caseId"
        WHERE f."completedOn" IS NULL AND f."dueOn" <= ${today}::date AND c."adviserId" IS NOT NULL AND c.status <> 'CLOSED'`,
    },
    {
      kind: "REFERRAL_DECISION_OVERDUE",
      select: Prisma.sql`SELECT c."adviserId" AS "userId", r.id AS "subjectId", r."caseId"
        FROM "Referral" r JOIN "Case" c ON c.id = r."caseId"
        WHERE r.status IN ('SENT', 'RECEIVED') AND r."sentOn" IS NOT NULL
          AND coalesce(r."expectedDecisionOn", r."sentOn" + ${responseDays}::int) < ${today}::date
          AND c."adviserId" IS NOT NULL AND c.status <> 'CLOSED'`,
    },
    {
      kind: "UNSIGNED_NOTE",
      select: Prisma.sql`SELECT j."authorId" AS "userId", j.id AS "subjectId", j."caseId"
        FROM "JournalEntry" j
        WHERE j."signedAt" IS NULL AND j."createdAt" < ${utcParameter(draftCutoff)}`,
    },
  ];
}

/** Raises the day's reminders; returns how many of each kind were new. Safe to run any number of times. */
export async function raiseReminders(now: Date = new Date()): Promise<Record<string, number>> {
  const db = getDb();
  const today = officeToday(now);
  const responseDays = await referralResponseDays(db);
  const counts: Record<string, number> = {};
  for (const { kind, select } of candidates(today, responseDays, lateDraftCutoff(now))) {
    counts[kind] = await db.$executeRaw`
      INSERT INTO "Notification" ("id", "userId", "kind", "subjectId", "caseId", "day", "updatedAt")
      SELECT gen_random_uuid()::text, due."userId", ${kind}::"NotificationKind", due."subjectId", due."caseId", ${today}::date, now()
      FROM (${select}) due
      JOIN "User" u ON u.id = due."userId" AND u."isActive"
      WHERE NOT EXISTS (
        SELECT 1 FROM "Notification" n
        WHERE n."userId" = due."userId" AND n.kind = ${kind}::"NotificationKind" AND n."subjectId" = due."subjectId" AND n."readAt" IS NULL)
      ON CONFLICT ("userId", "kind", "subjectId", "day") DO NOTHING`;
  }
  return counts;
}

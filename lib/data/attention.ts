import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, officeToday } from "@/lib/dates";
import { utcParameter } from "@/lib/data/scope";
import { lateDraftCutoff } from "@/lib/data/journal";
import { INACTIVE_DAYS, REFERRAL_DECISION_EXPECTED_DAYS, type AttentionFilter } from "@/lib/statistics/caseload";

// The conditions behind the dashboard's "needs you" counts and the caseload's
// overdue columns (lib/statistics/caseload.ts), as SQL on a "Case" row `c`.
// The dashboard counts with them and the case list filters with them, so a
// count and the list it links to always agree.

/** A journal draft left unsigned for more than a working day, as a condition on "JournalEntry" `j` (as lib/data/journal.ts counts them). */
export function lateDraftSql(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`(j."signedAt" IS NULL AND j."createdAt" < ${utcParameter(lateDraftCutoff(now))})`;
}

/** A case with such a draft. */
export function hasLateDraftSql(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "JournalEntry" j WHERE j."caseId" = c.id AND ${lateDraftSql(now)})`;
}

/** An open case without any entry for INACTIVE_DAYS days. */
export function isInactiveSql(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`(c.status <> 'CLOSED' AND c."lastEntryAt" < ${utcParameter(new Date(now.getTime() - INACTIVE_DAYS * 86_400_000))})`;
}

export function attentionSql(filter: AttentionFilter, now: Date = new Date()): Prisma.Sql {
  return filter === "lateDrafts" ? hasLateDraftSql(now) : isInactiveSql(now);
}

/** Open tasks due before today, as a condition on "Task" `t`. */
export function overdueTaskSql(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`(t.status = 'OPEN' AND t."dueOn" < ${officeToday(now)}::date)`;
}

/** A referral sent or received without a decision for longer than expected, as a condition on "Referral" `r`. */
export function overdueReferralSql(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`(r.status IN ('SENT', 'RECEIVED') AND r."sentOn" < ${addDays(officeToday(now), -REFERRAL_DECISION_EXPECTED_DAYS)}::date)`;
}

/** A follow-up not done and due today or earlier, as a condition on "FollowUp" `f`. */
export function followUpDueSql(now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`(f."completedOn" IS NULL AND f."dueOn" <= ${officeToday(now)}::date)`;
}

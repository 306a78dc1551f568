import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { findCaseInScope } from "@/lib/data/casework-scope";

/** Enough for years of work on one case; older entries stay on their own tabs. */
export const TIMELINE_LIMIT = 300;

type Details = Record<string, string | number | boolean | string[] | null>;

export type TimelineEntry = {
  kind: "status" | "session" | "planStep" | "eligibility" | "referral" | "referralEvent" | "document" | "documentWithdrawn" | "followUp";
  id: string;
  /** When it happened: a time, or for day-only events the day (as midnight UTC, see isDateOnly). */
  occurredAt: Date;
  isDateOnly: boolean;
  /** For day-only events, the day itself ("YYYY-MM-DD"). */
  day: string | null;
  recordedAt: Date;
  /** Who recorded it, when the table says. */
  byName: string | null;
  details: Details;
};

/**
 * Everything on a case in one chronological list, newest first: status
 * changes, counselling sessions (without their notes), plan steps, eligibility
 * checks, referrals and their events, documents and follow-ups. Read straight
 * from those tables in one statement, after the scope check.
 */
export async function getCaseTimeline(caseId: string): Promise<TimelineEntry[] | null> {
  const user = await authorize("case.read");
  const db = getDb();
  const inScope = await findCaseInScope(db, user, caseId, { select: { id: true } });
  if (!inScope) return null;
  const rows = await db.$queryRaw<TimelineEntry[]>(timelineQuery(caseId));
  await recordAudit(db, auditActor(user), { action: "case.timeline.read", resourceType: "Case", resourceId: caseId, caseId });
  return rows;
}

/** A day-only event recorded on that same day keeps its recording time, so it sorts among the day's other events. */
const dayOrTime = (day: string, recorded: string) =>
  Prisma.raw(`CASE WHEN ${day} = (${recorded} AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Stockholm')::date THEN ${recorded} ELSE ${day}::timestamp END`);

/** Exported for the benchmark, which runs the same statement directly. */
export function timelineQuery(caseId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT * FROM (
      SELECT 'status' AS kind, s.id, ${dayOrTime('s."effectiveOn"', 's."createdAt"')} AS "occurredAt", true AS "isDateOnly", to_char(s."effectiveOn", 'YYYY-MM-DD') AS day, s."createdAt" AS "recordedAt",
             u.name AS "byName",
             jsonb_build_object('fromStatus', s."fromStatus", 'toStatus', s."toStatus", 'reason', s.reason, 'outcome', s.outcome, 'effectiveOn', s."effectiveOn", 'undoes', s."undoesId" IS NOT NULL) AS details
      FROM "CaseStatusChange" s LEFT JOIN "User" u ON u.id = s."changedById"
      WHERE s."caseId" = ${caseId}
      UNION ALL
      SELECT 'session', cs.id, cs."startsAt", false, NULL, cs."createdAt", u.name,
             jsonb_build_object('mode', cs.mode, 'durationMinutes', cs."durationMinutes", 'topics', to_jsonb(cs.topics), 'interpreterLanguage', cs."interpreterLanguage")
      FROM "CounsellingSession" cs LEFT JOIN "User" u ON u.id = cs."authorId"
      WHERE cs."caseId" = ${caseId}
      UNION ALL
      SELECT 'planStep', ps.id, ps."updatedAt", false, NULL, ps."createdAt", NULL,
             jsonb_build_object('stepKind', ps.kind, 'stepStatus', ps.status, 'dueOn', ps."dueOn")
      FROM "ReturnPlanStep" ps
      WHERE ps."caseId" = ${caseId}
      UNION ALL
      SELECT 'eligibility', ec.id, ec."createdAt", false, NULL, ec."createdAt", u.name,
             jsonb_build_object('outcome', ec.outcome, 'totalSek', ec."totalSek", 'applicationDate', ec."applicationDate")
      FROM "EligibilityCheck" ec LEFT JOIN "User" u ON u.id = ec."createdById"
      WHERE ec."caseId" = ${caseId}
      UNION ALL
      SELECT 'referral', r.id, r."createdAt", false, NULL, r."createdAt", u.name,
             jsonb_build_object('type', r.type, 'status', r.status, 'organisation', o.name)
      FROM "Referral" r JOIN "Organisation" o ON o.id = r."organisationId" LEFT JOIN "User" u ON u.id = r."createdById"
      WHERE r."caseId" = ${caseId}
      UNION ALL
      SELECT 'referralEvent', re.id, ${dayOrTime('re."occurredOn"', 're."createdAt"')}, true, to_char(re."occurredOn", 'YYYY-MM-DD'), re."createdAt", u.name,
             jsonb_build_object('fromStatus', re."fromStatus", 'toStatus', re."toStatus", 'note', re.note, 'organisation', o.name, 'type', r.type,
               -- A referral is decided once (the status machine has no way back to DECIDED), so its decision belongs to that event.
               'decision', CASE WHEN re."toStatus" = 'DECIDED' THEN r.decision END,
               'decisionAmountSek', CASE WHEN re."toStatus" = 'DECIDED' THEN r."decisionAmountSek" END,
               'agencyReference', CASE WHEN re."toStatus" = 'DECIDED' THEN r."agencyReference" END)
      FROM "ReferralEvent" re JOIN "Referral" r ON r.id = re."referralId" JOIN "Organisation" o ON o.id = r."organisationId"
      LEFT JOIN "User" u ON u.id = re."byUserId"
      WHERE r."caseId" = ${caseId}
      UNION ALL
      SELECT 'document', d.id, d."createdAt", false, NULL, d."createdAt", u.name,
             jsonb_build_object('fileName', d."fileName", 'description', d.description, 'sizeBytes', d."sizeBytes")
      FROM "Document" d LEFT JOIN "User" u ON u.id = d."uploadedById"
      WHERE d."caseId" = ${caseId}
      UNION ALL
      -- "Registered in error": its own event, by whom and why; the upload above stays in the story.
      SELECT 'documentWithdrawn', d.id, d."withdrawnAt", false, NULL, d."withdrawnAt", u.name,
             jsonb_build_object('fileName', d."fileName", 'reason', d."withdrawnReason")
      FROM "Document" d LEFT JOIN "User" u ON u.id = d."withdrawnById"
      WHERE d."caseId" = ${caseId} AND d."withdrawnAt" IS NOT NULL
      UNION ALL
      SELECT 'followUp', f.id, coalesce(f."completedOn", f."dueOn")::timestamp, true, to_char(coalesce(f."completedOn", f."dueOn"), 'YYYY-MM-DD'), f."createdAt", NULL,
             jsonb_build_object('monthsAfterReturn', f."monthsAfterReturn", 'dueOn', f."dueOn", 'completedOn', f."completedOn")
      FROM "FollowUp" f
      WHERE f."caseId" = ${caseId}
    ) entries
    ORDER BY "occurredAt" DESC, "recordedAt" DESC, id DESC
    LIMIT ${TIMELINE_LIMIT}`;
}

import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { findCaseInScope } from "@/lib/data/casework-scope";
import { can } from "@/lib/permissions";

/** Enough for years of work on one case; older entries stay on their own tabs. */
export const TIMELINE_LIMIT = 300;

type Details = Record<string, string | number | boolean | string[] | null | Record<string, unknown>>;

export type TimelineEntry = {
  kind:
    | "status"
    | "session"
    | "planStep"
    | "eligibility"
    | "referral"
    | "referralEvent"
    | "document"
    | "documentWithdrawn"
    | "followUp"
    | "activity"
    | "task"
    | "openReferral"
    | "merge"
    | "decisionCorrection"
    | "clientMaterial";
  id: string;
  /** When it happened: a time, or for day-only events the day (as midnight UTC, see isDateOnly). */
  occurredAt: Date;
  isDateOnly: boolean;
  /** For day-only events, the day itself ("YYYY-MM-DD"). */
  day: string | null;
  recordedAt: Date;
  /** Who recorded it, when the table says. */
  byName: string | null;
  /** What lies ahead (a planned session or follow-up, an open task or referral): shown under "Coming up", never among the past. */
  upcoming: boolean;
  details: Details;
};

/** Work moving between people (docs/decisions/023): assigned, put in the queue, transferred to another team. */
const HANDOVER_ACTIONS = ["case.assign", "case.queue", "case.transfer", "case.transfer.request", "case.transfer.refuse"];

/**
 * Audited writes that tell the case's story and have no table of their own to
 * read it from: plan-step changes (only steps someone touched), tasks created,
 * edited, done, reopened or reassigned, journal entries signed and corrected,
 * documents withdrawn, referral decisions corrected, merges. The audit row
 * names who and when. Actions other helpers add under these names show too.
 */
const STORY_ACTIONS = Prisma.sql`(
  a.action IN ('plan.create', 'plan.step.create', 'plan.step.update', 'journal.sign', 'journal.correct',
               'case.extract', 'case.archiveExport', 'case.archiveTransfer', 'case.legalHold.set', 'case.legalHold.release')
  OR (a.action LIKE 'task.%' AND a.action NOT IN ('task.list', 'task.read'))
  OR a.action = 'case.merge.propose'
  OR a.action IN (${Prisma.join(HANDOVER_ACTIONS)})
) AND a.action NOT LIKE '%.refused'`;
// Withdrawn documents, undone status changes, merges and corrected referral
// decisions are not read from the audit trail: their own rows
// (Document.withdrawnAt, CaseStatusChange.undoesId, CaseMerge,
// ReferralDecisionCorrection) carry who, when and the reason itself, which the
// audit row keeps only as a length.

/**
 * Everything on a case in one list, newest first: status changes, counselling
 * sessions (without their notes), eligibility checks, referrals and their
 * events, documents, follow-ups, and the audited writes of STORY_ACTIONS
 * (plan steps, tasks, journal signings and corrections…), each with who and
 * when; plus what lies ahead (planned sessions and follow-ups, open tasks and
 * referrals) marked `upcoming`. Read in one statement, after the scope check.
 */
export async function getCaseTimeline(caseId: string): Promise<TimelineEntry[] | null> {
  const user = await authorize("case.read");
  const db = getDb();
  const inScope = await findCaseInScope(db, user, caseId, { select: { id: true } });
  if (!inScope) return null;
  const rows = await db.$queryRaw<TimelineEntry[]>(timelineQuery(caseId, { documentDetails: can(user.role, "document.read") }));
  await recordCaseAudit(db, user, caseId, { action: "case.timeline.read" });
  // Task titles are casework notes: only for those who may read the case's tasks.
  if (can(user.role, "task.read")) return rows;
  return rows.map((row) => ("title" in row.details ? { ...row, details: { ...row.details, title: null } } : row));
}

/** A day-only event recorded on that same day keeps its recording time, so it sorts among the day's other events. */
const dayOrTime = (day: string, recorded: string) =>
  Prisma.raw(`CASE WHEN ${day} = (${recorded} AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Stockholm')::date THEN ${recorded} ELSE ${day}::timestamp END`);

/** Exported for the benchmark, which runs the same statement directly. */
/**
 * `documentDetails`: a document's file name and description carry personal
 * data; only those who may open documents (the advisers) see them. Others
 * (managers) see that a document was added, when, by whom and its size
 * (docs/decisions/014, issue 12 L9).
 */
export function timelineQuery(caseId: string, { documentDetails = false }: { documentDetails?: boolean } = {}): Prisma.Sql {
  const documentFields = documentDetails
    ? Prisma.sql`jsonb_build_object('fileName', d."fileName", 'description', d.description, 'sizeBytes', d."sizeBytes")`
    : Prisma.sql`jsonb_build_object('sizeBytes', d."sizeBytes")`;
  const withdrawnFields = documentDetails
    ? Prisma.sql`jsonb_build_object('fileName', d."fileName", 'reason', d."withdrawnReason")`
    : Prisma.sql`jsonb_build_object('reason', d."withdrawnReason")`;
  return Prisma.sql`
    SELECT * FROM (
      SELECT 'status' AS kind, s.id, ${dayOrTime('s."effectiveOn"', 's."createdAt"')} AS "occurredAt", true AS "isDateOnly", to_char(s."effectiveOn", 'YYYY-MM-DD') AS day, s."createdAt" AS "recordedAt",
             u.name AS "byName", false AS upcoming,
             jsonb_build_object('fromStatus', s."fromStatus", 'toStatus', s."toStatus", 'reason', s.reason, 'outcome', s.outcome, 'effectiveOn', s."effectiveOn", 'undoes', s."undoesId" IS NOT NULL) AS details
      FROM "CaseStatusChange" s LEFT JOIN "User" u ON u.id = s."changedById"
      WHERE s."caseId" = ${caseId}
      UNION ALL
      SELECT 'session', cs.id, cs."startsAt", false, NULL, cs."createdAt", u.name, cs."startsAt" > now(),
             jsonb_build_object('mode', cs.mode, 'durationMinutes', cs."durationMinutes", 'topics', to_jsonb(cs.topics), 'interpreterLanguage', cs."interpreterLanguage")
      FROM "CounsellingSession" cs LEFT JOIN "User" u ON u.id = cs."authorId"
      WHERE cs."caseId" = ${caseId}
      UNION ALL
      SELECT CASE WHEN a.action LIKE 'plan.%' THEN 'planStep' ELSE 'activity' END, a.id::text, a.at, false, NULL, a.at, coalesce(u.name, a."userEmail"), false,
             jsonb_build_object('action', a.action, 'changes', a.changes, 'reason', CASE WHEN a.action LIKE 'journal.%' THEN NULL ELSE a.reason END,
               'stepKind', coalesce(ps.kind::text, a.changes->'kind'->>1), 'title', t.title, 'journalKind', je.kind, 'version', je.version,
               'fromAdviser', fa.name, 'toAdviser', ta.name, 'fromTeam', ft.name, 'toTeam', tt.name)
      FROM "AuditEvent" a LEFT JOIN "User" u ON u.id = a."userId"
      LEFT JOIN "User" fa ON a.action IN (${Prisma.join(HANDOVER_ACTIONS)}) AND fa.id = a.changes->'adviserId'->>0
      LEFT JOIN "User" ta ON a.action IN (${Prisma.join(HANDOVER_ACTIONS)}) AND ta.id = a.changes->'adviserId'->>1
      LEFT JOIN "Team" ft ON a.action IN (${Prisma.join(HANDOVER_ACTIONS)}) AND ft.id = a.changes->'teamId'->>0
      LEFT JOIN "Team" tt ON a.action IN (${Prisma.join(HANDOVER_ACTIONS)}) AND tt.id = a.changes->'teamId'->>1
      LEFT JOIN "ReturnPlanStep" ps ON a."resourceType" = 'ReturnPlanStep' AND ps.id = a."resourceId"
      LEFT JOIN "Task" t ON a."resourceType" = 'Task' AND t.id = a."resourceId"
      LEFT JOIN "JournalEntry" je ON a."resourceType" = 'JournalEntry' AND je.id = a."resourceId"
      -- A case merged into this one brought its casework; the audited steps of that work come with it (decision 019).
      WHERE (a."caseId" = ${caseId} OR a."caseId" IN (SELECT m."fromCaseId" FROM "CaseMerge" m WHERE m."intoCaseId" = ${caseId})) AND ${STORY_ACTIONS}
      UNION ALL
      SELECT 'task', t.id, coalesce(t."dueOn"::timestamp, '9999-12-31'::timestamp), true, to_char(t."dueOn", 'YYYY-MM-DD'), t."createdAt", u.name, true,
             jsonb_build_object('title', t.title, 'dueOn', t."dueOn", 'waitingOn', t."waitingOn")
      FROM "Task" t JOIN "User" u ON u.id = t."assigneeId"
      WHERE t."caseId" = ${caseId} AND t.status = 'OPEN'
      UNION ALL
      SELECT 'openReferral', r.id, '9999-12-31'::timestamp, false, NULL, r."createdAt", u.name, true,
             jsonb_build_object('type', r.type, 'status', r.status, 'organisation', o.name)
      FROM "Referral" r JOIN "Organisation" o ON o.id = r."organisationId" LEFT JOIN "User" u ON u.id = r."createdById"
      WHERE r."caseId" = ${caseId} AND r.status IN ('DRAFT', 'SENT', 'RECEIVED')
      UNION ALL
      SELECT 'eligibility', ec.id, ec."createdAt", false, NULL, ec."createdAt", u.name, false,
             jsonb_build_object('outcome', ec.outcome, 'totalSek', ec."totalSek", 'applicationDate', ec."applicationDate")
      FROM "EligibilityCheck" ec LEFT JOIN "User" u ON u.id = ec."createdById"
      WHERE ec."caseId" = ${caseId}
      UNION ALL
      SELECT 'referral', r.id, r."createdAt", false, NULL, r."createdAt", u.name, false,
             jsonb_build_object('type', r.type, 'status', r.status, 'organisation', o.name)
      FROM "Referral" r JOIN "Organisation" o ON o.id = r."organisationId" LEFT JOIN "User" u ON u.id = r."createdById"
      WHERE r."caseId" = ${caseId}
      UNION ALL
      SELECT 'referralEvent', re.id, ${dayOrTime('re."occurredOn"', 're."createdAt"')}, true, to_char(re."occurredOn", 'YYYY-MM-DD'), re."createdAt", u.name, false,
             jsonb_build_object('fromStatus', re."fromStatus", 'toStatus', re."toStatus", 'note', re.note, 'organisation', o.name, 'type', r.type,
               -- A referral is decided once (the status machine has no way back to DECIDED), so its decision belongs to that event:
               -- the decision as first recorded (a later correction is an event of its own, below).
               'decision', CASE WHEN re."toStatus" = 'DECIDED' THEN coalesce(first_fix."previousDecision", r.decision) END,
               'decisionAmountSek', CASE WHEN re."toStatus" = 'DECIDED' THEN CASE WHEN first_fix.id IS NULL THEN r."decisionAmountSek" ELSE first_fix."previousAmountSek" END END,
               'agencyReference', CASE WHEN re."toStatus" = 'DECIDED' THEN CASE WHEN first_fix.id IS NULL THEN r."agencyReference" ELSE first_fix."previousAgencyReference" END END)
      FROM "ReferralEvent" re JOIN "Referral" r ON r.id = re."referralId" JOIN "Organisation" o ON o.id = r."organisationId"
      LEFT JOIN "User" u ON u.id = re."byUserId"
      LEFT JOIN LATERAL (
        SELECT c.id, c."previousDecision", c."previousAmountSek", c."previousAgencyReference" FROM "ReferralDecisionCorrection" c
        WHERE c."referralId" = r.id ORDER BY c."createdAt", c.id LIMIT 1
      ) first_fix ON true
      WHERE r."caseId" = ${caseId}
      UNION ALL
      SELECT 'decisionCorrection', c.id, c."createdAt", false, NULL, c."createdAt", u.name, false,
             jsonb_build_object('organisation', o.name, 'reason', c.reason,
               'before', jsonb_build_object('decision', c."previousDecision", 'decidedOn', to_char(c."previousDecidedOn", 'YYYY-MM-DD'), 'amountSek', c."previousAmountSek", 'agencyReference', c."previousAgencyReference"),
               'after', jsonb_build_object('decision', c.decision, 'decidedOn', to_char(c."decidedOn", 'YYYY-MM-DD'), 'amountSek', c."decisionAmountSek", 'agencyReference', c."agencyReference"))
      FROM "ReferralDecisionCorrection" c JOIN "Referral" r ON r.id = c."referralId" JOIN "Organisation" o ON o.id = r."organisationId"
      LEFT JOIN "User" u ON u.id = c."byUserId"
      WHERE r."caseId" = ${caseId}
      UNION ALL
      -- A merge shows on both cases: the one merged away and the one kept, by the manager who confirmed it.
      SELECT 'merge', m.id, m."createdAt", false, NULL, m."createdAt", u.name, false,
             jsonb_build_object('direction', CASE WHEN m."intoCaseId" = ${caseId} THEN 'from' ELSE 'into' END,
               'otherCaseNumber', CASE WHEN m."intoCaseId" = ${caseId} THEN m."fromCaseNumber" ELSE m."intoCaseNumber" END,
               'reason', m.reason, 'proposedBy', p.name, 'moved', m.moved)
      FROM "CaseMerge" m LEFT JOIN "User" u ON u.id = m."confirmedById" LEFT JOIN "User" p ON p.id = m."proposedById"
      WHERE m."intoCaseId" = ${caseId} OR m."fromCaseId" = ${caseId}
      UNION ALL
      SELECT 'document', d.id, d."createdAt", false, NULL, d."createdAt", u.name, false,
             ${documentFields}
      FROM "Document" d LEFT JOIN "User" u ON u.id = d."uploadedById"
      WHERE d."caseId" = ${caseId}
      UNION ALL
      -- "Registered in error": its own event, by whom and why; the upload above stays in the story.
      SELECT 'documentWithdrawn', d.id, d."withdrawnAt", false, NULL, d."withdrawnAt", u.name, false,
             ${withdrawnFields}
      FROM "Document" d LEFT JOIN "User" u ON u.id = d."withdrawnById"
      WHERE d."caseId" = ${caseId} AND d."withdrawnAt" IS NOT NULL
      UNION ALL
      SELECT 'followUp', f.id, coalesce(f."completedOn", f."dueOn")::timestamp, true, to_char(coalesce(f."completedOn", f."dueOn"), 'YYYY-MM-DD'), f."createdAt", NULL, f."completedOn" IS NULL,
             jsonb_build_object('monthsAfterReturn', f."monthsAfterReturn", 'dueOn', f."dueOn", 'completedOn', f."completedOn")
      FROM "FollowUp" f
      WHERE f."caseId" = ${caseId}
      UNION ALL
      -- Information given to the person in their language (förvaltningslagen 25 §): which text, language and version.
      SELECT 'clientMaterial', g.id, g."givenAt", false, NULL, g."createdAt", u.name, false,
             jsonb_build_object('kind', g.kind, 'language', g.language, 'version', g.version, 'wasReviewed', g."wasReviewed", 'consent', g.consent, 'recipients', to_jsonb(g."consentRecipients"))
      FROM "ClientMaterialGiven" g JOIN "User" u ON u.id = g."givenById"
      WHERE g."caseId" = ${caseId}
    ) entries
    ORDER BY "occurredAt" DESC, "recordedAt" DESC, id DESC
    LIMIT ${TIMELINE_LIMIT}`;
}

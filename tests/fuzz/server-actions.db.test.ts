// Property-based fuzzing of every server action, in-process against a real
// Postgres (issue 12): each gets FUZZ_RUNS generated calls (1,000 in `npm
// test`, more with `npm run fuzz`) with forged bound arguments (wrong types,
// huge strings, NUL and control characters, ids of other teams' records) and
// forged forms (the same, plus impossible dates and absurd numbers), as each
// of four roles. Every call must end as an answer (a form state, a redirect or
// "not found"), never a thrown error (a 500 in the app); a refused call must
// change nothing but the trail of refusals; no team-C record may change; and
// nothing personal may reach the log.
//
// Only Next's request-bound helpers are replaced (revalidatePath and cookies
// need a request); the gate, the schemas and the data layer run as in the app.
// The actions that are Auth.js itself (signing in and out) are fuzzed over
// HTTP with the route handlers (tests/e2e/fuzz.spec.ts).
import { signInAs, type UserLike } from "@/tests/support/as-user";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";
import { createCaseworkWorld, type CaseworkWorld } from "@/tests/support/casework";

const io = vi.hoisted(() => {
  // The app logs at info level here, so that what it would log is seen.
  process.env.LOG_LEVEL = "info";
  return { written: [] as string[] };
});

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// The locale comes from the request (i18n/request.ts); the actions only ask for it.
vi.mock("next-intl/server", async (original) => ({ ...(await original<typeof import("next-intl/server")>()), getLocale: async () => "sv" }));
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  cookies: async () => ({ set: () => {}, get: () => undefined, delete: () => {} }),
  headers: async () => new Headers({ "user-agent": "fuzz" }),
}));

import * as users from "@/app/(app)/admin/users/actions";
import * as settings from "@/app/(app)/admin/settings/actions";
import * as retention from "@/app/(app)/admin/retention/actions";
import * as records from "@/app/(app)/cases/[caseId]/records/actions";
import * as calculator from "@/app/(app)/calculator/actions";
import * as caseOverview from "@/app/(app)/cases/[caseId]/actions";
import * as documents from "@/app/(app)/cases/[caseId]/documents/actions";
import * as edit from "@/app/(app)/cases/[caseId]/edit/actions";
import * as eligibility from "@/app/(app)/cases/[caseId]/eligibility/actions";
import * as followUp from "@/app/(app)/cases/[caseId]/follow-up/actions";
import * as plan from "@/app/(app)/cases/[caseId]/plan/actions";
import * as referrals from "@/app/(app)/cases/[caseId]/referrals/actions";
import * as referralDecisions from "@/app/(app)/cases/[caseId]/referrals/decision-actions";
import * as caseMerge from "@/app/(app)/cases/[caseId]/merge-actions";
import * as approvals from "@/app/(app)/approvals/actions";
import * as sessions from "@/app/(app)/cases/[caseId]/sessions/actions";
import * as tasks from "@/app/(app)/cases/[caseId]/tasks/actions";
import * as emergency from "@/app/(app)/cases/emergency/actions";
import * as emergencyReview from "@/app/(app)/emergency-access/actions";
import * as intake from "@/app/(app)/cases/new/actions";
import * as journal from "@/app/(app)/cases/[caseId]/journal/actions";
import * as guidanceArticle from "@/app/(app)/guidance/[slug]/actions";
import * as guidanceEdit from "@/app/(app)/guidance/[slug]/edit/actions";
import * as guidanceNew from "@/app/(app)/guidance/new/actions";
import * as clientMaterialCase from "@/app/(app)/cases/[caseId]/material/actions";
import * as clientMaterialAdmin from "@/app/(app)/admin/client-material/[kind]/[language]/actions";
import * as organisations from "@/app/(app)/organisations/actions";
import * as profile from "@/app/(app)/profile/actions";
import * as twoFactor from "@/app/(auth)/login/two-factor/actions";
import * as protection from "@/app/(app)/cases/[caseId]/protection/actions";
import * as logReview from "@/app/(app)/log-review/actions";
import * as logReviewSettings from "@/app/(app)/admin/settings/log-review-actions";
import * as queue from "@/app/(app)/queue/actions";
import * as bulkReassign from "@/app/(app)/cases/reassign/actions";
import * as transfers from "@/app/(app)/transfers/actions";
import * as notifications from "@/app/(app)/notifications/actions";
import * as handover from "@/app/(app)/cases/[caseId]/handover-actions";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
/** Planted in the generated input: none of it may show up in a log line. */
const PERSONAL = { identityNumber: "19840412-1234", name: "Amina Fuzzdottir", email: "amina.fuzz@example.se" };

const db = getDb();
let world: CaseworkWorld;
/** Records of team C, which does not share: no call as anyone else may touch them. */
let foreign: { caseId: string; userId: string };
let own: { caseId: string };

const writeOut = process.stdout.write.bind(process.stdout);
const writeErr = process.stderr.write.bind(process.stderr);

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  foreign = { caseId: await world.newCase(world.users.c1, "PLANNING"), userId: world.users.c1.id };
  own = { caseId: await world.newCase(world.users.a1, "PLANNING") };
  const capture = (write: typeof writeOut) =>
    ((chunk: string | Uint8Array, ...rest: never[]) => {
      io.written.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof writeOut;
  process.stdout.write = capture(writeOut);
  process.stderr.write = capture(writeErr);
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void io.written.push(args.map(String).join(" ")));
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void io.written.push(args.map(String).join(" ")));
});

afterAll(() => {
  // The test database is dropped after this file: the pool's goodbyes are not the fuzz's business.
  logger.level = "silent";
  process.stdout.write = writeOut;
  process.stderr.write = writeErr;
  vi.restoreAllMocks();
});

// ───────────────────────────── generated input ─────────────────────────────

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "\u0007\u001b[31m", "'; DROP TABLE \"Case\"; --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "💥".repeat(30)),
  fc.constantFrom("99999-01-01", "2024-02-31", "0000-00-00", "1900-01-01", "2026-12-05", "9999-12-31T23:59:59Z", "-1", "1e309", "NaN", "2147483648", "99999999999999999999"),
  fc.constantFrom(PERSONAL.identityNumber, PERSONAL.name, PERSONAL.email, `${PERSONAL.name} ${PERSONAL.identityNumber}`),
  fc.integer().map(String),
  fc.constant("x".repeat(100_000)),
);

const FIELDS = [
  "title", "dueOn", "waitingOn", "caseVersion", "version", "firstName", "lastName", "birthDate", "identityNumber", "email", "phone", "reason", "caseNumber",
  "code", "locale", "status", "toStatus", "outcome", "effectiveOn", "adviserId", "notes", "note", "description", "occurredOn", "durationMinutes", "topics",
  "interpreterLanguage", "decision", "decisionAmountSek", "consentGivenOn", "type", "organisationId", "name", "role", "teamId", "isActive", "responseDays",
  "titleSv", "titleEn", "bodySv", "bodyEn", "ownerId", "slug", "articleId", "isPublished", "intent", "step", "currentPassword", "newPassword",
  "confirmPassword", "password", "destinationCountry", "relation", "completedOn", "website", "country", "confirmDistinct", "candidateIds", "baseValues",
  "economicScore", "socialScore", "psychosocialScore", "nextSteps", "members.0.birthDate", "$ACTION_ID_x", "text", "kind", "savedAt", "entryId",
  "householdMemberId", "sessionId", "followUpId", "intoCaseNumber", "decidedOn", "agencyReference", "changeCaseStatus", "verdict", "comment", "cases",
  "language", "consent", "recipients", "body", "reviewedOn", "reviewedBy", "interpreterDialect",
  "interpreterAgency", "interpreterMode", "interpreterIdNumber",
  "householdMemberId", "sessionId", "followUpId", "verdict", "comment", "removeAfterYears", "researchSampleDays", "auditYears",
] as const;

/** An id-shaped value: real ids of other teams' records and of one's own, and junk. */
const idArb = () =>
  fc.oneof(
    fc.constantFrom(foreign.caseId, foreign.userId, own.caseId, world.users.a1.id, "cjld2cjxh0000qzrmn831i7rn"),
    nasty,
    fc.constantFrom<unknown>(42, null, undefined, true, { id: foreign.caseId }, [foreign.caseId], -0, 1e309),
  );

const formArb = () =>
  fc
    .dictionary(fc.constantFrom(...FIELDS), fc.oneof({ weight: 4, arbitrary: nasty }, { weight: 1, arbitrary: idArb().map(String) }), { maxKeys: 12 })
    .chain((fields) => fc.boolean().map((withFile) => ({ fields, withFile })))
    .map(({ fields, withFile }) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      if (withFile) form.append("file", new File([`%PDF-1.4 ${PERSONAL.name}`], `${PERSONAL.name}\u0000.pdf`, { type: "application/pdf" }));
      return form;
    });

// ───────────────────────────── the actions ─────────────────────────────

const idle = { status: "idle" } as const;
type Target = { name: string; bound: number; call: (ids: unknown[], form: FormData) => Promise<unknown> };
const s = (value: unknown) => value as string;

const TARGETS: Target[] = [
  { name: "createUserAction", bound: 0, call: (_, f) => users.createUserAction(idle, f) },
  { name: "updateUserAction", bound: 1, call: ([a], f) => users.updateUserAction(s(a), idle, f) },
  { name: "setUserActiveAction", bound: 2, call: ([a, b]) => users.setUserActiveAction(s(a), b as boolean) },
  { name: "resetPasswordAction", bound: 1, call: ([a]) => users.resetPasswordAction(s(a), idle) },
  { name: "revokeSignInSessionAction", bound: 2, call: ([a, b]) => users.revokeSignInSessionAction(s(a), s(b)) },
  { name: "updateReferralSettingsAction", bound: 0, call: (_, f) => settings.updateReferralSettingsAction(idle, f) },
  { name: "updateStatisticsSettingsAction", bound: 0, call: (_, f) => settings.updateStatisticsSettingsAction(idle, f) },
  { name: "updateRetentionSettingsAction", bound: 0, call: (_, f) => settings.updateRetentionSettingsAction(idle, f) },
  { name: "makeRetentionListAction", bound: 0, call: (_, f) => retention.makeRetentionListAction(idle, f) },
  { name: "approveRetentionAction", bound: 1, call: ([a], f) => retention.approveRetentionAction(s(a), idle, f) },
  { name: "legalHoldAction", bound: 2, call: ([a, b], f) => records.legalHoldAction(s(a), b as never, idle, f) },
  { name: "archiveTransferAction", bound: 1, call: ([a], f) => records.archiveTransferAction(s(a), idle, f) },
  { name: "calculateEligibilityAction", bound: 0, call: (_, f) => calculator.calculateEligibilityAction(idle as never, f) },
  { name: "changeStatusAction", bound: 1, call: ([a], f) => caseOverview.changeStatusAction(s(a), idle, f) },
  { name: "addMemberAction", bound: 1, call: ([a], f) => caseOverview.addMemberAction(s(a), idle, f) },
  { name: "updateMemberAction", bound: 2, call: ([a, b], f) => caseOverview.updateMemberAction(s(a), s(b), idle, f) },
  { name: "removeMemberAction", bound: 2, call: ([a, b], f) => caseOverview.removeMemberAction(s(a), s(b), idle, f) },
  { name: "reassignAction", bound: 1, call: ([a], f) => caseOverview.reassignAction(s(a), idle, f) },
  { name: "undoStatusAction", bound: 1, call: ([a], f) => caseOverview.undoStatusAction(s(a), idle, f) },
  { name: "uploadDocumentAction", bound: 1, call: ([a], f) => documents.uploadDocumentAction(s(a), idle as never, f) },
  { name: "withdrawDocumentAction", bound: 2, call: ([a, b], f) => documents.withdrawDocumentAction(s(a), s(b), idle, f) },
  { name: "updateCaseAction", bound: 1, call: ([a], f) => edit.updateCaseAction(s(a), idle as never, f) },
  { name: "eligibilityCheckAction", bound: 1, call: ([a], f) => eligibility.eligibilityCheckAction(s(a), idle as never, f) },
  { name: "recordFollowUpAction", bound: 2, call: ([a, b], f) => followUp.recordFollowUpAction(s(a), s(b), idle, f) },
  { name: "updatePlanStepAction", bound: 2, call: ([a, b], f) => plan.updatePlanStepAction(s(a), s(b), idle, f) },
  { name: "addPlanStepAction", bound: 1, call: ([a], f) => plan.addPlanStepAction(s(a), idle, f) },
  { name: "createReferralAction", bound: 1, call: ([a], f) => referrals.createReferralAction(s(a), idle, f) },
  { name: "recordConsentAction", bound: 2, call: ([a, b], f) => referrals.recordConsentAction(s(a), s(b), idle, f) },
  { name: "changeReferralStatusAction", bound: 2, call: ([a, b], f) => referrals.changeReferralStatusAction(s(a), s(b), idle, f) },
  { name: "correctDecisionAction", bound: 2, call: ([a, b], f) => referralDecisions.correctDecisionAction(s(a), s(b), idle, f) },
  { name: "proposeMergeAction", bound: 1, call: ([a], f) => caseMerge.proposeMergeAction(s(a), idle, f) },
  { name: "decideApprovalAction", bound: 1, call: ([a], f) => approvals.decideApprovalAction(s(a), f) },
  { name: "createSessionAction", bound: 1, call: ([a], f) => sessions.createSessionAction(s(a), idle, f) },
  { name: "updateSessionAction", bound: 2, call: ([a, b], f) => sessions.updateSessionAction(s(a), s(b), idle, f) },
  { name: "createTaskAction", bound: 1, call: ([a], f) => tasks.createTaskAction(s(a), idle, f) },
  { name: "completeTaskAction", bound: 2, call: ([a, b]) => tasks.completeTaskAction(s(a), s(b)) },
  { name: "updateTaskAction", bound: 2, call: ([a, b], f) => tasks.updateTaskAction(s(a), s(b), idle, f) },
  { name: "reopenTaskAction", bound: 2, call: ([a, b]) => tasks.reopenTaskAction(s(a), s(b)) },
  { name: "createJournalEntryAction", bound: 1, call: ([a], f) => journal.createJournalEntryAction(s(a), idle, f) },
  { name: "updateJournalDraftAction", bound: 2, call: ([a, b], f) => journal.updateJournalDraftAction(s(a), s(b), idle, f) },
  { name: "signJournalEntryAction", bound: 2, call: ([a, b], f) => journal.signJournalEntryAction(s(a), s(b), idle, f) },
  { name: "correctJournalEntryAction", bound: 2, call: ([a, b], f) => journal.correctJournalEntryAction(s(a), s(b), idle, f) },
  { name: "openEmergencyAction", bound: 0, call: (_, f) => emergency.openEmergencyAction(idle, f) },
  { name: "reviewEmergencyAccessAction", bound: 1, call: ([a], f) => emergencyReview.reviewEmergencyAccessAction(a, idle, f) },
  { name: "intakeAction", bound: 0, call: (_, f) => intake.intakeAction(idle as never, f) },
  { name: "markReviewedAction", bound: 0, call: (_, f) => guidanceArticle.markReviewedAction(f) },
  { name: "setPublishedAction", bound: 0, call: (_, f) => guidanceArticle.setPublishedAction(f) },
  { name: "updateArticleAction", bound: 2, call: ([a, b], f) => guidanceEdit.updateArticleAction(s(a), s(b), idle as never, f) },
  { name: "createArticleAction", bound: 0, call: (_, f) => guidanceNew.createArticleAction(idle as never, f) },
  { name: "giveClientMaterialAction", bound: 1, call: ([a], f) => clientMaterialCase.giveClientMaterialAction(s(a), idle, f) },
  { name: "updateClientMaterialAction", bound: 2, call: ([a, b], f) => clientMaterialAdmin.updateClientMaterialAction(s(a), s(b), idle, f) },
  { name: "createOrganisationAction", bound: 0, call: (_, f) => organisations.createOrganisationAction(idle, f) },
  { name: "updateOrganisationAction", bound: 1, call: ([a], f) => organisations.updateOrganisationAction(s(a), idle, f) },
  { name: "changePasswordAction", bound: 0, call: (_, f) => profile.changePasswordAction(idle, f) },
  { name: "changeInitialPasswordAction", bound: 0, call: (_, f) => profile.changeInitialPasswordAction(idle, f) },
  { name: "setLanguageSettingAction", bound: 0, call: (_, f) => profile.setLanguageSettingAction(f) },
  { name: "disableTwoFactorAction", bound: 0, call: (_, f) => profile.disableTwoFactorAction(idle, f) },
  { name: "verifySecondFactorAction", bound: 0, call: (_, f) => twoFactor.verifySecondFactorAction(idle, f) },
  { name: "enrolmentAction", bound: 0, call: (_, f) => twoFactor.enrolmentAction(idle as never, f) },
  // Protected personal data and the access-log review (issue 13).
  { name: "markProtectedAction", bound: 1, call: ([a], f) => protection.markProtectedAction(s(a), idle, f) },
  { name: "unmarkProtectedAction", bound: 1, call: ([a], f) => protection.unmarkProtectedAction(s(a), idle, f) },
  { name: "nameProtectedAccessAction", bound: 1, call: ([a], f) => protection.nameProtectedAccessAction(s(a), idle, f) },
  { name: "removeProtectedAccessAction", bound: 2, call: ([a, b], f) => protection.removeProtectedAccessAction(s(a), s(b), idle, f) },
  { name: "revealContactAction", bound: 1, call: ([a], f) => protection.revealContactAction(s(a), idle, f) },
  { name: "drawMonthAction", bound: 0, call: (_, f) => logReview.drawMonthAction(idle, f) },
  { name: "markPickAction", bound: 2, call: ([a, b], f) => logReview.markPickAction(s(a), s(b), idle, f) },
  { name: "signOffAction", bound: 1, call: ([a], f) => logReview.signOffAction(s(a), idle, f) },
  { name: "updateLogReviewSettingsAction", bound: 0, call: (_, f) => logReviewSettings.updateLogReviewSettingsAction(idle, f) },
  { name: "assignFromQueueAction", bound: 0, call: (_, f) => queue.assignFromQueueAction(idle, f) },
  { name: "previewReassignmentAction", bound: 0, call: (_, f) => bulkReassign.previewReassignmentAction(idle, f) },
  { name: "confirmReassignmentAction", bound: 0, call: (_, f) => bulkReassign.confirmReassignmentAction(idle, f) },
  { name: "decideTransferAction", bound: 1, call: ([a], f) => transfers.decideTransferAction(s(a), f) },
  { name: "markNotificationReadAction", bound: 1, call: ([a]) => notifications.markNotificationReadAction(s(a)) },
  { name: "markAllNotificationsReadAction", bound: 0, call: () => notifications.markAllNotificationsReadAction() },
  { name: "releaseToQueueAction", bound: 1, call: ([a], f) => handover.releaseToQueueAction(s(a), idle, f) },
  { name: "requestTransferAction", bound: 1, call: ([a], f) => handover.requestTransferAction(s(a), idle, f) },
];

// ───────────────────────────── the checks ─────────────────────────────

/** Answers that are not errors: Next's redirect and "not found" travel as thrown digests. */
function isAnswer(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404"));
}

/** Audit rows a refused call may leave: the trail of refusals (and any "<thing>.refused") and of wrong codes. */
const REFUSAL_ACTIONS = ["access.denied", "access.denied.throttled", "write.refused", "auth.twoFactor.failed", "signInSession.revoke"];

/** Every table a call could write, counted, and team C's case as it stands. */
async function snapshot() {
  const [row] = await db.$queryRaw<Record<string, bigint | string | null>[]>`
    SELECT (SELECT count(*) FROM "Case") AS cases, (SELECT count(*) FROM "HouseholdMember") AS members,
           (SELECT count(*) FROM "CounsellingSession") AS sessions, (SELECT count(*) FROM "ReturnPlanStep") AS steps,
           (SELECT count(*) FROM "Task") AS tasks, (SELECT count(*) FROM "FollowUp") AS "followUps",
           (SELECT count(*) FROM "Referral") AS referrals, (SELECT count(*) FROM "Document") AS documents,
           (SELECT count(*) FROM "EligibilityCheck") AS checks, (SELECT count(*) FROM "User") AS users,
           (SELECT count(*) FROM "Organisation") AS organisations, (SELECT count(*) FROM "GuidanceArticle") AS articles,
           (SELECT count(*) FROM "EmergencyAccess") AS grants, (SELECT count(*) FROM "EmergencyAccessReview") AS "grantReviews", (SELECT count(*) FROM "JournalEntry") AS journal,
           (SELECT count(*) FROM "JournalEntryVersion") AS "journalVersions", (SELECT coalesce(max("updatedAt")::text, '') FROM "JournalEntry") AS "journalLastWrite", (SELECT count(*) FROM "Setting") AS settings, (SELECT count(*) FROM "ReferralEvent") AS "referralEvents", (SELECT count(*) FROM "CaseStatusChange") AS "statusChanges",
           (SELECT count(*) FROM "ProtectedCaseAccess") AS "protectedAccess", (SELECT count(*) FROM "LogReview") AS "logReviews",
           (SELECT coalesce(max("markedAt")::text, '') FROM "LogReviewPick") AS "logReviewLastMark",
           (SELECT count(*) FROM "Notification") AS notifications, (SELECT count(*) FROM "Notification" WHERE "readAt" IS NULL) AS "unreadNotifications",
           (SELECT count(*) FROM "ApprovalRequest") AS "approvalRequests", (SELECT count(*) FROM "Case" WHERE "adviserId" IS NULL) AS "queuedCases",
           (SELECT count(*) FROM "ClientMaterialGiven") AS "materialGiven", (SELECT count(*) FROM "ClientMaterialRevision") AS "materialRevisions",
           (SELECT count(*) FROM "JournalEntryVersion") AS "journalVersions", (SELECT coalesce(max("updatedAt")::text, '') FROM "JournalEntry") AS "journalLastWrite", (SELECT count(*) FROM "Setting") AS settings, (SELECT count(*) FROM "RetentionRun") AS "retentionRuns", (SELECT coalesce(max("updatedAt")::text, '') FROM "Case") AS "caseLastWrite", (SELECT count(*) FROM "ReferralEvent") AS "referralEvents", (SELECT count(*) FROM "CaseStatusChange") AS "statusChanges",
           (SELECT count(*) FROM "AuditEvent" WHERE NOT (action = ANY(${REFUSAL_ACTIONS}) OR action LIKE '%.refused')) AS audits,
           (SELECT concat_ws('|', version, status, "adviserId", "updatedAt", "protectedIdentity") FROM "Case" WHERE id = ${foreign.caseId}) AS "foreignCase"`;
  return row!;
}

/** Whether the answer says the call was refused (so it must have written nothing). */
function wasRefused(outcome: { threw: unknown } | { value: unknown }): boolean {
  if ("threw" in outcome) return (outcome.threw as { digest?: string }).digest?.startsWith("NEXT_HTTP_ERROR_FALLBACK") ?? false;
  const state = outcome.value as { status?: string } | undefined;
  return state?.status === "error";
}

const ROLES = (): UserLike[] => [world.users.a1, world.users.managerA, world.users.staff, world.users.admin];

describe(`every server action survives ${RUNS} generated calls (issue 12)`, () => {
  for (const target of TARGETS) {
    it(target.name, async () => {
      // The state after one call is the state before the next: counted once per call.
      let before = await snapshot();
      await fc.assert(
        fc.asyncProperty(fc.array(idArb(), { minLength: target.bound, maxLength: target.bound }), formArb(), fc.integer({ min: 0, max: 3 }), async (ids, form, who) => {
          signInAs(ROLES()[who]!);
          // A wrong code counts on the user's lock and is slowed down from the third: start each call afresh.
          await db.signInThrottle.deleteMany({ where: { key: { startsWith: "totp:" } } });
          const written = io.written.length;
          let outcome: { threw: unknown } | { value: unknown };
          try {
            outcome = { value: await target.call(ids, form) };
          } catch (error) {
            if (!isAnswer(error)) throw error;
            outcome = { threw: error };
          }
          const after = await snapshot();
          const previous = before;
          before = after;
          expect(after.foreignCase, "team C's case changed").toBe(previous.foreignCase);
          if (wasRefused(outcome)) expect(after, "a refused call wrote something").toEqual(previous);
          const logged = io.written.slice(written).join("\n");
          for (const value of Object.values(PERSONAL)) expect(logged, "personal data in the log").not.toContain(value);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      // A thousand calls take seconds alone, minutes on a machine shared with others.
    }, 900_000);
  }
});

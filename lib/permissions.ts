// Who may do what: one table of named actions per resource. Scope (which
// records) is decided separately in lib/data/scope.ts; this table only says
// whether a role may attempt the action at all.
import { ROLES, type Role } from "@/lib/vocabularies/roles";

const CASE_WORKERS = ["ADVISER"] as const satisfies readonly Role[];
const EVERYONE = ROLES;

export const PERMISSIONS = {
  "case.read": ["ADVISER", "MANAGER"],
  "case.create": CASE_WORKERS,
  "case.update": CASE_WORKERS,
  "case.close": CASE_WORKERS,
  /** Advisers hand a case over within its team; managers assign their team's cases. */
  "case.assign": ["ADVISER", "MANAGER"],
  "case.emergencyAccess": CASE_WORKERS,
  "case.accessLog.read": ["ADVISER", "MANAGER"],
  /** Protected personal data (issue 13): the adviser or a manager marks it; only a manager names who else may see the case. */
  "case.protect": ["ADVISER", "MANAGER"],
  "case.protectedAccess.manage": ["MANAGER"],
  /** Proposing to merge a person registered twice; a manager of the team confirms it (approval.decide, decision 019). */
  "case.merge": CASE_WORKERS,
  /** A legal hold (pending appeal, records request) keeps a case from retention; set and released with a reason. */
  "case.legalHold": ["ADVISER", "MANAGER"],
  /** A person's own data (GDPR art. 15, registerutdrag) and a case's archive package: the case's advisers make them. */
  "case.extract": CASE_WORKERS,
  "case.archiveExport": CASE_WORKERS,
  "eligibility.calculate": ["ADVISER", "STAFF"],
  "eligibility.save": CASE_WORKERS,
  // Managers follow their team's referrals; only advisers make them and take
  // the letter (personal data going out) out of the system.
  "referral.read": ["ADVISER", "MANAGER"],
  "referral.write": CASE_WORKERS,
  "referral.letter": CASE_WORKERS,
  /** The register of receiving organisations holds no personal data; city staff get guidance instead. */
  "organisation.read": ["ADVISER", "MANAGER", "ADMIN"],
  "organisation.manage": ["ADMIN"],
  // Casework on a case. Counselling notes and documents are need-to-know: the
  // advisers only. Managers follow progress and outcomes (plan, follow-ups).
  "counselling.read": CASE_WORKERS,
  "counselling.write": CASE_WORKERS,
  /** The case journal (notes, signed and corrected) is counselling material: advisers only. */
  "journal.read": CASE_WORKERS,
  "journal.write": CASE_WORKERS,
  "plan.read": ["ADVISER", "MANAGER"],
  "plan.write": CASE_WORKERS,
  "task.read": CASE_WORKERS,
  "task.write": CASE_WORKERS,
  "followUp.read": ["ADVISER", "MANAGER"],
  "followUp.write": CASE_WORKERS,
  "document.read": CASE_WORKERS,
  "document.upload": CASE_WORKERS,
  "document.withdraw": CASE_WORKERS,
  "myDay.read": CASE_WORKERS,
  "guidance.read": EVERYONE,
  "guidance.edit": ["ADMIN"],
  /** The client information sheet and consent form in the person's language: texts, no personal data. */
  "clientMaterial.read": ["ADVISER", "ADMIN"],
  "clientMaterial.edit": ["ADMIN"],
  /** Giving a text to the person is recorded on the case (förvaltningslagen 25 §). */
  "clientMaterial.give": CASE_WORKERS,
  "statistics.read": ["MANAGER"],
  /** Exports (issue 14 part 5): the filtered case list, a team's caseload, the statistics tables. */
  "case.export": ["ADVISER", "MANAGER"],
  "caseload.export": ["MANAGER"],
  "statistics.export": ["MANAGER"],
  "emergencyAccess.review": ["MANAGER"],
  /** The two-person rule (issue 12 H2): a team's managers approve changes that would let someone read its cases. */
  "approval.decide": ["MANAGER"],
  "user.manage": ["ADMIN"],
  "signInSession.revoke": ["ADMIN"],
  "audit.read": ["ADMIN", "MANAGER", "LOG_REVIEWER"],
  /** The monthly access-log review (loggkontroll, issue 13): who read what, never case contents. */
  "logReview.read": ["MANAGER", "LOG_REVIEWER"],
  "logReview.write": ["MANAGER", "LOG_REVIEWER"],
  "settings.manage": ["ADMIN"],
  /** The retention list (dry run) and its approval: case numbers and counts, never a person. */
  "retention.manage": ["ADMIN"],
  "jobs.read": ["ADMIN"],
  "profile.update": EVERYONE,
  // Work moving between people (issue 14, parts 6–7; docs/decisions/023).
  /** The team's intake queue: managers see it and assign from it; an adviser puts a case of their own into it. */
  "queue.read": ["MANAGER"],
  "queue.assign": ["MANAGER"],
  "queue.release": CASE_WORKERS,
  /** Many cases from one adviser to another at once (someone leaves or is away). */
  "case.bulkReassign": ["MANAGER"],
  /** Asking another team to take over a case; that team's managers accept it and choose the adviser. */
  "case.transfer.request": ["ADVISER", "MANAGER"],
  "case.transfer.decide": ["MANAGER"],
  /** Reminders (bevakning) and notices: for those who do casework or lead it. */
  "notification.read": ["ADVISER", "MANAGER"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

/** Where each role starts: where its work is. */
const HOME_PATH: Record<Role, string> = {
  ADVISER: "/my-day",
  MANAGER: "/dashboard",
  STAFF: "/guidance",
  ADMIN: "/admin/users",
  LOG_REVIEWER: "/log-review",
};

export function homePathFor(role: Role): string {
  return HOME_PATH[role];
}

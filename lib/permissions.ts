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
  "statistics.read": ["MANAGER"],
  "emergencyAccess.review": ["MANAGER"],
  /** The two-person rule (issue 12 H2): a team's managers approve changes that would let someone read its cases. */
  "approval.decide": ["MANAGER"],
  "user.manage": ["ADMIN"],
  "signInSession.revoke": ["ADMIN"],
  "audit.read": ["ADMIN", "MANAGER"],
  "settings.manage": ["ADMIN"],
  /** The retention list (dry run) and its approval: case numbers and counts, never a person. */
  "retention.manage": ["ADMIN"],
  "jobs.read": ["ADMIN"],
  "profile.update": EVERYONE,
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
};

export function homePathFor(role: Role): string {
  return HOME_PATH[role];
}

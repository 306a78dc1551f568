// The authorization matrix: every page and route handler × anonymous and each
// role, in one table. tests/e2e/authorization.spec.ts checks every cell
// against the running app. Rows use {placeholders} that the spec fills with
// real ids: {ownCase} (an open case of the demo adviser's, with a counselling
// {session}, an eligibility {check}, a {referral} and a {document} of its
// own), {otherTeamCase} (a case of another team), {emergencyCase} (another
// team's case that the demo adviser has opened by emergency access), {user}
// (a user id) and {organisation}.

export type Who = "anonymous" | "ADVISER" | "STAFF" | "MANAGER" | "ADMIN";

/**
 * ok: the page renders (2xx); login: sent to sign-in; home: sent on to the
 * start page (e.g. /login when already signed in); onward: sent to another
 * page (the start page sends each role to its own); hidden: 404, the same as a
 * missing record; unauthorized: 401 from a JSON route; invalid: 400, the
 * route was reached and refused the (empty) input.
 */
export type Expect = "ok" | "login" | "home" | "onward" | "hidden" | "unauthorized" | "invalid";

/** `body`, when given, is sent as JSON. */
type Row = { path: string; method?: "GET" | "POST"; body?: object; expect: Record<Who, Expect> };

const SIGNED_IN_ONLY = { anonymous: "login", ADVISER: "ok", STAFF: "ok", MANAGER: "ok", ADMIN: "ok" } as const;
const PUBLIC = { anonymous: "ok", ADVISER: "ok", STAFF: "ok", MANAGER: "ok", ADMIN: "ok" } as const;

function only(...roles: Exclude<Who, "anonymous">[]): Record<Who, Expect> {
  return {
    anonymous: "login",
    ADVISER: roles.includes("ADVISER") ? "ok" : "hidden",
    STAFF: roles.includes("STAFF") ? "ok" : "hidden",
    MANAGER: roles.includes("MANAGER") ? "ok" : "hidden",
    ADMIN: roles.includes("ADMIN") ? "ok" : "hidden",
  };
}

export const AUTHORIZATION_MATRIX: Row[] = [
  // Public
  { path: "/login", expect: { anonymous: "ok", ADVISER: "home", STAFF: "home", MANAGER: "home", ADMIN: "home" } },
  { path: "/api/health", expect: PUBLIC },
  { path: "/api/health/ready", expect: PUBLIC },
  { path: "/accessibility", expect: PUBLIC },
  // Everyone signed in
  { path: "/", expect: { anonymous: "login", ADVISER: "onward", STAFF: "onward", MANAGER: "onward", ADMIN: "onward" } },
  { path: "/profile", expect: SIGNED_IN_ONLY },
  // Administration
  { path: "/admin/users", expect: only("ADMIN") },
  { path: "/admin/users/{user}", expect: only("ADMIN") },
  { path: "/admin/sign-ins", expect: only("ADMIN") },
  { path: "/admin/jobs", expect: only("ADMIN") },
  { path: "/admin/retention", expect: only("ADMIN") },
  { path: "/audit", expect: only("ADMIN", "MANAGER") },
  // The access-log review (issue 13): managers here (and log reviewers, tests/e2e/protected.spec.ts); a month never drawn reads as missing.
  { path: "/log-review", expect: only("MANAGER") },
  { path: "/log-review/2001-01", expect: only() },
  { path: "/api/log-review/2001-01/pdf", expect: { anonymous: "unauthorized", ADVISER: "hidden", STAFF: "hidden", MANAGER: "hidden", ADMIN: "hidden" } },
  { path: "/approvals", expect: only("MANAGER") },
  { path: "/approvals?error=notFound", expect: only("MANAGER") },
  // A second manager's decision came too late, or a merge may no longer happen (decision 019): the same page, with its message.
  { path: "/approvals?decided=no-such-request", expect: only("MANAGER") },
  { path: "/approvals?mergeRefused=targetClosed", expect: only("MANAGER") },
  { path: "/emergency-access", expect: only("MANAGER") },
  { path: "/emergency-access?show=unreviewed", expect: only("MANAGER") },
  // The manager's dashboard (issue 14); the old statistics page sends managers on to it.
  { path: "/dashboard", expect: only("MANAGER") },
  { path: "/dashboard?period=2025&adviser={user}", expect: only("MANAGER") },
  { path: "/dashboard?period=custom&from=2025-03-01&to=2025-02-01&team=all", expect: only("MANAGER") },
  { path: "/statistics", expect: { ...only("MANAGER"), MANAGER: "onward" } },
  { path: "/statistics?year=2025", expect: { ...only("MANAGER"), MANAGER: "onward" } },
  // The yearly report and the exports (issue 14 parts 4 and 5); the download routes answer 401 to no one signed in.
  { path: "/statistics/report", expect: only("MANAGER") },
  { path: "/statistics/report?year=2025", expect: only("MANAGER") },
  { path: "/cases/export", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/export?kind=caseload", expect: only("MANAGER") },
  { path: "/api/statistics/report/2025?format=csv", expect: { ...only("MANAGER"), anonymous: "unauthorized" } },
  { path: "/api/exports/cases?format=csv&status=open", expect: { ...only("ADVISER", "MANAGER"), anonymous: "unauthorized" } },
  { path: "/api/exports/cases?kind=caseload&format=xlsx", expect: { ...only("MANAGER"), anonymous: "unauthorized" } },
  // Cases: own team's case vs another team's (which reads as missing)
  { path: "/my-day", expect: only("ADVISER") },
  { path: "/cases", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/new", expect: only("ADVISER") },
  { path: "/cases/emergency", expect: only("ADVISER") },
  { path: "/calculator", expect: only("ADVISER", "STAFF") },
  { path: "/cases/{ownCase}", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/{otherTeamCase}", expect: only() },
  { path: "/cases/{ownCase}/edit", expect: only("ADVISER") },
  { path: "/cases/{ownCase}/sessions", expect: only("ADVISER") },
  { path: "/cases/{otherTeamCase}/sessions", expect: only() },
  { path: "/cases/{ownCase}/plan", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/{ownCase}/follow-up", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/{ownCase}/documents", expect: only("ADVISER") },
  { path: "/cases/{otherTeamCase}/documents", expect: only() },
  // The documents list with those withdrawn as registered in error (issue 11): the same rule as the list.
  { path: "/cases/{ownCase}/documents?withdrawn=1", expect: only("ADVISER") },
  { path: "/cases/{otherTeamCase}/documents?withdrawn=1", expect: only() },
  { path: "/cases/{ownCase}/eligibility", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/{otherTeamCase}/eligibility", expect: only() },
  { path: "/cases/{ownCase}/eligibility/new", expect: only("ADVISER") },
  { path: "/cases/{ownCase}/eligibility/{check}", expect: only("ADVISER", "MANAGER") },
  { path: "/print/eligibility/{check}", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/{ownCase}/journal", expect: only("ADVISER") },
  { path: "/cases/{otherTeamCase}/journal", expect: only() },
  { path: "/print/cases/{ownCase}", expect: only("ADVISER") },
  { path: "/print/cases/{otherTeamCase}", expect: only() },
  { path: "/print/cases/{ownCase}/sessions/{session}", expect: only("ADVISER") },
  { path: "/cases/{ownCase}/sessions/new", expect: only("ADVISER") },
  { path: "/cases/{ownCase}/sessions/{session}", expect: only("ADVISER") },
  { path: "/cases/{ownCase}/tasks", expect: only("ADVISER") },
  { path: "/api/cases/{ownCase}/documents/{document}", expect: only("ADVISER") },
  { path: "/cases/{otherTeamCase}/edit", expect: only() },
  { path: "/cases/{otherTeamCase}/plan", expect: only() },
  { path: "/cases/{otherTeamCase}/follow-up", expect: only() },
  { path: "/cases/{otherTeamCase}/tasks", expect: only() },
  // Emergency access opens that one case to that adviser, and no other case of its team.
  { path: "/cases/{emergencyCase}", expect: only("ADVISER") },
  { path: "/cases/{emergencyCase}/sessions", expect: only("ADVISER") },
  { path: "/cases/{emergencyCase}/documents", expect: only("ADVISER") },
  { path: "/cases/{emergencyCase}/eligibility", expect: only("ADVISER") },
  { path: "/cases/{emergencyCase}/referrals", expect: only("ADVISER") },
  // Retention and a person's data (issue 13): the legal hold for the case's advisers and managers; the extract
  // and the archive package for its own advisers only — an emergency grant gives a look, never an extract.
  { path: "/cases/{ownCase}/records", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/{otherTeamCase}/records", expect: only() },
  { path: "/cases/{emergencyCase}/records", expect: only("ADVISER") },
  { path: "/api/cases/{ownCase}/extract", expect: only("ADVISER") },
  { path: "/api/cases/{otherTeamCase}/extract", expect: only() },
  { path: "/api/cases/{emergencyCase}/extract", expect: only() },
  { path: "/api/cases/{ownCase}/archive", expect: only("ADVISER") },
  { path: "/api/cases/{otherTeamCase}/archive", expect: only() },
  { path: "/api/cases/{emergencyCase}/archive", expect: only() },
  // The calculator over HTTP: for the roles that may use the calculator (eligibility.calculate) only.
  { path: "/api/eligibility", method: "POST", body: {}, expect: { anonymous: "unauthorized", ADVISER: "invalid", STAFF: "invalid", MANAGER: "hidden", ADMIN: "hidden" } },
  // Guidance: everyone signed in reads; administrators edit. The slug is a seeded article (lib/seed/guidance.ts).
  { path: "/guidance", expect: SIGNED_IN_ONLY },
  { path: "/guidance?q=bidragen", expect: SIGNED_IN_ONLY },
  { path: "/guidance/wizard", expect: SIGNED_IN_ONLY },
  { path: "/guidance/wizard?citizen=NO&permit=NO&asylum=REJECTED_OR_WITHDRAWN", expect: SIGNED_IN_ONLY },
  { path: "/guidance/atervandring-och-atervandande", expect: SIGNED_IN_ONLY },
  { path: "/guidance/new", expect: only("ADMIN") },
  { path: "/guidance/atervandring-och-atervandande/edit", expect: only("ADMIN") },
  { path: "/guidance/atervandring-och-atervandande/revisions", expect: only("ADMIN") },
  { path: "/guidance/atervandring-och-atervandande/revisions/0", expect: only("ADMIN") },
  // Referrals: a case's referrals follow its scope; the letter is the advisers'; the register and settings below.
  { path: "/referrals", expect: only("ADVISER", "MANAGER") },
  { path: "/referrals?scope=team&status=all&overdue=1", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/{ownCase}/referrals", expect: only("ADVISER", "MANAGER") },
  { path: "/cases/{ownCase}/referrals/new", expect: only("ADVISER") },
  { path: "/cases/{otherTeamCase}/referrals", expect: only() },
  { path: "/cases/{ownCase}/referrals/{referral}", expect: only("ADVISER", "MANAGER") },
  { path: "/api/referrals/{referral}/letter", expect: only("ADVISER") },
  { path: "/api/referrals/no-such-referral/letter", expect: only() },
  { path: "/organisations", expect: only("ADVISER", "MANAGER", "ADMIN") },
  { path: "/organisations/new", expect: only("ADMIN") },
  { path: "/organisations/{organisation}/edit", expect: only("ADMIN") },
  { path: "/admin/settings", expect: only("ADMIN") },
  // Work moving between people (docs/decisions/023): the queue, bulk moves and transfers are the managers'; notifications are for those who do or lead casework.
  { path: "/queue", expect: only("MANAGER") },
  { path: "/cases/reassign", expect: only("MANAGER") },
  { path: "/cases/reassign?from={user}&status=COUNSELLING&all=1", expect: only("MANAGER") },
  { path: "/transfers", expect: only("MANAGER") },
  { path: "/transfers?error=stale&done=accepted", expect: only("MANAGER") },
  { path: "/notifications", expect: only("ADVISER", "MANAGER") },
  // Client material (issue 15): texts for advisers and administrators, edited by administrators; given on a case by its advisers.
  { path: "/admin/client-material", expect: only("ADMIN") },
  { path: "/admin/client-material/consent/ar", expect: only("ADMIN") },
  { path: "/admin/client-material/consent/xx", expect: only() },
  { path: "/print/client-material/information-sheet/ti", expect: only("ADVISER", "ADMIN") },
  { path: "/print/client-material/leaflet/ti", expect: only() },
  { path: "/cases/{ownCase}/material", expect: only("ADVISER") },
  { path: "/cases/{otherTeamCase}/material", expect: only() },
  { path: "/cases/{emergencyCase}/material", expect: only("ADVISER") },
  { path: "/print/cases/{ownCase}/material/no-such-record", expect: only() },
];

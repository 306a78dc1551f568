// The authorization matrix: every page and route handler × anonymous and each
// role, in one table. tests/e2e/authorization.spec.ts checks every cell
// against the running app. Rows use {placeholders} that the spec fills with
// real ids: {ownCase} (the demo adviser's own case), {otherTeamCase} (a case
// of another team), {emergencyCase} (opened by emergency access in the test),
// {user} (a user id), {document}, {check}, {referral}.

export type Who = "anonymous" | "ADVISER" | "STAFF" | "MANAGER" | "ADMIN";

/** ok: the page renders (2xx); login: sent to sign-in; hidden: 404, the same as a missing record. */
export type Expect = "ok" | "login" | "hidden" | "unauthorized";

type Row = { path: string; method?: "GET" | "POST"; expect: Record<Who, Expect> };

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
  { path: "/login", expect: PUBLIC },
  { path: "/api/health", expect: PUBLIC },
  { path: "/accessibility", expect: PUBLIC },
  // Everyone signed in
  { path: "/", expect: SIGNED_IN_ONLY },
  { path: "/profile", expect: SIGNED_IN_ONLY },
  // Administration
  { path: "/admin/users", expect: only("ADMIN") },
  { path: "/admin/users/{user}", expect: only("ADMIN") },
  { path: "/admin/sessions", expect: only("ADMIN") },
  { path: "/audit", expect: only("ADMIN", "MANAGER") },
  { path: "/emergency-access", expect: only("MANAGER") },
];

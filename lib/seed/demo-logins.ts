// The demo office's logins, one per role (the README lists the same). On its
// own so that the end-to-end tests can sign in with them without loading the
// builders.
import type { Role } from "../generated/prisma/enums";

export const DEMO_PASSWORD = "Hemvag-demo-2026";

export type DemoLogin = { email: string; role: Role; name: string };

/** One account per role; every seeded account has DEMO_PASSWORD. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { email: "adviser@hemvag.test", role: "ADVISER", name: "Sara Lindqvist" },
  { email: "manager@hemvag.test", role: "MANAGER", name: "Johan Berg" },
  { email: "staff@hemvag.test", role: "STAFF", name: "Maria Nilsson" },
  { email: "admin@hemvag.test", role: "ADMIN", name: "Anders Ek" },
];

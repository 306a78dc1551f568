// The signed-in user for data-layer tests. Our auth lookup
// (lib/auth: Auth.js token → SignInSession row) needs a request; here it is replaced
// by a user the test chooses, built from a real User row. Nothing else is
// mocked: the data functions run against Postgres as in the app.
//
//   import { signInAs } from "@/tests/support/as-user";   // before the data modules
//   signInAs(await userRow(adviserId));
import { vi } from "vitest";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";

// lib/env checks the whole configuration on first use; the data layer needs no real secret.
process.env.AUTH_SECRET ??= "test-only-secret-for-data-layer-tests-0123456789";

const state = vi.hoisted(() => ({ user: null as SignedInUser | null }));

// lib/auth is the boundary to Auth.js and the request: the gate (lib/gate.ts)
// asks it who is signed in and, for nobody, to send them to sign-in.
vi.mock("@/lib/auth", () => ({
  getCurrentUser: async () => state.user,
  redirectToSignIn: () => {
    throw new Error("Not signed in. No user is signed in: call signInAs() first.");
  },
}));

export type UserLike = { id: string; email: string; name: string; role: SignedInUser["role"]; teamId: string | null; locale?: SignedInUser["locale"] };

/** A signed-in user as lib/data/sign-in-sessions would load them: two-factor done, nothing owed. */
export function signedInUserOf(user: UserLike): SignedInUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    teamId: user.teamId,
    locale: user.locale ?? "sv",
    signInSessionId: `test-sign-in-${user.id}`,
    isTwoFactorVerified: true,
    hasTwoFactor: false,
    mustChangePassword: false,
  };
}

/**
 * `signIn` replaces parts of the sign-in: a real SignInSession row's id, or a
 * sign-in still waiting for its second factor (for the sign-in and two-factor tests).
 */
export function signInAs(user: UserLike | null, signIn: Partial<Pick<SignedInUser, "signInSessionId" | "isTwoFactorVerified" | "hasTwoFactor" | "mustChangePassword">> = {}): SignedInUser | null {
  state.user = user ? { ...signedInUserOf(user), ...signIn } : null;
  return state.user;
}

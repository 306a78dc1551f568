// Stands in for lib/auth.ts during `npm run bench` (see bench-hooks.mjs). The
// app reads the session id from the Auth.js cookie and then checks the session
// row once per request (React's cache); the bench has no cookie, so it names a
// real session row and checks it the same way, once per "request".
import { loadSignedInUser, type SignedInUser } from "../../lib/data/sign-in-sessions";

const state = globalThis as typeof globalThis & {
  __hemvagBenchSignInSessionId?: string;
  __hemvagBenchRequest?: Promise<SignedInUser | null>;
};

/** Who the following requests are made as: a session created for the bench. */
export function setBenchSignIn(signInSessionId: string): void {
  state.__hemvagBenchSignInSessionId = signInSessionId;
  state.__hemvagBenchRequest = undefined;
}

/** A new request: its first data call looks the session up again. */
export function startBenchRequest(): void {
  state.__hemvagBenchRequest = undefined;
}

export async function getCurrentUser(): Promise<SignedInUser | null> {
  const signInSessionId = state.__hemvagBenchSignInSessionId;
  if (!signInSessionId) return null;
  state.__hemvagBenchRequest ??= loadSignedInUser(signInSessionId);
  return state.__hemvagBenchRequest;
}

export function redirectToSignIn(): never {
  throw new Error("bench: the bench session is missing, revoked or expired");
}

// Stands in for lib/auth.ts during `npm run bench` (see bench-hooks.mjs): the
// signed-in user is whoever the benchmark chose, built from a real User row.
import type { SessionUser } from "../../lib/data/sessions";

const state = globalThis as typeof globalThis & { __hemvagBenchUser?: SessionUser };

export function setBenchUser(user: SessionUser): void {
  state.__hemvagBenchUser = user;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  return state.__hemvagBenchUser ?? null;
}

export async function requireUser(): Promise<SessionUser> {
  if (!state.__hemvagBenchUser) throw new Error("bench: no user set");
  return state.__hemvagBenchUser;
}

export async function requirePermission(): Promise<SessionUser> {
  throw new Error("bench: requirePermission is not used by the data layer");
}

export function homePathFor(): string {
  return "/";
}

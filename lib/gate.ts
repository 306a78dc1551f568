import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser, redirectToSignIn } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { can, type Action } from "@/lib/permissions";
import { needsTwoFactorEnrolment } from "@/lib/two-factor-policy";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { recordDenial } from "@/lib/data/denials";
import { boundId } from "@/lib/action-arguments";

// The one gate. Every page, server action, route handler and data function
// asks it whether the caller may go on: is someone signed in, has their
// session passed every step (second factor, forced password change, mandatory
// enrolment), and may their role perform the named action (lib/permissions.ts).
// Which records they may touch is the record scope's job (lib/data/scope.ts).
//
// `checkAccess` decides; the adapters below only turn a refusal into the
// answer their caller needs. A denial passes through `refuse` and nowhere else.

/** A step the session still owes before the rest of the app opens, in the order they are asked. */
export type OwedStep = "secondFactor" | "newPassword" | "twoFactorEnrolment";

export type Refusal = { reason: "signedOut" } | { reason: "stepOwed"; step: OwedStep; user: SignedInUser } | { reason: "forbidden"; user: SignedInUser; action: Action };

export type Access = { ok: true; user: SignedInUser } | ({ ok: false } & Refusal);

/** Where each owed step is done. */
export const OWED_STEP_PATH: Record<OwedStep, string> = {
  secondFactor: "/login/two-factor",
  newPassword: "/login/new-password",
  twoFactorEnrolment: "/login/two-factor/setup",
};

/** The first step the session still owes, or null when it is complete. */
export function owedStep(user: SignedInUser): OwedStep | null {
  if (!user.isTwoFactorVerified) return "secondFactor";
  if (user.mustChangePassword) return "newPassword";
  if (needsTwoFactorEnrolment(user, getEnv().REQUIRE_TOTP)) return "twoFactorEnrolment";
  return null;
}

type Requirement = {
  /** The named action the caller is about to perform; none for pages any signed-in role may open. */
  action?: Action;
  /** Sign-in steps and signing out run before the session is complete. */
  allowIncompleteSession?: boolean;
};

/** The decision: who is asking, and may they go on. */
export async function checkAccess({ action, allowIncompleteSession = false }: Requirement = {}): Promise<Access> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "signedOut" };
  const step = allowIncompleteSession ? null : owedStep(user);
  if (step) return { ok: false, reason: "stepOwed", step, user };
  if (action && !can(user.role, action)) {
    // Audited, at most a few a minute per user (lib/data/denials.ts): a role probing what it may not do shows in the trail.
    await recordDenial(user, { action: "access.denied", reason: action });
    return { ok: false, reason: "forbidden", user, action };
  }
  return { ok: true, user };
}

/** Pages, actions and data functions: sign-in, the owed step, or "not found" (forbidden looks the same as missing). */
function refuse(refusal: Refusal): never {
  switch (refusal.reason) {
    case "signedOut":
      return redirectToSignIn();
    case "stepOwed":
      return redirect(OWED_STEP_PATH[refusal.step]);
    case "forbidden":
      return notFound();
  }
}

/**
 * The first line of every page, server action and data function that is not
 * public. With an action, the role must be allowed it; without one, any
 * complete session will do (the layout, the home page). A forged anonymous
 * POST bounces here before any input is read.
 */
export async function authorize(action?: Action): Promise<SignedInUser> {
  const access = await checkAccess({ action });
  return access.ok ? access.user : refuse(access);
}

/** As many strings as `Ids` has values. */
type BoundIds<Ids extends readonly unknown[]> = { -readonly [K in keyof Ids]: string };

/**
 * The first line of a server action with ids bound into its form: `authorize`,
 * then each id checked as `boundId` does, in that order, so that a forged
 * anonymous POST bounces here before any argument is read.
 * `[caseId, memberId] = await authorizeBound("case.update", caseId, memberId)`.
 */
export async function authorizeBound<const Ids extends readonly unknown[]>(action: Action, ...ids: Ids): Promise<BoundIds<Ids>> {
  await authorize(action);
  return ids.map((id) => boundId(id)) as BoundIds<Ids>;
}

/** Sign-in steps and signing out: a session at any stage, even one still owing its second factor. */
export async function requireSignedIn(): Promise<SignedInUser> {
  const access = await checkAccess({ allowIncompleteSession: true });
  return access.ok ? access.user : refuse(access);
}

/**
 * Route handlers: the same decision, answered as HTTP. Signed out or an
 * incomplete session is 401; a forbidden role 404, as for pages.
 */
export async function authorizeRequest(action: Action): Promise<{ ok: true; user: SignedInUser } | { ok: false; status: 401 | 404 }> {
  const access = await checkAccess({ action });
  if (access.ok) return access;
  return { ok: false, status: access.reason === "forbidden" ? 404 : 401 };
}

/**
 * The page of one sign-in step: open only to a session that owes that step
 * now (or, with `orDone`, that owes nothing any more, so a page can show its
 * own "done"). Any other session goes to the step it does owe, or into the app.
 */
export async function requireStep(step: OwedStep, { orDone = false } = {}): Promise<SignedInUser> {
  const user = await requireSignedIn();
  const owed = owedStep(user);
  if (owed === step || (owed === null && orDone)) return user;
  return redirect(owed ? OWED_STEP_PATH[owed] : "/");
}

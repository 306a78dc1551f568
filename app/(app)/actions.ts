"use server";

import { signOut } from "@/lib/auth";
import { requireSignedIn } from "@/lib/gate";
import { revokeSignInSession } from "@/lib/data/sign-in-sessions";
import { auditActor } from "@/lib/audit";

export async function signOutAction(): Promise<void> {
  const user = await requireSignedIn();
  await revokeSignInSession(user.signInSessionId, auditActor(user), "signed out");
  await signOut({ redirectTo: "/login" });
}

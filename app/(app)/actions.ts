"use server";

import { signOut } from "@/lib/auth";
import { requireSignedIn } from "@/lib/gate";
import { revokeSession } from "@/lib/data/sessions";
import { auditActor } from "@/lib/audit";

export async function signOutAction(): Promise<void> {
  const user = await requireSignedIn();
  await revokeSession(user.sessionId, auditActor(user), "signed out");
  await signOut({ redirectTo: "/login" });
}

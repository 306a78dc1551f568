"use server";

import { signOut, requireSignedIn } from "@/lib/auth";
import { revokeSession } from "@/lib/data/sessions";

export async function signOutAction(): Promise<void> {
  const user = await requireSignedIn();
  await revokeSession(user.sessionId, { id: user.id, email: user.email, role: user.role }, "signed out");
  await signOut({ redirectTo: "/login" });
}

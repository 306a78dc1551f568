"use server";

import { signOut, getCurrentUser } from "@/lib/auth";
import { revokeSession } from "@/lib/data/sessions";

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await revokeSession(user.sessionId, { id: user.id, email: user.email, role: user.role }, "signed out");
  await signOut({ redirectTo: "/login" });
}

import "server-only";
import { getDb } from "@/lib/db";
import { auditActor, recordAudit } from "@/lib/audit";
import { authorize, requireStep } from "@/lib/gate";
import { endSignInSessions } from "@/lib/data/sign-in-sessions";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import type { ChangePasswordForm } from "@/lib/schemas/profile";
import type { Locale } from "@/lib/generated/prisma/enums";

// A user's own account. The password change also serves the forced change
// that runs before the rest of the app opens, so it is open to a session that
// owes that step, but never to one still owing its second factor (issue 12 L7).

export async function changeOwnPassword(input: ChangePasswordForm): Promise<{ ok: true } | { ok: false; error: "currentWrong" }> {
  const user = await requireStep("newPassword", { orDone: true });
  const db = getDb();
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) return { ok: false, error: "currentWrong" };
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false }, select: { id: true } });
    // Other browsers signed in with the old password are signed out.
    await endSignInSessions(tx, { userId: user.id, exceptSignInSessionId: user.signInSessionId }, "password changed");
    await recordAudit(tx, auditActor(user), { action: "user.changePassword", resourceType: "User", resourceId: user.id });
  });
  return { ok: true };
}

export async function setOwnLocale(locale: Locale): Promise<void> {
  const user = await authorize();
  // Choosing the language already set writes nothing (no audit row).
  if (user.locale === locale) return;
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { locale }, select: { id: true } });
    await recordAudit(tx, auditActor(user), {
      action: "user.update",
      resourceType: "User",
      resourceId: user.id,
      changes: { locale: [user.locale, locale] },
    });
  });
}

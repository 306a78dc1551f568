import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { requireSignedIn } from "@/lib/gate";
import { isTwoFactorRequired } from "@/lib/two-factor-policy";
import { auditActor, recordAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { isValidTotp, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, totpQrDataUrl, totpUri } from "@/lib/totp";
import { countFailure, delayFor, isLocked, type ThrottleKey } from "@/lib/data/sign-in";

// Two-factor sign-in. These functions need a signed-in session, not a complete one:
// they run while the session still waits for its second factor or while a
// mandatory enrolment is pending.


/** A fresh secret, kept unconfirmed until the user proves their app has it. */
export async function startEnrolment(): Promise<{ secret: string; qrDataUrl: string }> {
  const user = await requireSignedIn();
  if (!user.isTwoFactorVerified || user.hasTwoFactor) throw new Error("Enrolment needs a verified session without two-factor");
  const secret = newTotpSecret();
  await getDb().user.update({ where: { id: user.id }, data: { totpSecret: secret, totpEnabledAt: null }, select: { id: true } });
  return { secret, qrDataUrl: await totpQrDataUrl(totpUri(user.email, secret)) };
}

export async function confirmEnrolment(code: string): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; error: "codeWrong" }> {
  const user = await requireSignedIn();
  const db = getDb();
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!row.totpSecret || row.totpEnabledAt || !(await isValidTotp(row.totpSecret, code))) return { ok: false, error: "codeWrong" };
  const recoveryCodes = newRecoveryCodes();
  const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normalizeRecoveryCode(c))));
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() }, select: { id: true } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: user.id, codeHash })) });
    await recordAudit(tx, auditActor(user), { action: "user.twoFactor.enable", resourceType: "User", resourceId: user.id });
  });
  return { ok: true, recoveryCodes };
}

export async function disableTwoFactor(code: string): Promise<{ ok: true } | { ok: false; error: "codeWrong" | "required" }> {
  const user = await requireSignedIn();
  if (isTwoFactorRequired(user.role, getEnv().REQUIRE_TOTP)) return { ok: false, error: "required" };
  const db = getDb();
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true } });
  if (!row.totpSecret || !(await isValidTotp(row.totpSecret, code))) return { ok: false, error: "codeWrong" };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null }, select: { id: true } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, auditActor(user), { action: "user.twoFactor.disable", resourceType: "User", resourceId: user.id });
  });
  return { ok: true };
}

/** Marks a signed-in session as verified with a TOTP code or an unused recovery code. */
export async function verifySecondFactor(code: string): Promise<{ ok: true } | { ok: false; error: "codeWrong" | "locked" }> {
  const user = await requireSignedIn();
  const keys: ThrottleKey[] = [`totp:${user.id}`];
  if (await isLocked(keys)) return { ok: false, error: "locked" };
  const db = getDb();
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
  let usedRecoveryCodeId: string | null = null;
  let isValid = Boolean(row.totpSecret && row.totpEnabledAt && (await isValidTotp(row.totpSecret, code)));
  if (!isValid && /[a-z]/i.test(code)) {
    const unused = await db.recoveryCode.findMany({ where: { userId: user.id, usedAt: null }, select: { id: true, codeHash: true } });
    for (const candidate of unused) {
      if (await verifyPassword(candidate.codeHash, normalizeRecoveryCode(code))) {
        usedRecoveryCodeId = candidate.id;
        isValid = true;
        break;
      }
    }
  }
  if (!isValid) {
    const failures = await countFailure(keys);
    await recordAudit(db, auditActor(user), { action: "auth.twoFactor.failed", resourceType: "User", resourceId: user.id });
    const delay = delayFor(failures);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return { ok: false, error: (await isLocked(keys)) ? "locked" : "codeWrong" };
  }
  await db.$transaction(async (tx) => {
    if (usedRecoveryCodeId) await tx.recoveryCode.update({ where: { id: usedRecoveryCodeId }, data: { usedAt: new Date() }, select: { id: true } });
    await tx.signInSession.update({ where: { id: user.signInSessionId }, data: { isTwoFactorVerified: true }, select: { id: true } });
    await tx.signInThrottle.deleteMany({ where: { key: keys[0] } });
    await recordAudit(tx, auditActor(user), {
      action: usedRecoveryCodeId ? "auth.twoFactor.recoveryCode" : "auth.twoFactor",
      resourceType: "User",
      resourceId: user.id,
    });
  });
  return { ok: true };
}

export async function remainingRecoveryCodes(): Promise<number> {
  const user = await requireSignedIn();
  return getDb().recoveryCode.count({ where: { userId: user.id, usedAt: null } });
}

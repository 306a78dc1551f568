import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { authorize, requireStep } from "@/lib/gate";
import { isTwoFactorRequired } from "@/lib/two-factor-policy";
import { auditActor, recordAudit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { matchTotp, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, totpQrDataUrl, totpUri } from "@/lib/totp";
import { countFailure, delayFor, isLocked, type ThrottleKey } from "@/lib/data/sign-in";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";

// Two-factor sign-in. Every code check goes through `checkCode` below, so that
// the second step of signing in, enrolment and turning two-factor off share one
// failure counter and lock (`totp:<user id>`, the sign-in throttle's table and
// limits), one audit of failures, and the memory of the last accepted time step
// (a code never works twice). Only the second step of signing in is open to a
// session that has passed the password alone; enrolment needs a session that
// owes nothing else, turning it off a complete one (decision 013).

/** Why a code is checked; named in the audit row of a wrong code. */
type CodePurpose = "signIn" | "enrol" | "disable";

type CodeCheck = { ok: true; timeStep: number | null; recoveryCodeId: string | null } | { ok: false; error: "codeWrong" | "locked" };

function throttleKey(userId: string): ThrottleKey {
  return `totp:${userId}`;
}

/**
 * Checks a code against `secret` (and, for signing in, the unused recovery
 * codes) behind the shared lock. A wrong code is counted, audited and slowed
 * down. A right one is only a candidate: the caller's transaction must call
 * `acceptCode`, which claims its time step so that a second use, even a
 * concurrent one, is refused.
 */
async function checkCode(user: SignedInUser, code: string, purpose: CodePurpose, secret: string | null, lastStep: number | null): Promise<CodeCheck> {
  const keys = [throttleKey(user.id)];
  if (await isLocked(keys)) return { ok: false, error: "locked" };
  const db = getDb();
  const timeStep = secret ? await matchTotp(secret, code, lastStep) : null;
  if (timeStep !== null) return { ok: true, timeStep, recoveryCodeId: null };
  if (purpose === "signIn" && /[a-z]/i.test(code)) {
    const unused = await db.recoveryCode.findMany({ where: { userId: user.id, usedAt: null }, select: { id: true, codeHash: true } });
    for (const candidate of unused) {
      if (await verifyPassword(candidate.codeHash, normalizeRecoveryCode(code))) return { ok: true, timeStep: null, recoveryCodeId: candidate.id };
    }
  }
  const failures = await countFailure(keys);
  await recordAudit(db, auditActor(user), { action: "auth.twoFactor.failed", resourceType: "User", resourceId: user.id, reason: purpose });
  const delay = delayFor(failures);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  return { ok: false, error: (await isLocked(keys)) ? "locked" : "codeWrong" };
}

const TOTP_STATE = { totpSecret: true, totpEnabledAt: true, totpLastStep: true } as const;

/**
 * A code for the user's authenticator as it is turned on, at sign-in and when
 * turning it off: checked against the confirmed secret only, so that a secret
 * still waiting for enrolment's confirmation matches nothing here.
 */
async function checkCodeOfEnabledApp(user: SignedInUser, code: string, purpose: "signIn" | "disable"): Promise<CodeCheck> {
  const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: TOTP_STATE });
  return checkCode(user, code, purpose, row.totpEnabledAt ? row.totpSecret : null, row.totpLastStep);
}

class CodeAlreadyUsed extends Error {}

/** Inside the caller's transaction: claims the code's time step (or its recovery code) and clears the failure counter. */
async function acceptCode(tx: Prisma.TransactionClient, userId: string, check: Extract<CodeCheck, { ok: true }>): Promise<void> {
  if (check.timeStep !== null) {
    // The row lock makes a concurrent second use of the same code wait here, then find its step taken.
    const { count } = await tx.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.timeStep } }] },
      data: { totpLastStep: check.timeStep },
    });
    if (count === 0) throw new CodeAlreadyUsed();
  }
  if (check.recoveryCodeId) {
    const { count } = await tx.recoveryCode.updateMany({ where: { id: check.recoveryCodeId, usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) throw new CodeAlreadyUsed();
  }
  await tx.signInThrottle.deleteMany({ where: { key: throttleKey(userId) } });
}

/** Runs the write of an accepted code; a code that lost a race for its step reads as wrong. */
async function whenAccepted(write: () => Promise<void>): Promise<{ ok: true } | { ok: false; error: "codeWrong" }> {
  try {
    await write();
    return { ok: true };
  } catch (error) {
    if (error instanceof CodeAlreadyUsed) return { ok: false, error: "codeWrong" };
    throw error;
  }
}

/** The enrolment may run when it is the step owed, or from the profile once nothing is owed. */
function requireEnrolmentSession(): Promise<SignedInUser> {
  return requireStep("twoFactorEnrolment", { orDone: true });
}

/** A fresh secret, kept unconfirmed until the user proves their app has it. */
export async function startEnrolment(): Promise<{ secret: string; qrDataUrl: string }> {
  const user = await requireEnrolmentSession();
  if (!user.isTwoFactorVerified || user.hasTwoFactor) throw new Error("Enrolment needs a verified session without two-factor");
  const secret = newTotpSecret();
  await getDb().user.update({ where: { id: user.id }, data: { totpSecret: secret, totpEnabledAt: null, totpLastStep: null }, select: { id: true } });
  return { secret, qrDataUrl: await totpQrDataUrl(totpUri(user.email, secret)) };
}

export async function confirmEnrolment(code: string): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; error: "codeWrong" | "locked" }> {
  const user = await requireEnrolmentSession();
  const db = getDb();
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: TOTP_STATE });
  // An enabled account has nothing to confirm: refused like a wrong code, without counting against the owner.
  if (row.totpEnabledAt) return { ok: false, error: "codeWrong" };
  const check = await checkCode(user, code, "enrol", row.totpSecret, row.totpLastStep);
  if (!check.ok) return check;
  const recoveryCodes = newRecoveryCodes();
  const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normalizeRecoveryCode(c))));
  const result = await whenAccepted(() =>
    db.$transaction(async (tx) => {
      await acceptCode(tx, user.id, check);
      await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() }, select: { id: true } });
      await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: user.id, codeHash })) });
      await recordAudit(tx, auditActor(user), { action: "user.twoFactor.enable", resourceType: "User", resourceId: user.id });
    }),
  );
  return result.ok ? { ok: true, recoveryCodes } : result;
}

export async function disableTwoFactor(code: string): Promise<{ ok: true } | { ok: false; error: "codeWrong" | "locked" | "required" }> {
  const user = await authorize();
  if (isTwoFactorRequired(user.role, getEnv().REQUIRE_TOTP)) return { ok: false, error: "required" };
  const check = await checkCodeOfEnabledApp(user, code, "disable");
  if (!check.ok) return check;
  return whenAccepted(() =>
    getDb().$transaction(async (tx) => {
      await acceptCode(tx, user.id, check);
      await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null }, select: { id: true } });
      await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      await recordAudit(tx, auditActor(user), { action: "user.twoFactor.disable", resourceType: "User", resourceId: user.id });
    }),
  );
}

/** Marks a signed-in session as verified with a TOTP code or an unused recovery code. */
export async function verifySecondFactor(code: string): Promise<{ ok: true } | { ok: false; error: "codeWrong" | "locked" }> {
  const user = await requireStep("secondFactor");
  const check = await checkCodeOfEnabledApp(user, code, "signIn");
  if (!check.ok) return check;
  return whenAccepted(() =>
    getDb().$transaction(async (tx) => {
      await acceptCode(tx, user.id, check);
      await tx.signInSession.update({ where: { id: user.signInSessionId }, data: { isTwoFactorVerified: true }, select: { id: true } });
      await recordAudit(tx, auditActor(user), {
        action: check.recoveryCodeId ? "auth.twoFactor.recoveryCode" : "auth.twoFactor",
        resourceType: "User",
        resourceId: user.id,
      });
    }),
  );
}

export async function remainingRecoveryCodes(): Promise<number> {
  const user = await authorize();
  return getDb().recoveryCode.count({ where: { userId: user.id, usedAt: null } });
}

import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import { recordAudit, diffFields, auditActor } from "@/lib/audit";
import { hashPassword } from "@/lib/passwords";
import { endSignInSessions, revokeSignInSession } from "@/lib/data/sign-in-sessions";
import { authorize } from "@/lib/gate";
import type { CreateUserForm, UpdateUserForm } from "@/lib/schemas/user";
import { needsApproval, pendingAccessChange, requestAccessChange } from "@/lib/data/approvals";
import { recordDenial, refuseMissing } from "@/lib/data/denials";

const USER_SUMMARY = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  lastSignInAt: true,
  totpEnabledAt: true,
  team: { select: { id: true, name: true } },
} as const;

/** Readable temporary passwords: four groups, no look-alike characters. */
function temporaryPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.randomBytes(16);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

export async function listUsers() {
  await authorize("user.manage");
  return getDb().user.findMany({ select: USER_SUMMARY, orderBy: [{ isActive: "desc" }, { name: "asc" }] });
}

export async function listTeams() {
  await authorize("user.manage");
  return getDb().team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function getUser(userId: string) {
  await authorize("user.manage");
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { ...USER_SUMMARY, createdAt: true } });
  return user && { ...user, pendingAccessChange: await pendingAccessChange(userId) };
}

/**
 * Separation of duties (issue 12 H2): an account with no case-reading role
 * and no team until a manager of the team approves (lib/data/approvals.ts).
 * Until then it is created as staff without a team, which reads no case.
 */
const WITHOUT_CASE_ACCESS = { role: "STAFF", teamId: null } as const;

export type CreateUserResult = { ok: true; userId: string; temporaryPassword: string; awaitingApproval: boolean } | { ok: false; error: "emailTaken" | "teamRequired" };

/** Accounts are created by administrators only; the new user sets a password at first sign-in. */
export async function createUser(input: CreateUserForm): Promise<CreateUserResult> {
  const admin = await authorize("user.manage");
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const db = getDb();
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return { ok: false, error: "emailTaken" } as const;
    const awaitingApproval = needsApproval(null, input);
    if (awaitingApproval && !input.teamId) return { ok: false, error: "teamRequired" } as const;
    const user = await tx.user.create({
      data: { ...input, ...(awaitingApproval ? WITHOUT_CASE_ACCESS : {}), passwordHash, mustChangePassword: true },
      select: { id: true },
    });
    await recordAudit(tx, auditActor(admin), {
      action: "user.create",
      resourceType: "User",
      resourceId: user.id,
      changes: awaitingApproval
        ? { email: [null, input.email], role: [null, WITHOUT_CASE_ACCESS.role], teamId: [null, null] }
        : { email: [null, input.email], role: [null, input.role], teamId: [null, input.teamId] },
    });
    if (awaitingApproval) await requestAccessChange(tx, admin, user.id, { role: input.role, teamId: input.teamId! });
    return { ok: true, userId: user.id, temporaryPassword: password, awaitingApproval } as const;
  });
}

export type UpdateUserResult = { ok: true; awaitingApproval: boolean } | { ok: false; error: "notFound" | "ownAccess" | "teamRequired" };

/**
 * Name changes apply at once. Nobody changes their own role or team; a
 * case-reading role or a team is only asked for, and applies when a manager
 * of the team approves (issue 12 H2).
 */
export async function updateUser(userId: string, input: UpdateUserForm): Promise<UpdateUserResult> {
  const admin = await authorize("user.manage");
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { name: true, role: true, teamId: true } });
    if (!before) return refuseMissing(admin, "user.update", "User", userId);
    const accessChanged = before.role !== input.role || before.teamId !== input.teamId;
    if (accessChanged && userId === admin.id) {
      await recordDenial(admin, { action: "write.refused", reason: "user.update.ownAccess", resourceType: "User", resourceId: userId });
      return { ok: false, error: "ownAccess" } as const;
    }
    const awaitingApproval = accessChanged && needsApproval(before, input);
    if (awaitingApproval && !input.teamId) return { ok: false, error: "teamRequired" } as const;
    const applied = awaitingApproval ? { ...input, role: before.role, teamId: before.teamId } : input;
    const changes = diffFields(before, applied);
    if (Object.keys(changes).length > 0) {
      await tx.user.update({ where: { id: userId }, data: applied, select: { id: true } });
      await recordAudit(tx, auditActor(admin), { action: "user.update", resourceType: "User", resourceId: userId, changes });
    }
    if (awaitingApproval) await requestAccessChange(tx, admin, userId, { role: input.role, teamId: input.teamId! });
    return { ok: true, awaitingApproval } as const;
  });
}

/** Deactivation also ends every sign-in of the account, so it takes effect on the next request. */
export async function setUserActive(userId: string, isActive: boolean): Promise<boolean> {
  const admin = await authorize("user.manage");
  if (userId === admin.id && !isActive) return false;
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { isActive } });
    if (count === 0) return (await refuseMissing(admin, isActive ? "user.activate" : "user.deactivate", "User", userId)).ok;
    if (!isActive) {
      await endSignInSessions(tx, { userId }, "account deactivated");
    }
    await recordAudit(tx, auditActor(admin), {
      action: isActive ? "user.activate" : "user.deactivate",
      resourceType: "User",
      resourceId: userId,
      changes: { isActive: [!isActive, isActive] },
    });
    return true;
  });
}

/** A new temporary password, shown once to the administrator; the user's sign-ins end. */
export async function resetPassword(userId: string): Promise<string | null> {
  const admin = await authorize("user.manage");
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } });
    if (count === 0) return null;
    await endSignInSessions(tx, { userId }, "password reset");
    await recordAudit(tx, auditActor(admin), { action: "user.resetPassword", resourceType: "User", resourceId: userId });
    return password;
  });
}

export async function listActiveSignInSessions(userId?: string) {
  await authorize("signInSession.revoke");
  const now = new Date();
  return getDb().signInSession.findMany({
    where: { revokedAt: null, expiresAt: { gt: now }, ...(userId ? { userId } : {}) },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      ipAddress: true,
      userAgent: true,
      user: { select: { id: true, name: true, email: true, role: true } },
    },
    orderBy: { lastSeenAt: "desc" },
    take: 500,
  });
}

export async function revokeSignInSessionAsAdmin(signInSessionId: string): Promise<boolean> {
  const admin = await authorize("signInSession.revoke");
  return revokeSignInSession(signInSessionId, auditActor(admin), "revoked by administrator");
}

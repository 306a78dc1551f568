// A user's own account against a real Postgres: changing one's password
// (which signs out one's other browsers) and choosing the language, for every
// role, audited in the same transaction.
import { signInAs, type UserLike } from "@/tests/support/as-user";
import { redirectOf } from "@/tests/support/redirect";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { createSignInSession } from "@/lib/data/sign-in-sessions";
import { changeOwnPassword, setOwnLocale } from "@/lib/data/profile";
import { ChangePasswordFormSchema } from "@/lib/schemas/profile";
import { withAuditRefused } from "@/tests/support/audit";

const db = getDb();
const run = crypto.randomBytes(3).toString("hex");
const OLD_PASSWORD = "gammalt lösenord 2025";
const NEW_PASSWORD = "ett nytt och längre lösenord";
const context = { ipAddress: "192.0.2.44", userAgent: "profile.db.test" };
let teamId: string;
let oldHash: string;
let userCounter = 0;

beforeAll(async () => {
  teamId = (await db.team.create({ data: { name: `Profil ${run}` } })).id;
  oldHash = await hashPassword(OLD_PASSWORD);
});

beforeEach(() => {
  signInAs(null);
});

/** A fresh account with a password and a temporary-password flag, signed in from two browsers. */
async function newUser(role: UserLike["role"], data: { passwordHash?: string | null; mustChangePassword?: boolean } = {}) {
  userCounter += 1;
  const user = await db.user.create({
    data: { email: `profil-${userCounter}-${run}@hemvag.test`, name: `Profil ${userCounter}`, role, teamId, passwordHash: oldHash, mustChangePassword: true, ...data },
    select: { id: true, email: true, name: true, role: true, teamId: true, locale: true },
  });
  const current = (await createSignInSession(db, user.id, context, true)).id;
  const other = (await createSignInSession(db, user.id, { ...context, userAgent: "another browser" }, true)).id;
  signInAs(user, { signInSessionId: current });
  return { user, current, other };
}

const passwordForm = (currentPassword: string, newPassword = NEW_PASSWORD) =>
  ChangePasswordFormSchema.parse({ currentPassword, newPassword, confirmPassword: newPassword });

async function passwordHashOf(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash;
}

async function isRevoked(signInSessionId: string) {
  return (await db.signInSession.findUniqueOrThrow({ where: { id: signInSessionId } })).revokedAt !== null;
}

describe("changing one's password", () => {
  it("replaces the password for every role, lifts the temporary-password flag, signs out the other browsers and audits it", async () => {
    for (const role of ["ADVISER", "STAFF", "MANAGER", "ADMIN"] as const) {
      const { user, current, other } = await newUser(role);
      expect(await changeOwnPassword(passwordForm(OLD_PASSWORD))).toEqual({ ok: true });
      const hash = await passwordHashOf(user.id);
      expect(await verifyPassword(hash!, NEW_PASSWORD)).toBe(true);
      expect(await verifyPassword(hash!, OLD_PASSWORD)).toBe(false);
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
      expect(await isRevoked(current)).toBe(false);
      expect(await db.signInSession.findUniqueOrThrow({ where: { id: other } })).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "password changed" });
      const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.changePassword", userId: user.id } });
      expect(audit).toMatchObject({ role, resourceType: "User", resourceId: user.id, changes: null });
    }
  });

  it("refuses a wrong current password, changing nothing and signing nobody out", async () => {
    const { user, other } = await newUser("ADVISER");
    expect(await changeOwnPassword(passwordForm("inte det gamla lösenordet"))).toEqual({ ok: false, error: "currentWrong" });
    expect(await passwordHashOf(user.id)).toBe(oldHash);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
    expect(await isRevoked(other)).toBe(false);
    expect(await db.auditEvent.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses an account that has no password (single sign-on only)", async () => {
    const { user } = await newUser("STAFF", { passwordHash: null, mustChangePassword: false });
    expect(await changeOwnPassword(passwordForm(OLD_PASSWORD))).toEqual({ ok: false, error: "currentWrong" });
    expect(await passwordHashOf(user.id)).toBeNull();
  });

  it("keeps the old password and the other browsers when the audit row cannot be written", async () => {
    const { user, other } = await newUser("MANAGER");
    await expect(withAuditRefused(db, "user.changePassword", () => changeOwnPassword(passwordForm(OLD_PASSWORD)))).rejects.toThrow(/audit refused/);
    expect(await passwordHashOf(user.id)).toBe(oldHash);
    expect(await isRevoked(other)).toBe(false);
  });

  it("writes nothing when the language chosen is the one already set", async () => {
    const { user, current } = await newUser("STAFF");
    signInAs(user, { signInSessionId: current });
    const { locale } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } });
    await setOwnLocale(locale);
    expect(await db.auditEvent.count({ where: { resourceId: user.id, action: "user.update" } })).toBe(0);
    await setOwnLocale(locale === "sv" ? "en" : "sv");
    expect(await db.auditEvent.count({ where: { resourceId: user.id, action: "user.update" } })).toBe(1);
  });

  it("needs a signed-in user", async () => {
    await expect(changeOwnPassword(passwordForm(OLD_PASSWORD))).rejects.toThrow(/Not signed in/);
  });

  it("is refused to a session that has passed the password but not the second factor (issue 12 L7)", async () => {
    const { user, current, other } = await newUser("ADVISER");
    signInAs(user, { signInSessionId: current, isTwoFactorVerified: false, hasTwoFactor: true });
    expect(await redirectOf(changeOwnPassword(passwordForm(OLD_PASSWORD)))).toBe("/login/two-factor");
    expect(await redirectOf(setOwnLocale("en"))).toBe("/login/two-factor");
    expect(await passwordHashOf(user.id)).toBe(oldHash);
    expect(await isRevoked(other)).toBe(false);
    expect(await db.auditEvent.count({ where: { userId: user.id, action: { in: ["user.changePassword", "user.update"] } } })).toBe(0);
  });

  it("is open to the forced change a temporary password owes", async () => {
    const { user, current } = await newUser("STAFF");
    signInAs(user, { signInSessionId: current, mustChangePassword: true });
    expect(await changeOwnPassword(passwordForm(OLD_PASSWORD))).toEqual({ ok: true });
  });

  it("is checked by the form first: too short, not confirmed, or the same as before", () => {
    const parse = (values: Record<string, string>) => ChangePasswordFormSchema.safeParse(values);
    expect(parse({ currentPassword: OLD_PASSWORD, newPassword: "kort", confirmPassword: "kort" }).success).toBe(false);
    expect(parse({ currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }).success).toBe(false);
    expect(parse({ currentPassword: OLD_PASSWORD, newPassword: OLD_PASSWORD, confirmPassword: OLD_PASSWORD }).success).toBe(false);
  });

  it.todo("counts wrong current passwords on the sign-in throttle, so a left-open session cannot be used to guess the password");
});

describe("choosing one's language", () => {
  it("saves the locale for every role and audits the change from the session's locale", async () => {
    for (const role of ["ADVISER", "STAFF", "MANAGER", "ADMIN"] as const) {
      const { user } = await newUser(role);
      await setOwnLocale("en");
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
      const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.update", userId: user.id } });
      expect(audit).toMatchObject({ resourceType: "User", resourceId: user.id, changes: { locale: ["sv", "en"] } });
    }
  });

  it("keeps the old locale when the audit row cannot be written", async () => {
    const { user } = await newUser("ADVISER");
    await expect(withAuditRefused(db, "user.update", () => setOwnLocale("en"))).rejects.toThrow(/audit refused/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("sv");
  });

  it("needs a signed-in user", async () => {
    await expect(setOwnLocale("en")).rejects.toThrow(/Not signed in/);
  });
});

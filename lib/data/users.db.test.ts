// User administration against a real Postgres: the administrator's alone,
// every change audited in the same transaction, deactivation and password
// resets ending the user's sessions, and refusals changing nothing.
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { createSignInSession } from "@/lib/data/sign-in-sessions";
import {
  createUser,
  getUser,
  listActiveSignInSessions,
  listTeams,
  listUsers,
  resetPassword,
  revokeSignInSessionAsAdmin,
  setUserActive,
  updateUser,
} from "@/lib/data/users";
import { CreateUserFormSchema, UpdateUserFormSchema } from "@/lib/schemas/user";
import { countPendingApprovals, decideApproval, listPendingApprovals } from "@/lib/data/approvals";
import { findCaseInScope } from "@/lib/data/casework-scope";
import { setUpCaseworkWorld, NOT_FOUND } from "@/tests/support/casework";
import { withAuditRefused } from "@/tests/support/audit";

const db = getDb();
const run = crypto.randomBytes(3).toString("hex");
const context = { ipAddress: "192.0.2.10", userAgent: "users.db.test" };
/** Four groups of four, from an alphabet without i, l, o, I, O, 0 or 1. */
const TEMPORARY_PASSWORD = /^[a-hjkmnp-zA-HJ-NP-Z2-9]{4}(-[a-hjkmnp-zA-HJ-NP-Z2-9]{4}){3}$/;
const world = setUpCaseworkWorld(db);

const newUserForm = (key: string, overrides: Record<string, string> = {}) =>
  CreateUserFormSchema.parse({ name: `Ny Användare ${key}`, email: `New.${key}-${run}@Hemvag.test`, role: "ADVISER", teamId: world.teams.a, ...overrides });

/** The manager of a team of the casework world, who approves access to it. */
const managerOf = (teamId: string) => (teamId === world.teams.b ? world.users.managerB : world.users.managerA);

/** A manager of the team approves the account's pending access change, as the two-person rule asks (issue 12 H2). */
async function approvePending(userId: string) {
  const request = await db.approvalRequest.findFirstOrThrow({ where: { targetUserId: userId, state: "PENDING" } });
  signInAs(managerOf(request.teamId));
  expect(await decideApproval(request.id, true, null)).toEqual({ ok: true });
  signInAs(world.users.admin);
}

async function createAsAdmin(key: string, overrides: Record<string, string> = {}) {
  signInAs(world.users.admin);
  const result = await createUser(newUserForm(key, overrides));
  if (!result.ok) throw new Error(result.error);
  if (result.awaitingApproval) await approvePending(result.userId);
  return result;
}

/** An audit row as text, to show a secret is nowhere in it. */
const textOf = (row: object) => JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));

/** The client leaves hashes and secrets out unless they are asked for. */
async function secretsOf(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, totpSecret: true } });
}

async function liveSessions(userId: string) {
  return db.signInSession.count({ where: { userId, revokedAt: null } });
}

describe("who may administer users", () => {
  it("is the administrator alone: advisers, staff and managers are refused as not found, and nothing changes", async () => {
    const { userId } = await createAsAdmin("gate");
    const signInSessionId = (await createSignInSession(db, userId, context, true)).id;
    const before = await db.user.findUniqueOrThrow({ where: { id: userId } });
    // The refusals themselves are audited (issue 12 L6, lib/data/denials.ts); nothing else is.
    const notDenial = { NOT: { action: { startsWith: "access.denied" } } };
    const auditBefore = await db.auditEvent.count({ where: notDenial });
    const deniedBefore = await db.auditEvent.count({ where: { action: "access.denied", reason: "user.manage" } });
    for (const who of [world.users.a1, world.users.staff, world.users.managerA]) {
      signInAs(who);
      await expect(listUsers()).rejects.toThrow(NOT_FOUND);
      await expect(listTeams()).rejects.toThrow(NOT_FOUND);
      await expect(getUser(userId)).rejects.toThrow(NOT_FOUND);
      await expect(createUser(newUserForm(`gate-${who.role}`))).rejects.toThrow(NOT_FOUND);
      await expect(updateUser(userId, UpdateUserFormSchema.parse({ name: "Kapad", role: "ADMIN", teamId: "" }))).rejects.toThrow(NOT_FOUND);
      await expect(setUserActive(userId, false)).rejects.toThrow(NOT_FOUND);
      await expect(resetPassword(userId)).rejects.toThrow(NOT_FOUND);
      await expect(listActiveSignInSessions()).rejects.toThrow(NOT_FOUND);
      await expect(revokeSignInSessionAsAdmin(signInSessionId)).rejects.toThrow(NOT_FOUND);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toEqual(before);
    expect(await db.user.count({ where: { email: { startsWith: "new.gate-" } } })).toBe(1);
    expect(await liveSessions(userId)).toBe(1);
    expect(await db.auditEvent.count({ where: notDenial })).toBe(auditBefore);
    expect(await db.auditEvent.count({ where: { action: "access.denied", reason: "user.manage" } })).toBeGreaterThanOrEqual(deniedBefore + 3 * 7);
  });

  it("needs a signed-in user", async () => {
    await expect(listUsers()).rejects.toThrow(/No user is signed in/);
    await expect(createUser(newUserForm("nobody"))).rejects.toThrow(/No user is signed in/);
    expect(await db.user.count({ where: { email: { startsWith: "new.nobody-" } } })).toBe(0);
  });
});

describe("listing", () => {
  it("lists every account, active ones first and then by name, without password hashes or two-factor secrets", async () => {
    const early = await createAsAdmin("list-a", { name: `Aaaa Listad ${run}` });
    const late = await createAsAdmin("list-b", { name: `Aaab Listad ${run}` });
    const gone = await createAsAdmin("list-c", { name: `Aaaa Borta ${run}` });
    await setUserActive(gone.userId, false);
    const users = await listUsers();
    const ids = users.map((user) => user.id);
    expect(ids.indexOf(early.userId)).toBeLessThan(ids.indexOf(late.userId));
    const firstInactive = users.findIndex((user) => !user.isActive);
    expect(users.slice(firstInactive).every((user) => !user.isActive)).toBe(true);
    expect(ids.indexOf(gone.userId)).toBeGreaterThanOrEqual(firstInactive);
    expect(users.find((user) => user.id === early.userId)).toEqual({
      id: early.userId,
      email: `new.list-a-${run}@hemvag.test`,
      name: `Aaaa Listad ${run}`,
      role: "ADVISER",
      isActive: true,
      lastSignInAt: null,
      totpEnabledAt: null,
      team: { id: world.teams.a, name: expect.any(String) },
    });
    for (const user of users) {
      expect(user).not.toHaveProperty("passwordHash");
      expect(user).not.toHaveProperty("totpSecret");
    }
  });

  it("lists the teams by name and reads one account with its creation time, or null for an unknown id", async () => {
    signInAs(world.users.admin);
    const teams = await listTeams();
    const worldTeams = teams.map((team) => team.id).filter((id) => Object.values(world.teams).includes(id));
    expect(worldTeams).toEqual([world.teams.a, world.teams.b, world.teams.c]);
    const user = await getUser(world.users.a1.id);
    expect(user).toMatchObject({ id: world.users.a1.id, email: world.users.a1.email, role: "ADVISER", createdAt: expect.any(Date) });
    expect(user).not.toHaveProperty("passwordHash");
    expect(user).not.toHaveProperty("totpSecret");
    expect(await getUser("no-such-user")).toBeNull();
  });
});

describe("creating an account", () => {
  it("stores the e-mail as the form gives it (lower case), a temporary password the user must change, and audits who, role and team", async () => {
    const result = await createAsAdmin("create");
    expect(result.temporaryPassword).toMatch(TEMPORARY_PASSWORD);
    const row = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(row).toMatchObject({ email: `new.create-${run}@hemvag.test`, role: "ADVISER", teamId: world.teams.a, mustChangePassword: true, isActive: true });
    const secrets = await secretsOf(result.userId);
    expect(secrets.totpSecret).toBeNull();
    expect(await verifyPassword(secrets.passwordHash!, result.temporaryPassword)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.create", resourceId: result.userId } });
    expect(audit).toMatchObject({ userId: world.users.admin.id, userEmail: world.users.admin.email, role: "ADMIN", resourceType: "User" });
    // Created without case access; the adviser role in team A came with the manager's approval (issue 12 H2).
    expect(audit.changes).toEqual({ email: [null, `new.create-${run}@hemvag.test`], role: [null, "STAFF"], teamId: [null, null] });
    const approved = await db.auditEvent.findFirstOrThrow({ where: { action: "user.update", resourceId: result.userId } });
    expect(approved).toMatchObject({ userId: world.users.managerA.id, changes: { role: ["STAFF", "ADVISER"], teamId: [null, world.teams.a] } });
    expect(textOf(audit)).not.toContain(result.temporaryPassword);
  });

  it("gives each account a different temporary password", async () => {
    const first = await createAsAdmin("pw-1");
    const second = await createAsAdmin("pw-2");
    expect(first.temporaryPassword).not.toBe(second.temporaryPassword);
  });

  it("creates an account without a team", async () => {
    const result = await createAsAdmin("no-team", { role: "ADMIN", teamId: "" });
    expect(await db.user.findUniqueOrThrow({ where: { id: result.userId }, select: { teamId: true, role: true } })).toEqual({ teamId: null, role: "ADMIN" });
  });

  it("refuses an e-mail address already in use, whatever its case, writing nothing", async () => {
    await createAsAdmin("taken");
    const users = await db.user.count();
    const audits = await db.auditEvent.count({ where: { action: "user.create" } });
    expect(await createUser(newUserForm("taken", { email: `NEW.TAKEN-${run}@hemvag.test`, name: "Någon Annan" }))).toEqual({ ok: false, error: "emailTaken" });
    expect(await db.user.count()).toBe(users);
    expect(await db.auditEvent.count({ where: { action: "user.create" } })).toBe(audits);
  });

  it("leaves no account behind when its audit row cannot be written", async () => {
    signInAs(world.users.admin);
    await expect(withAuditRefused(db, "user.create", () => createUser(newUserForm("audit-fails")))).rejects.toThrow(/audit refused/);
    expect(await db.user.count({ where: { email: `new.audit-fails-${run}@hemvag.test` } })).toBe(0);
  });

  it("fails on a team that does not exist, writing nothing", async () => {
    signInAs(world.users.admin);
    const audits = await db.auditEvent.count();
    await expect(createUser(newUserForm("ghost-team", { teamId: "no-such-team" }))).rejects.toThrow();
    expect(await db.user.count({ where: { email: `new.ghost-team-${run}@hemvag.test` } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(audits);
  });
});

describe("changing an account", () => {
  it("saves name, role and team and audits only the fields that changed", async () => {
    const { userId } = await createAsAdmin("update");
    const saved = await updateUser(userId, UpdateUserFormSchema.parse({ name: "Ny Användare update", role: "MANAGER", teamId: world.teams.b }));
    expect(saved).toEqual({ ok: true, awaitingApproval: true });
    await approvePending(userId);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, role: true, teamId: true } })).toEqual({
      name: "Ny Användare update",
      role: "MANAGER",
      teamId: world.teams.b,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.update", resourceId: userId }, orderBy: { id: "desc" } });
    expect(audit.changes).toEqual({ role: ["ADVISER", "MANAGER"], teamId: [world.teams.a, world.teams.b] });
    // The role and team took effect with team B's manager's approval (issue 12 H2).
    expect(audit.userId).toBe(world.users.managerB.id);
  });

  it("writes nothing when nothing changed, and answers false for an unknown account", async () => {
    const { userId } = await createAsAdmin("unchanged");
    const before = await db.user.findUniqueOrThrow({ where: { id: userId } });
    const updatesBefore = await db.auditEvent.count({ where: { action: "user.update", resourceId: userId } });
    expect(await updateUser(userId, UpdateUserFormSchema.parse({ name: "Ny Användare unchanged", role: "ADVISER", teamId: world.teams.a }))).toEqual({ ok: true, awaitingApproval: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "user.update", resourceId: userId } })).toBe(updatesBefore);
    expect(await updateUser("no-such-user", UpdateUserFormSchema.parse({ name: "X", role: "ADMIN", teamId: "" }))).toEqual({ ok: false, error: "notFound" });
    // Nothing written about it but the refusal itself (issue 12 L6).
    expect(await db.auditEvent.findMany({ where: { resourceId: "no-such-user" }, select: { action: true, reason: true } })).toEqual([{ action: "write.refused", reason: "user.update.notFound" }]);
  });

  it("keeps the old values when the audit row cannot be written", async () => {
    const { userId } = await createAsAdmin("update-audit");
    await expect(
      withAuditRefused(db, "user.update", () => updateUser(userId, UpdateUserFormSchema.parse({ name: "Ändrad", role: "STAFF", teamId: "" }))),
    ).rejects.toThrow(/audit refused/);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, role: true, teamId: true } })).toEqual({
      name: "Ny Användare update-audit",
      role: "ADVISER",
      teamId: world.teams.a,
    });
  });

  // Issue 12 H2: separation of duties.
  it("refuses an administrator changing their own role or team, changing nothing (issue 12 H2)", async () => {
    signInAs(world.users.admin);
    const before = await db.user.findUniqueOrThrow({ where: { id: world.users.admin.id }, select: { role: true, teamId: true } });
    for (const change of [{ role: "ADVISER", teamId: world.teams.a }, { role: "ADMIN", teamId: world.teams.a }, { role: "MANAGER", teamId: world.teams.b }]) {
      expect(await updateUser(world.users.admin.id, UpdateUserFormSchema.parse({ name: world.users.admin.name, ...change }))).toEqual({ ok: false, error: "ownAccess" });
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: world.users.admin.id }, select: { role: true, teamId: true } })).toEqual(before);
    expect(await db.approvalRequest.count({ where: { targetUserId: world.users.admin.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { userId: world.users.admin.id, action: "write.refused", reason: "user.update.ownAccess", resourceId: world.users.admin.id } })).toBe(3);
  });

  it("gives an account a case-reading role or a team only after a manager of that team approves (issue 12 H2)", async () => {
    signInAs(world.users.admin);
    const created = await createUser(newUserForm("two-person", { teamId: world.teams.b }));
    if (!created.ok) throw new Error(created.error);
    expect(created.awaitingApproval).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: created.userId }, select: { role: true, teamId: true } })).toEqual({ role: "STAFF", teamId: null });
    expect((await getUser(created.userId))?.pendingAccessChange).toMatchObject({ change: { role: "ADVISER", teamId: world.teams.b } });
    expect(await db.auditEvent.count({ where: { action: "approval.request", userId: world.users.admin.id } })).toBeGreaterThan(0);

    // Another team's manager neither sees nor decides it.
    signInAs(world.users.managerA);
    expect((await listPendingApprovals()).map((request) => request.targetUser?.email)).not.toContain(`new.two-person-${run}@hemvag.test`);
    const request = await db.approvalRequest.findFirstOrThrow({ where: { targetUserId: created.userId, state: "PENDING" } });
    expect(await decideApproval(request.id, true, null)).toEqual({ ok: false, error: "notFound" });
    expect(await db.auditEvent.count({ where: { userId: world.users.managerA.id, action: "write.refused", reason: "approval.decide.notFound", resourceId: request.id } })).toBe(1);

    // Team B's manager sees it, with a count for the menu, and refuses it: nothing changes.
    signInAs(world.users.managerB);
    expect((await listPendingApprovals()).map((pending) => pending.id)).toContain(request.id);
    expect(await countPendingApprovals()).toBeGreaterThan(0);
    expect(await decideApproval(request.id, false, "Känner inte personen")).toEqual({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: created.userId }, select: { role: true, teamId: true } })).toEqual({ role: "STAFF", teamId: null });
    expect(await db.approvalRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: "REFUSED", decidedById: world.users.managerB.id, reason: "Känner inte personen" });

    // Asked again and approved: now it applies, audited as the manager's.
    signInAs(world.users.admin);
    expect(await updateUser(created.userId, UpdateUserFormSchema.parse({ name: "Ny Användare two-person", role: "ADVISER", teamId: world.teams.b }))).toEqual({ ok: true, awaitingApproval: true });
    await approvePending(created.userId);
    expect(await db.user.findUniqueOrThrow({ where: { id: created.userId }, select: { role: true, teamId: true } })).toEqual({ role: "ADVISER", teamId: world.teams.b });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "user.update", resourceId: created.userId }, orderBy: { id: "desc" } })).toMatchObject({ userId: world.users.managerB.id });
    expect(await db.auditEvent.count({ where: { action: { in: ["approval.approve", "approval.refuse"] }, resourceId: { in: (await db.approvalRequest.findMany({ where: { targetUserId: created.userId }, select: { id: true } })).map((r) => r.id) } } })).toBe(2);
  });

  it("never lets an administrator end up reading cases, whatever they try (issue 12 H2)", async () => {
    const caseId = await world.newCase(world.users.b1);
    signInAs(world.users.admin);
    const admin = world.users.admin;
    // 1. Change their own role, or team, or both.
    for (const change of [{ role: "ADVISER", teamId: world.teams.b }, { role: "MANAGER", teamId: world.teams.b }, { role: "ADMIN", teamId: world.teams.b }]) {
      expect(await updateUser(admin.id, UpdateUserFormSchema.parse({ name: admin.name, ...change }))).toMatchObject({ ok: false });
    }
    // 2. Create an adviser account for themself, and 3. a staff account then edit it into a manager.
    const adviser = await createUser(newUserForm("self-adviser", { teamId: world.teams.b }));
    const staff = await createUser(newUserForm("self-staff", { role: "STAFF", teamId: "" }));
    if (!adviser.ok || !staff.ok) throw new Error("not created");
    expect(await updateUser(staff.userId, UpdateUserFormSchema.parse({ name: "Ny Användare self-staff", role: "MANAGER", teamId: world.teams.b }))).toEqual({ ok: true, awaitingApproval: true });
    // 4. Decide the requests themself: the gate refuses.
    const pending = await db.approvalRequest.findMany({ where: { targetUserId: { in: [adviser.userId, staff.userId] }, state: "PENDING" } });
    expect(pending).toHaveLength(2);
    for (const request of pending) await expect(decideApproval(request.id, true, null)).rejects.toThrow(NOT_FOUND);
    // None of the accounts reads the case.
    for (const userId of [admin.id, adviser.userId, staff.userId]) {
      const account = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, role: true, teamId: true } });
      expect(account.role === "ADMIN" || account.role === "STAFF").toBe(true);
      expect(await findCaseInScope(db, { ...world.users.admin, ...account } as never, caseId)).toBeNull();
    }
  });
});

describe("deactivating and activating", () => {
  it("deactivates an account, ends every session it has and audits it; activating again leaves the sessions ended", async () => {
    const { userId } = await createAsAdmin("deactivate");
    await createSignInSession(db, userId, context, true);
    await createSignInSession(db, userId, { ...context, userAgent: "second browser" }, false);
    expect(await setUserActive(userId, false)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).isActive).toBe(false);
    const sessions = await db.signInSession.findMany({ where: { userId } });
    expect(sessions).toHaveLength(2);
    for (const session of sessions) expect(session).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "account deactivated" });
    const deactivated = await db.auditEvent.findFirstOrThrow({ where: { action: "user.deactivate", resourceId: userId } });
    expect(deactivated).toMatchObject({ userId: world.users.admin.id, changes: { isActive: [true, false] } });

    expect(await setUserActive(userId, true)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).isActive).toBe(true);
    expect(await liveSessions(userId)).toBe(0);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "user.activate", resourceId: userId } })).toMatchObject({ changes: { isActive: [false, true] } });
  });

  it("does not let administrators deactivate themselves", async () => {
    signInAs(world.users.admin);
    const session = await createSignInSession(db, world.users.admin.id, context, true);
    expect(await setUserActive(world.users.admin.id, false)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: world.users.admin.id } })).isActive).toBe(true);
    expect((await db.signInSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.deactivate", resourceId: world.users.admin.id } })).toBe(0);
  });

  it("answers false for an unknown account, writing nothing", async () => {
    signInAs(world.users.admin);
    expect(await setUserActive("no-such-user-2", false)).toBe(false);
    // Nothing written about it but the refusal itself (issue 12 L6).
    expect(await db.auditEvent.findMany({ where: { resourceId: "no-such-user-2" }, select: { action: true, reason: true } })).toEqual([{ action: "write.refused", reason: "user.deactivate.notFound" }]);
  });

  it("keeps the account active and its sessions alive when the audit row cannot be written", async () => {
    const { userId } = await createAsAdmin("deactivate-audit");
    await createSignInSession(db, userId, context, true);
    await expect(withAuditRefused(db, "user.deactivate", () => setUserActive(userId, false))).rejects.toThrow(/audit refused/);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).isActive).toBe(true);
    expect(await liveSessions(userId)).toBe(1);
  });
});

describe("resetting a password", () => {
  it("gives a new temporary password once, which replaces the old one, and ends the user's sessions", async () => {
    const created = await createAsAdmin("reset");
    await db.user.update({ where: { id: created.userId }, data: { mustChangePassword: false } });
    await createSignInSession(db, created.userId, context, true);
    const password = await resetPassword(created.userId);
    expect(password).toMatch(TEMPORARY_PASSWORD);
    expect(password).not.toBe(created.temporaryPassword);
    expect((await db.user.findUniqueOrThrow({ where: { id: created.userId } })).mustChangePassword).toBe(true);
    const { passwordHash } = await secretsOf(created.userId);
    expect(await verifyPassword(passwordHash!, password!)).toBe(true);
    expect(await verifyPassword(passwordHash!, created.temporaryPassword)).toBe(false);
    expect(await db.signInSession.findFirstOrThrow({ where: { userId: created.userId } })).toMatchObject({ revokedReason: "password reset" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.resetPassword", resourceId: created.userId } });
    expect(audit.userId).toBe(world.users.admin.id);
    expect(textOf(audit)).not.toContain(password!);
  });

  it("answers null for an unknown account, and keeps the old password when the audit row cannot be written", async () => {
    const created = await createAsAdmin("reset-audit");
    await createSignInSession(db, created.userId, context, true);
    expect(await resetPassword("no-such-user")).toBeNull();
    await expect(withAuditRefused(db, "user.resetPassword", () => resetPassword(created.userId))).rejects.toThrow(/audit refused/);
    const { passwordHash } = await secretsOf(created.userId);
    expect(await verifyPassword(passwordHash!, created.temporaryPassword)).toBe(true);
    expect(await liveSessions(created.userId)).toBe(1);
  });
});

describe("sessions, for the administrator", () => {
  it("lists live sessions with their user, most recently active first, for everyone or for one account", async () => {
    const { userId } = await createAsAdmin("sessions");
    const older = await createSignInSession(db, userId, context, true);
    const newer = await createSignInSession(db, userId, { ipAddress: "192.0.2.11", userAgent: "phone" }, true);
    const revoked = await createSignInSession(db, userId, context, true);
    const expired = await createSignInSession(db, userId, context, true);
    await db.signInSession.update({ where: { id: older.id }, data: { lastSeenAt: new Date(Date.now() - 10 * 60_000) } });
    await db.signInSession.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    await db.signInSession.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const mine = await listActiveSignInSessions(userId);
    expect(mine.map((session) => session.id)).toEqual([newer.id, older.id]);
    expect(mine[0]).toMatchObject({ ipAddress: "192.0.2.11", userAgent: "phone", user: { id: userId, email: `new.sessions-${run}@hemvag.test`, role: "ADVISER" } });
    const everyone = (await listActiveSignInSessions()).map((session) => session.id);
    expect(everyone).toEqual(expect.arrayContaining([newer.id, older.id]));
    expect(everyone).not.toContain(revoked.id);
    expect(everyone).not.toContain(expired.id);
  });

  it("revokes a live session once, audited; a second try or an unknown id answers false and writes nothing", async () => {
    const { userId } = await createAsAdmin("revoke");
    const session = await createSignInSession(db, userId, context, true);
    expect(await revokeSignInSessionAsAdmin(session.id)).toBe(true);
    expect(await db.signInSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "revoked by administrator" });
    expect(await revokeSignInSessionAsAdmin(session.id)).toBe(false);
    expect(await revokeSignInSessionAsAdmin("no-such-session")).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "signInSession.revoke", resourceId: session.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { resourceId: "no-such-session" } })).toBe(0);
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: "signInSession.revoke", resourceId: session.id } })).userId).toBe(world.users.admin.id);
  });

  it("keeps the session alive when the audit row cannot be written", async () => {
    const { userId } = await createAsAdmin("revoke-audit");
    const session = await createSignInSession(db, userId, context, true);
    await expect(withAuditRefused(db, "signInSession.revoke", () => revokeSignInSessionAsAdmin(session.id))).rejects.toThrow(/audit refused/);
    expect((await db.signInSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();
  });
});

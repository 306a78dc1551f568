// The session check behind every request, against a real Postgres: a live
// session gives its user; a revoked, expired or idle session, or a
// deactivated account, gives nobody; activity is recorded at most once a minute.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createSignInSession, endSignedOutSession, loadSignedInUser } from "@/lib/data/sign-in-sessions";
import { createCaseworkWorld, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;
const context = { ipAddress: "127.0.0.1", userAgent: "sessions.db.test" };

beforeAll(async () => {
  world = await createCaseworkWorld(db);
});

async function sessionOf(userId: string, verified = true) {
  return (await createSignInSession(db, userId, context, verified)).id;
}

describe("loadSignedInUser", () => {
  it("gives the signed-in user with their role, team and sign-in state", async () => {
    const user = world.users.a1;
    const signInSessionId = await sessionOf(user.id, false);
    expect(await loadSignedInUser(signInSessionId)).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "ADVISER",
      teamId: world.teams.a,
      locale: "sv",
      signInSessionId,
      isTwoFactorVerified: false,
      hasTwoFactor: false,
      mustChangePassword: false,
    });
    expect(await loadSignedInUser("no-such-session")).toBeNull();
  });

  it("gives nobody once the session is revoked, expired or idle, or the account deactivated", async () => {
    const revoked = await sessionOf(world.users.a2.id);
    await db.signInSession.update({ where: { id: revoked }, data: { revokedAt: new Date() } });
    expect(await loadSignedInUser(revoked)).toBeNull();

    const expired = await sessionOf(world.users.a2.id);
    await db.signInSession.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadSignedInUser(expired)).toBeNull();

    const idle = await sessionOf(world.users.a2.id);
    await db.signInSession.update({ where: { id: idle }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await loadSignedInUser(idle)).toBeNull();

    const live = await sessionOf(world.users.c2.id);
    expect(await loadSignedInUser(live)).not.toBeNull();
    await db.user.update({ where: { id: world.users.c2.id }, data: { isActive: false } });
    expect(await loadSignedInUser(live)).toBeNull();
  });

  it("records activity when the last was over a minute ago, not on every request", async () => {
    const signInSessionId = await sessionOf(world.users.b1.id);
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
    await db.signInSession.update({ where: { id: signInSessionId }, data: { lastSeenAt: twoMinutesAgo } });
    await loadSignedInUser(signInSessionId);
    const touched = (await db.signInSession.findUniqueOrThrow({ where: { id: signInSessionId } })).lastSeenAt;
    expect(touched.getTime()).toBeGreaterThan(twoMinutesAgo.getTime());

    await loadSignedInUser(signInSessionId);
    expect((await db.signInSession.findUniqueOrThrow({ where: { id: signInSessionId } })).lastSeenAt).toEqual(touched);
  });
});

describe("endSignedOutSession (Auth.js' own sign-out route, issue 12 L1)", () => {
  it("ends the session the token names, audited as its owner, once", async () => {
    const user = world.users.a1;
    const signInSessionId = await sessionOf(user.id);
    expect(await endSignedOutSession(signInSessionId)).toBe(true);
    expect(await loadSignedInUser(signInSessionId)).toBeNull();
    expect(await db.signInSession.findUniqueOrThrow({ where: { id: signInSessionId } })).toMatchObject({ revokedReason: "signed out" });
    expect(await db.auditEvent.count({ where: { action: "signInSession.revoke", resourceId: signInSessionId, userId: user.id } })).toBe(1);
    expect(await endSignedOutSession(signInSessionId)).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "signInSession.revoke", resourceId: signInSessionId } })).toBe(1);
    expect(await endSignedOutSession("no-such-session")).toBe(false);
  });
});

// Emergency access against a real Postgres: an adviser opens a case outside
// their scope by its number and a stated reason, for four hours; the grant is
// audited and listed for the managers of the case's team.
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { changeCaseStatus, getCase, listAssignableAdvisers, reassignCase } from "@/lib/data/cases";
import { createTask } from "@/lib/data/tasks";
import { officeToday } from "@/lib/dates";
import { StatusChangeFormSchema } from "@/lib/schemas/case";
import {
  EMERGENCY_ACCESS_HOURS,
  activeEmergencyAccess,
  countUnreviewedEmergencyAccesses,
  listEmergencyAccesses,
  openCaseInEmergency,
  reviewEmergencyAccess,
} from "@/lib/data/emergency-access";
import { EmergencyAccessFormSchema, EmergencyReviewFormSchema } from "@/lib/schemas/emergency-access";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";
import { withAuditRefused } from "@/tests/support/audit";

const db = getDb();
const REASON = "Klienten ringer akut och handläggaren är sjuk";
let world: CaseworkWorld;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
});

beforeEach(async () => {
  signInAs(null);
  // Each test starts a fresh day of emergency openings: earlier tests' grants
  // move to yesterday, so the daily cap (issue 12 M1) counts only this test's.
  await db.emergencyAccess.updateMany({ where: { createdAt: { gte: new Date(Date.now() - 86_400_000) } }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });
});

/** A case of the given adviser, with its readable number. */
async function caseOf(owner: CaseworkWorld["users"][keyof CaseworkWorld["users"]]) {
  const caseId = await world.newCase(owner);
  const { caseNumber } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { caseNumber: true } });
  return { caseId, caseNumber };
}

const form = (caseNumber: string, reason = REASON) => EmergencyAccessFormSchema.parse({ caseNumber, reason });

describe("opening a case in an emergency", () => {
  it("grants an adviser of another team four hours on the case, audited with the reason", async () => {
    const { caseId, caseNumber } = await caseOf(world.users.a1);
    signInAs(world.users.b1);
    expect(await getCase(caseId)).toBeNull();
    const before = Date.now();
    const result = await openCaseInEmergency(form(caseNumber));
    expect(result).toEqual({ ok: true, caseId, expiresAt: expect.any(Date) });
    if (!result.ok) return;
    const hours = (result.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThanOrEqual(EMERGENCY_ACCESS_HOURS);
    expect(hours).toBeLessThan(EMERGENCY_ACCESS_HOURS + 0.05);
    expect(await db.emergencyAccess.findFirstOrThrow({ where: { caseId, userId: world.users.b1.id } })).toMatchObject({ reason: REASON, expiresAt: result.expiresAt });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "case.emergencyAccess", caseId } })).toMatchObject({
      userId: world.users.b1.id,
      resourceType: "Case",
      resourceId: caseId,
      reason: REASON,
    });
    expect((await getCase(caseId))?.id).toBe(caseId);
  });

  it("shows the grant while it lasts, and takes the case out of scope again when it expires", async () => {
    const { caseId, caseNumber } = await caseOf(world.users.c1);
    signInAs(world.users.c2);
    expect(await getCase(caseId)).toBeNull();
    expect(await activeEmergencyAccess(world.users.c2.id, caseId)).toBeNull();
    const result = await openCaseInEmergency(form(caseNumber));
    if (!result.ok) throw new Error(result.error);
    expect(await activeEmergencyAccess(world.users.c2.id, caseId)).toEqual({ reason: REASON, expiresAt: result.expiresAt });
    // The grant is the holder's alone.
    expect(await activeEmergencyAccess(world.users.a1.id, caseId)).toBeNull();
    await db.emergencyAccess.updateMany({ where: { caseId, userId: world.users.c2.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await activeEmergencyAccess(world.users.c2.id, caseId)).toBeNull();
    expect(await getCase(caseId)).toBeNull();
  });

  it("shows the grant that lasts longest when there are several", async () => {
    const { caseId } = await caseOf(world.users.a1);
    const soon = new Date(Date.now() + 3_600_000);
    const later = new Date(Date.now() + 2 * 3_600_000);
    await db.emergencyAccess.createMany({
      data: [
        { userId: world.users.b1.id, caseId, reason: "Första", expiresAt: soon },
        { userId: world.users.b1.id, caseId, reason: "Andra", expiresAt: later },
      ],
    });
    expect(await activeEmergencyAccess(world.users.b1.id, caseId)).toEqual({ reason: "Andra", expiresAt: later });
  });

  it("answers 'not found' for an unknown case number, granting nothing and auditing the attempt with number and reason", async () => {
    signInAs(world.users.a2);
    const grants = await db.emergencyAccess.count();
    expect(await openCaseInEmergency(form("1999/99999"))).toEqual({ ok: false, error: "caseNotFound" });
    expect(await db.emergencyAccess.count()).toBe(grants);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "case.emergencyAccess.notFound", userId: world.users.a2.id } })).toMatchObject({
      reason: `1999/99999: ${REASON}`,
      caseId: null,
    });
  });

  it("is for advisers only: managers, staff and administrators are refused as not found, granting nothing", async () => {
    const { caseId, caseNumber } = await caseOf(world.users.a1);
    for (const who of [world.users.managerB, world.users.staff, world.users.admin]) {
      signInAs(who);
      await expect(openCaseInEmergency(form(caseNumber))).rejects.toThrow(NOT_FOUND);
    }
    expect(await db.emergencyAccess.count({ where: { caseId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { caseId, action: { startsWith: "case.emergencyAccess" } } })).toBe(0);
  });

  it("grants nothing when its audit row cannot be written", async () => {
    const { caseId, caseNumber } = await caseOf(world.users.a1);
    signInAs(world.users.c1);
    await expect(withAuditRefused(db, "case.emergencyAccess", () => openCaseInEmergency(form(caseNumber)))).rejects.toThrow(/audit refused/);
    expect(await db.emergencyAccess.count({ where: { caseId } })).toBe(0);
    expect(await getCase(caseId)).toBeNull();
  });

  it("needs a signed-in user", async () => {
    await expect(openCaseInEmergency(form("2026/0001"))).rejects.toThrow(/No user is signed in/);
  });

  // Issue 12 M1 and M2.
  it("refuses more than the configured number of grants a day per adviser, audited, granting nothing (issue 12 M1, default 3)", async () => {
    const cases = await Promise.all([1, 2, 3, 4, 5].map(() => caseOf(world.users.b1)));
    signInAs(world.users.c2);
    for (const { caseNumber } of cases.slice(0, 3)) expect(await openCaseInEmergency(form(caseNumber))).toMatchObject({ ok: true });
    expect(await openCaseInEmergency(form(cases[3]!.caseNumber))).toEqual({ ok: false, error: "dailyLimit" });
    expect(await db.emergencyAccess.count({ where: { caseId: cases[3]!.caseId } })).toBe(0);
    expect(await getCase(cases[3]!.caseId)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "case.emergencyAccess.refused", userId: world.users.c2.id } })).toBe(1);
    // The office may set another cap.
    await db.setting.upsert({ where: { key: "emergencyAccess.perDay" }, create: { key: "emergencyAccess.perDay", value: 4 }, update: { value: 4 } });
    try {
      expect(await openCaseInEmergency(form(cases[4]!.caseNumber))).toMatchObject({ ok: true });
      expect(await openCaseInEmergency(form(cases[3]!.caseNumber))).toEqual({ ok: false, error: "dailyLimit" });
    } finally {
      await db.setting.delete({ where: { key: "emergencyAccess.perDay" } });
    }
  });
  it("never lets a grant count for reassigning the case or any other write (issue 12 M2)", async () => {
    // Team C does not share cases: c1 sees c2's case only through the grant.
    const { caseId, caseNumber } = await caseOf(world.users.c2);
    signInAs(world.users.c1);
    expect(await openCaseInEmergency(form(caseNumber))).toMatchObject({ ok: true });
    expect(await getCase(caseId)).not.toBeNull();
    const before = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { adviserId: true, version: true, status: true } });

    expect(await listAssignableAdvisers(caseId)).toBeNull();
    expect(await reassignCase(caseId, { adviserId: world.users.c1.id, version: before.version })).toEqual({ ok: false, error: "notFound" });
    expect(await changeCaseStatus(caseId, StatusChangeFormSchema.parse({ toStatus: "COUNSELLING", effectiveOn: officeToday(), reason: "Tar över", version: String(before.version) }))).toEqual({ ok: false, error: "notFound" });
    expect(await createTask(caseId, { title: "Ta över ärendet", dueOn: null, waitingOn: null })).toEqual({ ok: false, error: "notFound" });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { adviserId: true, version: true, status: true } })).toEqual({ ...before, adviserId: world.users.c2.id });
    expect(await db.task.count({ where: { caseId } })).toBe(0);
  });
});

describe("the managers' list of emergency openings", () => {
  it("shows the openings of the manager's team's cases, newest first, with who, why, when and the case number, and audits the look", async () => {
    const older = await caseOf(world.users.a2);
    const newer = await caseOf(world.users.a1);
    const otherTeam = await caseOf(world.users.b1);
    signInAs(world.users.c1);
    await openCaseInEmergency(form(older.caseNumber, "Äldre öppning av ärendet"));
    await openCaseInEmergency(form(otherTeam.caseNumber, "Öppning i ett annat team"));
    await db.emergencyAccess.updateMany({ where: { caseId: older.caseId }, data: { createdAt: new Date(Date.now() - 60_000) } });
    signInAs(world.users.b1);
    await openCaseInEmergency(form(newer.caseNumber, "Nyare öppning av ärendet"));
    // An expired grant stays on the list: it is history to review, not access.
    await db.emergencyAccess.updateMany({ where: { caseId: newer.caseId }, data: { expiresAt: new Date(Date.now() - 1000) } });

    signInAs(world.users.managerA);
    const list = await listEmergencyAccesses();
    const ours = list.filter((grant) => [older.caseId, newer.caseId, otherTeam.caseId].includes(grant.case.id));
    expect(ours).toEqual([
      {
        id: expect.any(String),
        reason: "Nyare öppning av ärendet",
        createdAt: expect.any(Date),
        expiresAt: expect.any(Date),
        userId: world.users.b1.id,
        user: { name: world.users.b1.name, email: world.users.b1.email },
        case: { id: newer.caseId, caseNumber: newer.caseNumber },
        review: null,
        isOwn: false,
      },
      expect.objectContaining({ reason: "Äldre öppning av ärendet", case: { id: older.caseId, caseNumber: older.caseNumber } }),
    ]);
    expect(list.every((grant) => grant.case.id !== otherTeam.caseId)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "emergencyAccess.list", userId: world.users.managerA.id } })).toBe(1);

    signInAs(world.users.managerB);
    expect((await listEmergencyAccesses()).map((grant) => grant.case.id)).toContain(otherTeam.caseId);
  });

  it("is for managers only", async () => {
    for (const who of [world.users.a1, world.users.staff, world.users.admin]) {
      signInAs(who);
      await expect(listEmergencyAccesses()).rejects.toThrow(NOT_FOUND);
    }
    expect(await db.auditEvent.count({ where: { action: "emergencyAccess.list", userId: { in: [world.users.a1.id, world.users.staff.id, world.users.admin.id] } } })).toBe(0);
  });

});

// Issue 12 M1: the team's managers sign each grant off, "reviewed — justified / not justified", with a comment.
describe("signing emergency grants off", () => {
  const review = (verdict: "JUSTIFIED" | "NOT_JUSTIFIED", comment = "Ringde klienten, stämmer") => EmergencyReviewFormSchema.parse({ verdict, comment });

  /** A grant by b1 (team B) on a new case of team A, and its id. */
  async function grantOnTeamA(): Promise<{ grantId: string; caseId: string }> {
    const { caseId, caseNumber } = await caseOf(world.users.a1);
    signInAs(world.users.b1);
    await openCaseInEmergency(form(caseNumber));
    const { id } = await db.emergencyAccess.findFirstOrThrow({ where: { caseId, userId: world.users.b1.id }, select: { id: true } });
    return { grantId: id, caseId };
  }

  it("lets a manager of the case's team sign a grant off once, stored with the verdict and comment and audited; the count of grants to review falls", async () => {
    const { grantId, caseId } = await grantOnTeamA();
    signInAs(world.users.managerA);
    const before = await countUnreviewedEmergencyAccesses();
    expect(before).toBeGreaterThanOrEqual(1);
    const listed = (await listEmergencyAccesses({ onlyUnreviewed: true })).find((grant) => grant.id === grantId);
    expect(listed).toMatchObject({ reason: REASON, user: { name: world.users.b1.name }, case: { id: caseId }, review: null, isOwn: false });

    expect(await reviewEmergencyAccess(grantId, review("NOT_JUSTIFIED", "Inget akut behov enligt anteckningen"))).toEqual({ ok: true });
    expect(await db.emergencyAccessReview.findUniqueOrThrow({ where: { emergencyAccessId: grantId } })).toMatchObject({
      reviewerId: world.users.managerA.id,
      verdict: "NOT_JUSTIFIED",
      comment: "Inget akut behov enligt anteckningen",
    });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "emergencyAccess.review", resourceId: grantId } })).toMatchObject({
      userId: world.users.managerA.id,
      resourceType: "EmergencyAccess",
      caseId,
      changes: { verdict: [null, "NOT_JUSTIFIED"] },
    });
    expect(await countUnreviewedEmergencyAccesses()).toBe(before - 1);
    expect((await listEmergencyAccesses({ onlyUnreviewed: true })).some((grant) => grant.id === grantId)).toBe(false);
    expect((await listEmergencyAccesses()).find((grant) => grant.id === grantId)?.review).toMatchObject({ verdict: "NOT_JUSTIFIED", reviewer: { name: world.users.managerA.name } });

    // Once only: a second sign-off changes nothing and is a refused write in the trail.
    expect(await reviewEmergencyAccess(grantId, review("JUSTIFIED"))).toEqual({ ok: false, error: "alreadyReviewed" });
    expect(await db.emergencyAccessReview.count({ where: { emergencyAccessId: grantId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "write.refused", reason: "emergencyAccess.review.alreadyReviewed", resourceId: grantId } })).toBe(1);
  });

  it("is refused to a manager of another team (as not found), and to every other role", async () => {
    const { grantId } = await grantOnTeamA();
    signInAs(world.users.managerB);
    expect(await reviewEmergencyAccess(grantId, review("JUSTIFIED"))).toEqual({ ok: false, error: "notFound" });
    expect(await db.auditEvent.count({ where: { action: "write.refused", reason: "emergencyAccess.review.notFound", userId: world.users.managerB.id, resourceId: grantId } })).toBe(1);
    for (const who of [world.users.a1, world.users.b1, world.users.staff, world.users.admin]) {
      signInAs(who);
      await expect(reviewEmergencyAccess(grantId, review("JUSTIFIED"))).rejects.toThrow(NOT_FOUND);
      await expect(countUnreviewedEmergencyAccesses()).rejects.toThrow(NOT_FOUND);
    }
    expect(await db.emergencyAccessReview.count({ where: { emergencyAccessId: grantId } })).toBe(0);
  });

  it("never lets a manager sign off a grant of their own (one held from an earlier role), nor counts it for them", async () => {
    const { grantId } = await grantOnTeamA();
    // The grant's holder is now a manager of the case's team.
    const former = await db.user.create({ data: { email: `former-${grantId}@hemvag.test`, name: "Före detta rådgivare", role: "MANAGER", teamId: world.teams.a }, select: { id: true, email: true, name: true, role: true, teamId: true } });
    await db.emergencyAccess.update({ where: { id: grantId }, data: { userId: former.id } });
    signInAs(former);
    const others = await countUnreviewedEmergencyAccesses();
    expect(await reviewEmergencyAccess(grantId, review("JUSTIFIED"))).toEqual({ ok: false, error: "ownGrant" });
    expect((await listEmergencyAccesses()).find((grant) => grant.id === grantId)).toMatchObject({ isOwn: true, review: null });
    signInAs(world.users.managerA);
    expect(await countUnreviewedEmergencyAccesses()).toBe(others + 1);
  });

  it("writes no sign-off when its audit row cannot be written", async () => {
    const { grantId } = await grantOnTeamA();
    signInAs(world.users.managerA);
    await expect(withAuditRefused(db, "emergencyAccess.review", () => reviewEmergencyAccess(grantId, review("JUSTIFIED")))).rejects.toThrow();
    expect(await db.emergencyAccessReview.count({ where: { emergencyAccessId: grantId } })).toBe(0);
  });

  it("asks for a verdict and a comment", () => {
    expect(EmergencyReviewFormSchema.safeParse({ verdict: "MAYBE", comment: "Okej så" }).success).toBe(false);
    expect(EmergencyReviewFormSchema.safeParse({ verdict: "JUSTIFIED", comment: "  " }).success).toBe(false);
    expect(EmergencyReviewFormSchema.safeParse({ verdict: "JUSTIFIED", comment: "x".repeat(1001) }).success).toBe(false);
  });
});

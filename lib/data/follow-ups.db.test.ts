// Follow-ups after return against a real Postgres: recording IOM's three
// scores, optimistic locking, scope (managers see scores, not notes), audit.
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listFollowUps, recordFollowUp } from "@/lib/data/follow-ups";
import { scheduleFollowUps } from "@/lib/data/follow-ups-schedule";
import { officeToday } from "@/lib/dates";
import { addDays } from "@/lib/dates";
import type { FollowUpForm } from "@/lib/schemas/follow-up";
import { setUpCaseworkWorld, NOT_FOUND } from "@/tests/support/casework";

const db = getDb();
const TODAY = officeToday();
const world = setUpCaseworkWorld(db);

/** A case that departed 40 days ago, with its three follow-ups scheduled as the status change does. */
async function departedCase(owner = world.users.a1) {
  const caseId = await world.newCase(owner, "DEPARTED");
  await scheduleFollowUps(db, caseId, addDays(TODAY, -40));
  const rows = await db.followUp.findMany({ where: { caseId }, orderBy: { monthsAfterReturn: "asc" } });
  return { caseId, first: rows[0]!, rows };
}

function recorded(savedAt: Date, overrides: Partial<FollowUpForm> = {}): FollowUpForm {
  return { completedOn: TODAY, economicScore: 2, socialScore: 3, psychosocialScore: 4, notes: "Bor hos släktingar, söker arbete", savedAt, ...overrides };
}

describe("recording a follow-up", () => {
  it("saves the date, the three scores and notes, audits them without the notes' text", async () => {
    const { caseId, first } = await departedCase();
    signInAs(world.users.a1);
    const result = await recordFollowUp(caseId, first.id, recorded(first.updatedAt));
    expect(result.ok).toBe(true);
    const saved = await db.followUp.findUniqueOrThrow({ where: { id: first.id } });
    expect(saved).toMatchObject({ economicScore: 2, socialScore: 3, psychosocialScore: 4, notes: "Bor hos släktingar, söker arbete" });
    expect(saved.completedOn?.toISOString().slice(0, 10)).toBe(TODAY);
    if (result.ok) expect(result.savedAt).toEqual(saved.updatedAt);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { caseId, action: "followUp.record" } });
    expect(audit.changes).toMatchObject({ monthsAfterReturn: [1, 1], economicScore: [null, 2], completedOn: [null, `${TODAY}T00:00:00.000Z`], notes: ["", "[32 chars]"] });
    expect(JSON.stringify(audit.changes)).not.toContain("släktingar");
  });

  it("records a correction as an update", async () => {
    const { caseId, first } = await departedCase();
    signInAs(world.users.a1);
    const result = await recordFollowUp(caseId, first.id, recorded(first.updatedAt));
    if (!result.ok) throw new Error(result.error);
    expect(await recordFollowUp(caseId, first.id, recorded(result.savedAt, { economicScore: 3 }))).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { caseId, action: "followUp.update" } });
    expect(audit.changes).toEqual({ monthsAfterReturn: [1, 1], economicScore: [2, 3] });
  });

  it("writes nothing when saved as it stands: no new timestamp, no audit row", async () => {
    const { caseId, first } = await departedCase();
    signInAs(world.users.a1);
    const result = await recordFollowUp(caseId, first.id, recorded(first.updatedAt));
    if (!result.ok) throw new Error(result.error);
    const saved = await db.followUp.findUniqueOrThrow({ where: { id: first.id } });
    const audits = await db.auditEvent.count({ where: { caseId, action: { in: ["followUp.record", "followUp.update"] } } });
    expect(await recordFollowUp(caseId, first.id, recorded(result.savedAt))).toEqual({ ok: true, savedAt: saved.updatedAt });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: first.id } })).toEqual(saved);
    expect(await db.auditEvent.count({ where: { caseId, action: { in: ["followUp.record", "followUp.update"] } } })).toBe(audits);
  });

  it("refuses a stale form, changing nothing", async () => {
    const { caseId, first } = await departedCase();
    signInAs(world.users.a1);
    await recordFollowUp(caseId, first.id, recorded(first.updatedAt));
    const saved = await db.followUp.findUniqueOrThrow({ where: { id: first.id } });
    expect(await recordFollowUp(caseId, first.id, recorded(first.updatedAt, { economicScore: 5 }))).toEqual({ ok: false, error: "conflict" });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: first.id } })).toEqual(saved);
  });

  it("refuses a contact dated before the return", async () => {
    const { caseId, first } = await departedCase();
    signInAs(world.users.a1);
    expect(await recordFollowUp(caseId, first.id, recorded(first.updatedAt, { completedOn: addDays(TODAY, -41) }))).toEqual({
      ok: false,
      error: "completedBeforeReturn",
    });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: first.id } })).completedOn).toBeNull();
  });

  it("is refused out of scope, through another case, on a closed case, and to managers", async () => {
    const { caseId, first } = await departedCase();
    const other = await departedCase();
    signInAs(world.users.b1);
    expect(await recordFollowUp(caseId, first.id, recorded(first.updatedAt))).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.a1);
    expect(await recordFollowUp(other.caseId, first.id, recorded(first.updatedAt))).toEqual({ ok: false, error: "notFound" });
    await db.case.update({ where: { id: other.caseId }, data: { status: "CLOSED" } });
    expect(await recordFollowUp(other.caseId, other.first.id, recorded(other.first.updatedAt))).toEqual({ ok: false, error: "caseClosed" });
    signInAs(world.users.managerA);
    await expect(recordFollowUp(caseId, first.id, recorded(first.updatedAt))).rejects.toThrow(NOT_FOUND);
    expect(await db.followUp.count({ where: { caseId: { in: [caseId, other.caseId] }, completedOn: { not: null } } })).toBe(0);
  });
});

describe("reading follow-ups", () => {
  it("lists the contacts in order and audits the reading", async () => {
    const { caseId } = await departedCase();
    signInAs(world.users.a2);
    const listed = await listFollowUps(caseId);
    expect(listed?.followUps.map((f) => f.monthsAfterReturn)).toEqual([1, 3, 6]);
    expect(listed?.canEdit).toBe(true);
    expect(await db.auditEvent.count({ where: { caseId, action: "followUp.list", userId: world.users.a2.id } })).toBe(1);
  });

  it("shows the team's manager the scores but not the notes, and other teams nothing", async () => {
    const { caseId, first } = await departedCase();
    signInAs(world.users.a1);
    await recordFollowUp(caseId, first.id, recorded(first.updatedAt));
    signInAs(world.users.managerA);
    const listed = await listFollowUps(caseId);
    expect(listed?.canEdit).toBe(false);
    expect(listed?.followUps[0]).toMatchObject({ economicScore: 2, socialScore: 3, psychosocialScore: 4 });
    expect(listed?.followUps[0]?.notes ?? null).toBeNull();
    signInAs(world.users.managerB);
    expect(await listFollowUps(caseId)).toBeNull();
    signInAs(world.users.staff);
    await expect(listFollowUps(caseId)).rejects.toThrow(NOT_FOUND);
  });
});

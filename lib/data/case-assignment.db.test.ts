// The intake queue and reassignment in bulk against a real Postgres
// (docs/decisions/023): cases without an adviser wait for the team's manager,
// who assigns one or many; a manager moves an adviser's cases to another in
// one transaction, all or none, after a preview of what access changes;
// emergency grants never move; every move is on the case's timeline.
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getCase } from "@/lib/data/cases";
import { getCaseTimeline } from "@/lib/data/timeline";
import { assignFromQueue, countIntakeQueue, listIntakeQueue, releaseToQueue } from "@/lib/data/case-assignment";
import { listReassignableCases, previewReassignment, reassignCasesInBulk } from "@/lib/data/bulk-reassignment";
import { AssignCasesFormSchema } from "@/lib/schemas/workflow";
import { setUpCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
const world = setUpCaseworkWorld(db);

async function queuedCase(owner: CaseworkWorld["users"]["a1"]) {
  const caseId = await world.newCase(owner, "INTAKE");
  return db.case.update({ where: { id: caseId }, data: { adviserId: null, queuedAt: new Date() }, select: { id: true, version: true, caseNumber: true } });
}

const selection = (...cases: { id: string; version: number }[]) => cases.map((c) => ({ caseId: c.id, version: c.version }));

describe("the intake queue", () => {
  it("shows a queued case to its team's manager (and a sharing team's advisers), not to another team", async () => {
    const queued = await queuedCase(world.users.a1);
    signInAs(world.users.managerA);
    const queue = await listIntakeQueue();
    expect(queue.cases.map((c) => c.id)).toContain(queued.id);
    expect(queue.advisers.map((a) => a.id).sort()).toEqual([world.users.a1.id, world.users.a2.id].sort());
    expect(await countIntakeQueue()).toBeGreaterThanOrEqual(1);
    expect((await getCase(queued.id))?.adviser).toBeNull();
    signInAs(world.users.a2);
    expect((await getCase(queued.id))?.id).toBe(queued.id);
    signInAs(world.users.managerB);
    expect((await listIntakeQueue()).cases.map((c) => c.id)).not.toContain(queued.id);
    expect(await getCase(queued.id)).toBeNull();
    signInAs(world.users.a1);
    await expect(listIntakeQueue()).rejects.toThrow(NOT_FOUND);
  });

  it("assigns many at once to an adviser of the team, audited per case, on each timeline, with a notice to the adviser", async () => {
    const [one, two] = [await queuedCase(world.users.a1), await queuedCase(world.users.a1)];
    signInAs(world.users.managerA);
    const result = await assignFromQueue(selection(one, two), world.users.a2.id);
    expect(result).toMatchObject({ ok: true, moved: 2 });
    for (const c of [one, two]) {
      expect(await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { adviserId: true, queuedAt: true, version: true } })).toEqual({ adviserId: world.users.a2.id, queuedAt: null, version: c.version + 1 });
      expect(await db.auditEvent.count({ where: { caseId: c.id, action: "case.assign", userId: world.users.managerA.id } })).toBe(1);
      expect(await db.notification.count({ where: { userId: world.users.a2.id, kind: "CASE_ASSIGNED", subjectId: c.id } })).toBe(1);
      const timeline = await getCaseTimeline(c.id);
      const entry = timeline?.find((e) => e.kind === "activity" && e.details.action === "case.assign");
      expect(entry).toMatchObject({ byName: world.users.managerA.name, details: { fromAdviser: null, toAdviser: world.users.a2.name } });
    }
  });

  it("refuses an adviser outside the team, a stale selection and a case of another team, moving nothing", async () => {
    const mine = await queuedCase(world.users.a1);
    const theirs = await queuedCase(world.users.b1);
    signInAs(world.users.managerA);
    expect(await assignFromQueue(selection(mine), world.users.b1.id)).toEqual({ ok: false, error: "adviserNotInTeam", caseIds: [] });
    expect(await assignFromQueue(selection(mine), world.users.managerA.id)).toMatchObject({ ok: false, error: "adviserNotInTeam" });
    expect(await assignFromQueue(selection(mine, theirs), world.users.a1.id)).toEqual({ ok: false, error: "notFound", caseIds: [theirs.id] });
    expect(await assignFromQueue(selection({ ...mine, version: mine.version + 7 }), world.users.a1.id)).toEqual({ ok: false, error: "stale", caseIds: [mine.id] });
    expect((await db.case.findUniqueOrThrow({ where: { id: mine.id } })).adviserId).toBeNull();
    expect(await db.auditEvent.count({ where: { userId: world.users.managerA.id, action: "write.refused", reason: { startsWith: "case.assign" } } })).toBeGreaterThanOrEqual(3);
    // Assigned meanwhile by a colleague: no longer in the queue, so stale, even at the same version.
    await db.case.update({ where: { id: mine.id }, data: { adviserId: world.users.a2.id } });
    expect(await assignFromQueue(selection(mine), world.users.a1.id)).toMatchObject({ ok: false, error: "stale" });
  });

  it("lets an adviser put their own case in the queue, and no one else's", async () => {
    const caseId = await world.newCase(world.users.a1);
    const { version } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
    signInAs(world.users.a2);
    expect(await releaseToQueue(caseId, version)).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.a1);
    expect(await releaseToQueue(caseId, version + 1)).toEqual({ ok: false, error: "conflict" });
    expect(await releaseToQueue(caseId, version)).toEqual({ ok: true });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { adviserId: true, queuedAt: true } })).toEqual({ adviserId: null, queuedAt: expect.any(Date) });
    expect(await db.auditEvent.count({ where: { caseId, action: "case.queue" } })).toBe(1);
  });

  it("parses a selection as the forms send it and refuses junk", () => {
    expect(AssignCasesFormSchema.safeParse({ cases: ["abc:2", "def:1"], adviserId: "x" }).data?.cases).toEqual([
      { caseId: "abc", version: 2 },
      { caseId: "def", version: 1 },
    ]);
    expect(AssignCasesFormSchema.safeParse({ cases: [], adviserId: "x" }).success).toBe(false);
    expect(AssignCasesFormSchema.safeParse({ cases: ["abc:2", "abc:3"], adviserId: "x" }).success).toBe(false);
    expect(AssignCasesFormSchema.safeParse({ cases: ["abc:0"], adviserId: "x" }).success).toBe(false);
    expect(AssignCasesFormSchema.safeParse({ cases: ["a b:1"], adviserId: "x" }).success).toBe(false);
    expect(AssignCasesFormSchema.safeParse({ cases: "abc:1", adviserId: "x" }).success).toBe(false);
  });
});

describe("reassignment in bulk", () => {
  it("previews who loses and gains which cases, keeps emergency grants where they are, and moves all in one go", async () => {
    const cases = [await world.newCase(world.users.a1), await world.newCase(world.users.a1, "PLANNING")];
    // b1 holds an emergency grant on the first: it stays b1's, and is not given to a2.
    const grant = await db.emergencyAccess.create({ data: { userId: world.users.b1.id, caseId: cases[0]!, reason: "akut", expiresAt: new Date(Date.now() + 3_600_000) } });
    signInAs(world.users.managerA);
    const list = await listReassignableCases({ from: world.users.a1.id, status: "" });
    expect(list.cases.map((c) => c.id)).toEqual(expect.arrayContaining(cases));
    expect(list.fromAdvisers.map((a) => a.id)).toContain(world.users.a1.id);
    const chosen = list.cases.filter((c) => cases.includes(c.id));
    const preview = await previewReassignment(selection(...chosen), world.users.a2.id);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.preview.gains).toBe(2);
    expect(preview.preview.newlyVisible).toBe(0);
    expect(preview.preview.losing).toEqual([{ adviserId: world.users.a1.id, name: world.users.a1.name, count: 2, keepsSightThroughTeam: true }]);
    expect(preview.preview.grants).toEqual([{ holderName: world.users.b1.name, caseNumber: expect.any(String), expiresAt: grant.expiresAt }]);

    const result = await reassignCasesInBulk(selection(...chosen), world.users.a2.id);
    expect(result).toMatchObject({ ok: true, moved: 2 });
    for (const id of cases) expect((await db.case.findUniqueOrThrow({ where: { id } })).adviserId).toBe(world.users.a2.id);
    expect(await db.emergencyAccess.findMany({ where: { caseId: cases[0]! }, select: { userId: true, expiresAt: true } })).toEqual([{ userId: world.users.b1.id, expiresAt: grant.expiresAt }]);
    const audits = await db.auditEvent.findMany({ where: { caseId: { in: cases }, action: "case.assign" }, select: { reason: true } });
    expect(audits).toHaveLength(2);
    expect(new Set(audits.map((a) => a.reason)).size).toBe(1);
    expect(audits[0]!.reason).toMatch(/^bulk /);
  });

  it("says an adviser of a team that does not share loses sight of the cases", async () => {
    const managerC = await db.user.create({ data: { email: `wf-manager-c-${Date.now()}@hemvag.test`, name: "Chef C", role: "MANAGER", teamId: world.teams.c }, select: { id: true, email: true, name: true, role: true, teamId: true } });
    const caseId = await world.newCase(world.users.c1);
    const { version } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
    signInAs(managerC);
    const preview = await previewReassignment([{ caseId, version }], world.users.c2.id);
    expect(preview).toMatchObject({ ok: true, preview: { gains: 1, newlyVisible: 1, losing: [{ adviserId: world.users.c1.id, count: 1, keepsSightThroughTeam: false }] } });
  });

  it("refuses the whole batch for an adviser outside the team, a stale case or a case out of scope", async () => {
    const ours = await world.newCase(world.users.a1);
    const other = await world.newCase(world.users.a1);
    const foreign = await world.newCase(world.users.b1);
    const v = async (id: string) => (await db.case.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    signInAs(world.users.managerA);
    const pick = [{ caseId: ours, version: await v(ours) }, { caseId: other, version: await v(other) }];
    expect(await previewReassignment(pick, world.users.b1.id)).toEqual({ ok: false, error: "adviserNotInTeam" });
    expect(await reassignCasesInBulk(pick, world.users.b1.id)).toMatchObject({ ok: false, error: "adviserNotInTeam" });
    expect(await reassignCasesInBulk([...pick, { caseId: foreign, version: await v(foreign) }], world.users.a2.id)).toEqual({ ok: false, error: "notFound", caseIds: [foreign] });
    // Someone edits one case after the list was shown: nothing moves, not even the other.
    await db.case.update({ where: { id: other }, data: { version: { increment: 1 } } });
    expect(await previewReassignment(pick, world.users.a2.id)).toEqual({ ok: false, error: "stale", caseIds: [other] });
    expect(await reassignCasesInBulk(pick, world.users.a2.id)).toEqual({ ok: false, error: "stale", caseIds: [other] });
    for (const id of [ours, other]) expect((await db.case.findUniqueOrThrow({ where: { id } })).adviserId).toBe(world.users.a1.id);
    expect(await db.auditEvent.count({ where: { caseId: { in: [ours, other] }, action: "case.assign" } })).toBe(0);
    signInAs(world.users.a1);
    await expect(reassignCasesInBulk(pick, world.users.a2.id)).rejects.toThrow(NOT_FOUND);
  });
});

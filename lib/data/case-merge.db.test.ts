// Merging a person registered twice (decision 019) against a real Postgres:
// proposal and its refusals, a manager's confirmation moving every kind of
// casework in one transaction, and a failure half-way that moves nothing.
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { proposeCaseMerge, getCaseMergeState, mergedIntoCaseId } from "@/lib/data/case-merge";
import { decideApproval, listPendingApprovals } from "@/lib/data/approvals";
import { getCaseTimeline } from "@/lib/data/timeline";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;
let organisationId: string;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  organisationId = (await db.organisation.create({ data: { name: `Migrationsverket merge ${Date.now()}`, kind: "AUTHORITY" }, select: { id: true } })).id;
});

beforeEach(() => {
  signInAs(null);
});

const numberOf = async (caseId: string) => (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { caseNumber: true } })).caseNumber;

/** One row of every kind of casework on the case, a signed journal entry among them. */
async function addCasework(caseId: string, authorId: string) {
  const session = await db.counsellingSession.create({ data: { caseId, startsAt: new Date("2026-11-02T09:00:00Z"), durationMinutes: 45, mode: "IN_PERSON", authorId }, select: { id: true } });
  await db.returnPlanStep.create({ data: { caseId, kind: "IDENTITY_DOCUMENTS" } });
  await db.returnPlanStep.create({ data: { caseId, kind: "TRAVEL_BOOKING" } });
  await db.task.create({ data: { caseId, assigneeId: authorId, title: "Ring ambassaden" } });
  await db.document.create({ data: { caseId, fileName: "pass.pdf", mimeType: "application/pdf", sizeBytes: 3, sha256: "x", content: Buffer.from("abc"), uploadedById: authorId } });
  await db.eligibilityCheck.create({ data: { caseId, ruleSetId: "2026", applicationDate: new Date("2026-11-01"), input: {}, result: {}, outcome: "ELIGIBLE", totalSek: 40000, createdById: authorId } });
  await db.referral.create({ data: { caseId, organisationId, type: "RETURN_GRANT_APPLICATION", createdById: authorId } });
  await db.followUp.create({ data: { caseId, monthsAfterReturn: 1, dueOn: new Date("2027-01-01") } });
  await db.householdMember.create({ data: { caseId, relation: "CHILD", firstName: "Lina", lastName: "Test", birthDate: new Date("2015-03-03") } });
  const entry = await db.journalEntry.create({ data: { caseId, kind: "SESSION_NOTE", sessionId: session.id, authorId, text: "Samtal om resan", signedAt: new Date() }, select: { id: true } });
  await db.journalEntryVersion.create({ data: { entryId: entry.id, version: 1, text: "Samtal om resan", authorId } });
  return { sessionId: session.id, entryId: entry.id };
}

async function casework(caseId: string) {
  const where = { caseId };
  const [sessions, planSteps, tasks, documents, eligibilityChecks, referrals, followUps, householdMembers, journalEntries] = await Promise.all([
    db.counsellingSession.count({ where }),
    db.returnPlanStep.count({ where }),
    db.task.count({ where }),
    db.document.count({ where }),
    db.eligibilityCheck.count({ where }),
    db.referral.count({ where }),
    db.followUp.count({ where }),
    db.householdMember.count({ where }),
    db.journalEntry.count({ where }),
  ]);
  return { sessions, planSteps, tasks, documents, eligibilityChecks, referrals, followUps, householdMembers, journalEntries };
}

async function propose(fromId: string, intoId: string, reason = "Samma personnummer, registrerad två gånger") {
  signInAs(world.users.a1);
  const result = await proposeCaseMerge(fromId, { intoCaseNumber: await numberOf(intoId), reason });
  expect(result).toMatchObject({ ok: true });
  return result.ok ? result.requestId : "";
}

describe("proposing a merge", () => {
  it("files a request for the team's managers, audited, and changes no case", async () => {
    const from = await world.newCase(world.users.a1);
    const into = await world.newCase(world.users.a1);
    await addCasework(from, world.users.a1.id);
    const before = await casework(from);
    const requestId = await propose(from, into);
    const request = await db.approvalRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request).toMatchObject({ kind: "case.merge", state: "PENDING", teamId: world.teams.a, requesterId: world.users.a1.id, targetUserId: null });
    expect(request.change).toMatchObject({ fromCaseId: from, intoCaseId: into, reason: "Samma personnummer, registrerad två gånger" });
    expect(await casework(from)).toEqual(before);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.merge.propose", caseId: from } });
    // The reason is casework text: its length in the trail, never its words.
    expect(JSON.stringify(audit.changes)).not.toContain("personnummer");
    signInAs(world.users.a1);
    expect(await getCaseMergeState(from)).toMatchObject({ pending: { intoCaseNumber: await numberOf(into), proposedBy: world.users.a1.name }, canPropose: false });
    signInAs(world.users.managerA);
    expect((await listPendingApprovals()).map((row) => row.id)).toContain(requestId);
  });

  it.each([
    ["into itself", "self", "sameCase"],
    ["into a case of another team", "otherTeam", "targetNotFound"],
    ["into a number that does not exist", "missing", "targetNotFound"],
    ["into a closed case", "closed", "targetClosed"],
  ])("refuses a merge %s, files nothing, and audits the refusal", async (_name, kind, error) => {
    const from = await world.newCase(world.users.a1);
    const target =
      kind === "self" ? from : kind === "otherTeam" ? await world.newCase(world.users.b1) : kind === "closed" ? await world.newCase(world.users.a1, "CLOSED") : null;
    const number = target ? await numberOf(target) : "1999/9999";
    const requests = await db.approvalRequest.count({ where: { kind: "case.merge" } });
    signInAs(world.users.a1);
    expect(await proposeCaseMerge(from, { intoCaseNumber: number, reason: "Dubblett" })).toMatchObject({ ok: false, error });
    expect(await db.approvalRequest.count({ where: { kind: "case.merge" } })).toBe(requests);
    expect(await db.auditEvent.count({ where: { action: "case.merge.propose.refused", resourceId: from, reason: error } })).toBe(1);
  });

  it("refuses a case out of the adviser's scope as missing", async () => {
    const from = await world.newCase(world.users.c1); // team C does not share
    const into = await world.newCase(world.users.c2);
    signInAs(world.users.c2);
    expect(await proposeCaseMerge(from, { intoCaseNumber: await numberOf(into), reason: "Dubblett" })).toMatchObject({ ok: false, error: "notFound" });
    expect(await db.auditEvent.count({ where: { action: "write.refused", resourceId: from, userId: world.users.c2.id } })).toBe(1);
  });

  it("refuses a second proposal while one is pending, naming who proposed it first and when", async () => {
    const from = await world.newCase(world.users.a1);
    const into = await world.newCase(world.users.a1);
    await propose(from, into);
    signInAs(world.users.a2);
    const second = await proposeCaseMerge(into, { intoCaseNumber: await numberOf(from), reason: "Samma person" });
    expect(second).toMatchObject({ ok: false, error: "alreadyProposed", proposedBy: world.users.a1.name, fromCaseNumber: await numberOf(from), intoCaseNumber: await numberOf(into) });
  });

  it("is not for managers, staff or administrators", async () => {
    const from = await world.newCase(world.users.a1);
    for (const user of [world.users.managerA, world.users.staff, world.users.admin]) {
      signInAs(user);
      await expect(proposeCaseMerge(from, { intoCaseNumber: "2026/0001", reason: "x" })).rejects.toThrow(NOT_FOUND);
    }
  });
});

describe("confirming a merge", () => {
  it("moves every kind of casework, closes the duplicate, records the merge on both timelines, and leads the old number to the kept case", async () => {
    const from = await world.newCase(world.users.a1);
    const into = await world.newCase(world.users.a2);
    const { entryId } = await addCasework(from, world.users.a1.id);
    // The kept case has its own identity-documents step: the duplicate's stays behind with its case.
    await db.returnPlanStep.create({ data: { caseId: into, kind: "IDENTITY_DOCUMENTS" } });
    const moving = await casework(from);
    const kept = await casework(into);
    const requestId = await propose(from, into);

    signInAs(world.users.managerA);
    expect(await decideApproval(requestId, true, null)).toEqual({ ok: true });

    expect(await casework(into)).toEqual({
      sessions: kept.sessions + moving.sessions,
      planSteps: kept.planSteps + 1,
      tasks: moving.tasks,
      documents: moving.documents,
      eligibilityChecks: moving.eligibilityChecks,
      referrals: moving.referrals,
      followUps: moving.followUps,
      householdMembers: moving.householdMembers,
      journalEntries: moving.journalEntries,
    });
    expect(await db.returnPlanStep.findMany({ where: { caseId: from }, select: { kind: true } })).toEqual([{ kind: "IDENTITY_DOCUMENTS" }]);
    // The signed entry moved, word for word, with its versions.
    const entry = await db.journalEntry.findUniqueOrThrow({ where: { id: entryId }, select: { caseId: true, text: true, version: true, signedAt: true } });
    expect(entry).toMatchObject({ caseId: into, text: "Samtal om resan", version: 1 });
    expect(entry.signedAt).not.toBeNull();

    const closed = await db.case.findUniqueOrThrow({ where: { id: from }, select: { status: true, outcome: true, closedAt: true } });
    expect(closed).toMatchObject({ status: "CLOSED", outcome: "OTHER" });
    const closing = await db.caseStatusChange.findFirstOrThrow({ where: { caseId: from, toStatus: "CLOSED" } });
    expect(closing).toMatchObject({ reason: "Samma personnummer, registrerad två gånger", changedById: world.users.managerA.id });
    const merge = await db.caseMerge.findUniqueOrThrow({ where: { fromCaseId: from } });
    expect(merge).toMatchObject({ intoCaseId: into, proposedById: world.users.a1.id, confirmedById: world.users.managerA.id, approvalRequestId: requestId });
    expect(merge.moved).toMatchObject({ sessions: 1, planSteps: 1, planStepsStayed: 1, journalEntries: 1 });
    expect(await db.auditEvent.count({ where: { action: { in: ["case.merge.from", "case.merge.into"] }, caseId: { in: [from, into] } } })).toBe(2);

    signInAs(world.users.a1);
    expect(await mergedIntoCaseId(from)).toBe(into);
    expect(await mergedIntoCaseId(into)).toBeNull();
    const keptTimeline = (await getCaseTimeline(into))!.filter((row) => row.kind === "merge");
    expect(keptTimeline).toEqual([expect.objectContaining({ byName: world.users.managerA.name, details: expect.objectContaining({ direction: "from", otherCaseNumber: await numberOf(from), proposedBy: world.users.a1.name }) })]);
    const oldTimeline = (await getCaseTimeline(from))!.filter((row) => row.kind === "merge");
    expect(oldTimeline).toEqual([expect.objectContaining({ details: expect.objectContaining({ direction: "into", otherCaseNumber: await numberOf(into) }) })]);
    // The proposal, audited on the duplicate, now tells its part of the kept case's story too.
    expect((await getCaseTimeline(into))!.some((row) => row.kind === "activity" && row.details.action === "case.merge.propose")).toBe(true);
    expect(await getCaseMergeState(into)).toMatchObject({ mergedFrom: [{ caseId: from, proposedBy: world.users.a1.name, confirmedBy: world.users.managerA.name }] });
  });

  it("refuses to merge an already merged case, or into one, and a second confirmation finds it decided", async () => {
    const a = await world.newCase(world.users.a1);
    const b = await world.newCase(world.users.a1);
    const c = await world.newCase(world.users.a1);
    const first = await propose(a, b);
    signInAs(world.users.managerA);
    expect(await decideApproval(first, true, null)).toEqual({ ok: true });
    expect(await decideApproval(first, true, null)).toMatchObject({ ok: false, error: "alreadyDecided", decidedBy: world.users.managerA.name, approved: true });
    signInAs(world.users.a1);
    expect(await proposeCaseMerge(a, { intoCaseNumber: await numberOf(c), reason: "x" })).toMatchObject({ ok: false, error: "alreadyMerged" });
    expect(await proposeCaseMerge(c, { intoCaseNumber: await numberOf(a), reason: "x" })).toMatchObject({ ok: false, error: "targetMerged" });
  });

  it("re-checks at confirmation: a kept case closed meanwhile refuses the merge, changes nothing and leaves the request pending", async () => {
    const from = await world.newCase(world.users.a1);
    const into = await world.newCase(world.users.a1);
    await addCasework(from, world.users.a1.id);
    const requestId = await propose(from, into);
    await db.case.update({ where: { id: into }, data: { status: "CLOSED", outcome: "OTHER" } });
    const before = await casework(from);
    signInAs(world.users.managerA);
    expect(await decideApproval(requestId, true, null)).toEqual({ ok: false, error: "mergeRefused", refusal: "targetClosed" });
    expect(await casework(from)).toEqual(before);
    expect((await db.approvalRequest.findUniqueOrThrow({ where: { id: requestId } })).state).toBe("PENDING");
    expect(await db.auditEvent.count({ where: { action: "case.merge.refused", resourceId: requestId, reason: "targetClosed" } })).toBe(1);
  });

  it("moves nothing when it fails half-way: the whole transaction rolls back, the approval included", async () => {
    const from = await world.newCase(world.users.a1);
    const into = await world.newCase(world.users.a1);
    await addCasework(from, world.users.a1.id);
    const requestId = await propose(from, into);
    const before = { from: await casework(from), into: await casework(into) };
    signInAs(world.users.managerA);
    // Documents move after sessions, journal entries and tasks: make that step fail.
    const original = db.$transaction.bind(db);
    const spy = vi.spyOn(db, "$transaction").mockImplementation(((fn: unknown, options?: unknown) => {
      if (typeof fn !== "function") return original(fn as never, options as never);
      return original(async (tx) => {
        const failing = new Proxy(tx, {
          get(target, property, receiver) {
            if (property === "document") return { ...target.document, updateMany: async () => { throw new Error("disk full"); } };
            return Reflect.get(target, property, receiver);
          },
        });
        return (fn as (tx: unknown) => unknown)(failing);
      }, options as never);
    }) as never);
    try {
      await expect(decideApproval(requestId, true, null)).rejects.toThrow("disk full");
    } finally {
      spy.mockRestore();
    }
    expect({ from: await casework(from), into: await casework(into) }).toEqual(before);
    expect(await db.caseMerge.count({ where: { fromCaseId: from } })).toBe(0);
    expect((await db.case.findUniqueOrThrow({ where: { id: from }, select: { status: true } })).status).toBe("COUNSELLING");
    expect((await db.approvalRequest.findUniqueOrThrow({ where: { id: requestId } })).state).toBe("PENDING");
  });

  it("is decided only by a manager of the team, not the one who proposed it", async () => {
    const from = await world.newCase(world.users.a1);
    const into = await world.newCase(world.users.a1);
    const requestId = await propose(from, into);
    signInAs(world.users.managerB);
    expect(await decideApproval(requestId, true, null)).toEqual({ ok: false, error: "notFound" });
    expect(await db.caseMerge.count({ where: { fromCaseId: from } })).toBe(0);
    signInAs(world.users.managerA);
    expect(await decideApproval(requestId, false, "Inte samma person")).toEqual({ ok: true });
    expect(await db.caseMerge.count({ where: { fromCaseId: from } })).toBe(0);
    expect((await db.case.findUniqueOrThrow({ where: { id: from }, select: { status: true } })).status).toBe("COUNSELLING");
  });

  it("keeps the merge record append-only in the database", async () => {
    const from = await world.newCase(world.users.a1);
    const into = await world.newCase(world.users.a1);
    const requestId = await propose(from, into);
    signInAs(world.users.managerA);
    await decideApproval(requestId, true, null);
    await expect(db.caseMerge.updateMany({ where: { fromCaseId: from }, data: { reason: "ändrad" } })).rejects.toThrow(/append-only/);
    await expect(db.caseMerge.deleteMany({ where: { fromCaseId: from } })).rejects.toThrow(/append-only/);
  });
});

// Transfer of a case to another team against a real Postgres
// (docs/decisions/023): asked by the case's team, accepted by a manager of the
// receiving team, who chooses the adviser; both teams' history shows it, the
// case's timeline too; refusals change nothing.
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getCase } from "@/lib/data/cases";
import { getCaseTimeline } from "@/lib/data/timeline";
import { listPendingApprovals } from "@/lib/data/approvals";
import { decideTransfer, listTransfers, listTransferTargets, requestTransfer } from "@/lib/data/team-transfers";
import { setUpCaseworkWorld, NOT_FOUND } from "@/tests/support/casework";

const db = getDb();
const world = setUpCaseworkWorld(db);

async function caseOfA1() {
  const caseId = await world.newCase(world.users.a1);
  const { version } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
  return { caseId, version };
}

describe("transfer to another team", () => {
  it("moves the case when the receiving manager accepts and chooses the adviser; both teams and the timeline show it", async () => {
    const { caseId, version } = await caseOfA1();
    const grant = await db.emergencyAccess.create({ data: { userId: world.users.c1.id, caseId, reason: "akut", expiresAt: new Date(Date.now() + 3_600_000) } });
    signInAs(world.users.a1);
    expect((await listTransferTargets(caseId))?.teams.map((t) => t.id)).toEqual(expect.arrayContaining([world.teams.b, world.teams.c]));
    const asked = await requestTransfer(caseId, { teamId: world.teams.b, reason: "Flyttar till stadsdel B", version });
    expect(asked.ok).toBe(true);
    if (!asked.ok) return;
    expect(await requestTransfer(caseId, { teamId: world.teams.c, reason: "igen", version })).toEqual({ ok: false, error: "alreadyPending" });
    expect(await db.notification.count({ where: { userId: world.users.managerB.id, kind: "TRANSFER_REQUESTED", subjectId: asked.requestId } })).toBe(1);

    // Not on the generic approvals page: accepting needs an adviser.
    signInAs(world.users.managerB);
    expect((await listPendingApprovals()).map((r) => r.id)).not.toContain(asked.requestId);
    const incoming = await listTransfers();
    expect(incoming.incoming.map((r) => r.id)).toContain(asked.requestId);
    expect(await getCase(caseId)).toBeNull();
    expect(await decideTransfer(asked.requestId, { decision: "accept", adviserId: world.users.a2.id, reason: "" })).toEqual({ ok: false, error: "adviserNotInTeam" });
    expect(await decideTransfer(asked.requestId, { decision: "accept", adviserId: world.users.b1.id, reason: "Välkommen" })).toEqual({ ok: true });

    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { teamId: true, adviserId: true, version: true } })).toEqual({ teamId: world.teams.b, adviserId: world.users.b1.id, version: version + 1 });
    expect((await getCase(caseId))?.id).toBe(caseId);
    const timeline = await getCaseTimeline(caseId);
    expect(timeline?.find((e) => e.details.action === "case.transfer")).toMatchObject({ byName: world.users.managerB.name, details: { toTeam: expect.stringContaining("Casework B"), toAdviser: world.users.b1.name } });
    expect(timeline?.find((e) => e.details.action === "case.transfer.request")).toMatchObject({ byName: world.users.a1.name });
    // The grant stays as it was, with its holder.
    expect(await db.emergencyAccess.findUniqueOrThrow({ where: { id: grant.id }, select: { userId: true, expiresAt: true } })).toEqual({ userId: world.users.c1.id, expiresAt: grant.expiresAt });

    expect((await listTransfers()).history.find((r) => r.id === asked.requestId)).toMatchObject({ direction: "in", state: "APPROVED", decidedByName: world.users.managerB.name });
    signInAs(world.users.managerA);
    expect((await listTransfers()).history.find((r) => r.id === asked.requestId)).toMatchObject({ direction: "out", state: "APPROVED" });
    expect(await getCase(caseId)).toBeNull();
  });

  it("refuses: the case stays, and both teams see the refusal", async () => {
    const { caseId, version } = await caseOfA1();
    signInAs(world.users.managerA);
    const asked = await requestTransfer(caseId, { teamId: world.teams.b, reason: "Språk", version });
    if (!asked.ok) throw new Error("not asked");
    // The one who asked cannot decide, nor can a manager of the sending team.
    expect(await decideTransfer(asked.requestId, { decision: "accept", adviserId: world.users.a2.id, reason: "" })).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.managerB);
    expect(await decideTransfer(asked.requestId, { decision: "refuse", reason: "Fullt" })).toEqual({ ok: true });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { teamId: true, adviserId: true } })).toEqual({ teamId: world.teams.a, adviserId: world.users.a1.id });
    expect(await decideTransfer(asked.requestId, { decision: "accept", adviserId: world.users.b1.id, reason: "" })).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.managerA);
    expect((await listTransfers()).history.find((r) => r.id === asked.requestId)).toMatchObject({ direction: "out", state: "REFUSED", decisionReason: "Fullt" });
  });

  it("refuses a request for a case out of scope, the same team, a stale version or a closed case, and a role that may not", async () => {
    const { caseId, version } = await caseOfA1();
    signInAs(world.users.b1);
    expect(await requestTransfer(caseId, { teamId: world.teams.b, reason: "x", version })).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.a1);
    expect(await requestTransfer(caseId, { teamId: world.teams.a, reason: "x", version })).toEqual({ ok: false, error: "sameTeam" });
    expect(await requestTransfer(caseId, { teamId: world.teams.b, reason: "x", version: version + 3 })).toEqual({ ok: false, error: "conflict" });
    expect(await requestTransfer(caseId, { teamId: "no-such-team", reason: "x", version })).toEqual({ ok: false, error: "teamNotFound" });
    expect(await db.approvalRequest.count({ where: { kind: "case.transfer", change: { path: ["caseId"], equals: caseId } } })).toBe(0);
    signInAs(world.users.staff);
    await expect(requestTransfer(caseId, { teamId: world.teams.b, reason: "x", version })).rejects.toThrow(NOT_FOUND);
    signInAs(world.users.a1);
    await expect(listTransfers()).rejects.toThrow(NOT_FOUND);
  });

  it("closes a request as stale when the case has left the sending team meanwhile", async () => {
    const { caseId, version } = await caseOfA1();
    signInAs(world.users.a1);
    const asked = await requestTransfer(caseId, { teamId: world.teams.b, reason: "x", version });
    if (!asked.ok) throw new Error("not asked");
    await db.case.update({ where: { id: caseId }, data: { status: "CLOSED" } });
    signInAs(world.users.managerB);
    expect(await decideTransfer(asked.requestId, { decision: "accept", adviserId: world.users.b1.id, reason: "" })).toEqual({ ok: false, error: "stale" });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { teamId: true } })).toEqual({ teamId: world.teams.a });
    expect(await db.approvalRequest.findUniqueOrThrow({ where: { id: asked.requestId }, select: { state: true } })).toEqual({ state: "REFUSED" });
  });
});

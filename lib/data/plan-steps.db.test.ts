// The return plan against a real Postgres: made in full on first opening,
// edited step by step with optimistic locking, scoped and audited.
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { addPlanStep, getReturnPlan, updatePlanStep } from "@/lib/data/plan-steps";
import { officeToday } from "@/lib/dates";
import { addDays, dbDate } from "@/lib/dates";

import { setUpCaseworkWorld, NOT_FOUND } from "@/tests/support/casework";
import { PLAN_STEP_KINDS } from "@/lib/vocabularies/plan-steps";

const db = getDb();
const TODAY = officeToday();
const world = setUpCaseworkWorld(db);

describe("the plan", () => {
  it("is made in full, every step not started, the first time an adviser opens it, and only then", async () => {
    const caseId = await world.newCase(world.users.a1, "PLANNING");
    signInAs(world.users.a1);
    const plan = await getReturnPlan(caseId);
    expect(plan?.steps.map((step) => step.kind)).toEqual([...PLAN_STEP_KINDS]);
    expect(plan?.steps.every((step) => step.status === "NOT_STARTED")).toBe(true);
    expect(plan?.summary).toMatchObject({ total: 10, done: 0, notStarted: 10, percentDone: 0 });
    expect(plan?.missingKinds).toEqual([]);
    await getReturnPlan(caseId);
    expect(await db.returnPlanStep.count({ where: { caseId } })).toBe(10);
    expect(await db.auditEvent.count({ where: { caseId, action: "plan.create" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { caseId, action: "plan.read" } })).toBe(2);
  });

  it("comes out whole when two people open it at the same moment", async () => {
    const caseId = await world.newCase(world.users.a1, "PLANNING");
    signInAs(world.users.a1);
    const [first, second] = await Promise.all([getReturnPlan(caseId), getReturnPlan(caseId)]);
    expect(first?.steps).toHaveLength(10);
    expect(second?.steps).toHaveLength(10);
    expect(await db.returnPlanStep.count({ where: { caseId } })).toBe(10);
  });

  it("is left as it is when the case already has some steps, offering the missing ones to add", async () => {
    const caseId = await world.newCase(world.users.a1, "PLANNING");
    await db.returnPlanStep.createMany({
      data: [
        { caseId, kind: "TRAVEL_BOOKING", status: "DONE" },
        { caseId, kind: "IDENTITY_DOCUMENTS", status: "IN_PROGRESS", dueOn: dbDate(addDays(TODAY, -1)) },
      ],
    });
    signInAs(world.users.a1);
    const plan = await getReturnPlan(caseId);
    expect(plan?.steps.map((step) => step.kind)).toEqual(["IDENTITY_DOCUMENTS", "TRAVEL_BOOKING"]);
    expect(plan?.summary).toMatchObject({ total: 2, done: 1, inProgress: 1, overdue: 1, percentDone: 50 });
    expect(plan?.missingKinds).toHaveLength(8);

    expect(await addPlanStep(caseId, "MEDICAL_NEEDS")).toEqual({ ok: true });
    expect(await addPlanStep(caseId, "MEDICAL_NEEDS")).toEqual({ ok: false, error: "stepExists" });
    expect(await db.returnPlanStep.count({ where: { caseId } })).toBe(3);
    expect(await db.auditEvent.count({ where: { caseId, action: "plan.step.create" } })).toBe(1);
  });

  it("is shown to the team's manager without the notes, and never made by them", async () => {
    const caseId = await world.newCase(world.users.a1, "PLANNING");
    signInAs(world.users.managerA);
    expect(await getReturnPlan(caseId)).toMatchObject({ steps: [], canEdit: false });
    expect(await db.returnPlanStep.count({ where: { caseId } })).toBe(0);
    await db.returnPlanStep.create({ data: { caseId, kind: "MEDICAL_NEEDS", note: "Dialys tre gånger i veckan" } });
    const plan = await getReturnPlan(caseId);
    expect(plan?.steps).toHaveLength(1);
    expect(plan?.steps[0]?.note).toBeUndefined();
    await expect(addPlanStep(caseId, "EMPLOYMENT")).rejects.toThrow(NOT_FOUND);
  });

  it("is hidden from other teams' advisers and managers, and from staff", async () => {
    const caseId = await world.newCase(world.users.a1, "PLANNING");
    for (const who of [world.users.b1, world.users.managerB]) {
      signInAs(who);
      expect(await getReturnPlan(caseId)).toBeNull();
    }
    signInAs(world.users.staff);
    await expect(getReturnPlan(caseId)).rejects.toThrow(NOT_FOUND);
    expect(await db.returnPlanStep.count({ where: { caseId } })).toBe(0);
  });

  it("is read-only on a closed case and not made there", async () => {
    const caseId = await world.newCase(world.users.a1, "CLOSED");
    signInAs(world.users.a1);
    expect(await getReturnPlan(caseId)).toMatchObject({ steps: [], canEdit: false, caseStatus: "CLOSED" });
    expect(await addPlanStep(caseId, "EMPLOYMENT")).toEqual({ ok: false, error: "caseClosed" });
  });
});

describe("a step", () => {
  async function openPlan(owner = world.users.a1) {
    const caseId = await world.newCase(owner, "PLANNING");
    signInAs(owner);
    const plan = await getReturnPlan(caseId);
    const step = plan!.steps.find((s) => s.kind === "HOUSING_HOME_COUNTRY")!;
    return { caseId, step };
  }

  it("saves status, due date and note, audits the change without the note's text and moves the case's last entry", async () => {
    const { caseId, step } = await openPlan();
    const before = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true } });
    const result = await updatePlanStep(caseId, step.id, { status: "IN_PROGRESS", dueOn: addDays(TODAY, 30), note: "Bor hos sin bror i början", savedAt: step.updatedAt });
    expect(result.ok).toBe(true);
    const saved = await db.returnPlanStep.findUniqueOrThrow({ where: { id: step.id } });
    expect(saved).toMatchObject({ status: "IN_PROGRESS", note: "Bor hos sin bror i början" });
    expect(saved.dueOn?.toISOString().slice(0, 10)).toBe(addDays(TODAY, 30));
    if (result.ok) expect(result.savedAt).toEqual(saved.updatedAt);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { caseId, action: "plan.step.update" } });
    expect(audit.changes).toMatchObject({ kind: ["HOUSING_HOME_COUNTRY", "HOUSING_HOME_COUNTRY"], status: ["NOT_STARTED", "IN_PROGRESS"], note: ["", "[25 chars]"] });
    expect(JSON.stringify(audit.changes)).not.toContain("bror");
    const after = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true } });
    expect(after.lastEntryAt.getTime()).toBeGreaterThan(before.lastEntryAt.getTime());
  });

  it("can be saved again from the same form with the time the last save returned", async () => {
    const { caseId, step } = await openPlan();
    const first = await updatePlanStep(caseId, step.id, { status: "IN_PROGRESS", dueOn: null, note: "", savedAt: step.updatedAt });
    if (!first.ok || !first.savedAt) throw new Error("first save failed");
    expect(await updatePlanStep(caseId, step.id, { status: "DONE", dueOn: null, note: "", savedAt: first.savedAt })).toMatchObject({ ok: true });
  });

  it("refuses a stale form, changing nothing", async () => {
    const { caseId, step } = await openPlan();
    await updatePlanStep(caseId, step.id, { status: "DONE", dueOn: null, note: "Först", savedAt: step.updatedAt });
    const saved = await db.returnPlanStep.findUniqueOrThrow({ where: { id: step.id } });
    const entries = await db.auditEvent.count({ where: { caseId } });
    expect(await updatePlanStep(caseId, step.id, { status: "NOT_APPLICABLE", dueOn: null, note: "Sen", savedAt: step.updatedAt })).toEqual({
      ok: false,
      error: "conflict",
    });
    expect(await db.returnPlanStep.findUniqueOrThrow({ where: { id: step.id } })).toEqual(saved);
    expect(await db.auditEvent.count({ where: { caseId } })).toBe(entries);
  });

  it("cannot be reached through another case or from another team", async () => {
    const { caseId, step } = await openPlan();
    const otherCaseId = await world.newCase(world.users.a1, "PLANNING");
    expect(await updatePlanStep(otherCaseId, step.id, { status: "DONE", dueOn: null, note: "", savedAt: step.updatedAt })).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.b1);
    expect(await updatePlanStep(caseId, step.id, { status: "DONE", dueOn: null, note: "", savedAt: step.updatedAt })).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.managerA);
    await expect(updatePlanStep(caseId, step.id, { status: "DONE", dueOn: null, note: "", savedAt: step.updatedAt })).rejects.toThrow(NOT_FOUND);
    expect((await db.returnPlanStep.findUniqueOrThrow({ where: { id: step.id } })).status).toBe("NOT_STARTED");
  });
});

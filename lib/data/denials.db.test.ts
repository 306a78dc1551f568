// Refusals in the audit trail, against a real Postgres (issue 12 L6): a role
// denied an action by the gate and a write the data layer refused are each
// recorded, at most DENIALS_PER_MINUTE a minute per user (then one row saying
// more followed), counted in the database so the limit holds across instances.
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { checkAccess } from "@/lib/gate";
import { createTask } from "@/lib/data/tasks";
import { listUsers } from "@/lib/data/users";
import { DENIALS_PER_MINUTE } from "@/lib/data/denials";
import { TaskFormSchema } from "@/lib/schemas/task";
import { officeToday } from "@/lib/dates";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
});

const denialsOf = (userId: string) =>
  db.auditEvent.findMany({ where: { userId, action: { startsWith: "access.denied" } }, select: { action: true, reason: true }, orderBy: { id: "asc" } });

describe("refusals in the audit trail (issue 12 L6)", () => {
  it("records a role denied an action by the gate, naming the action", async () => {
    signInAs(world.users.a2);
    expect(await checkAccess({ action: "user.manage" })).toMatchObject({ ok: false, reason: "forbidden" });
    await expect(listUsers()).rejects.toThrow(NOT_FOUND);
    expect(await denialsOf(world.users.a2.id)).toEqual([
      { action: "access.denied", reason: "user.manage" },
      { action: "access.denied", reason: expect.any(String) },
    ]);
  });

  it("records a write refused because the case is outside the scope, and writes nothing else", async () => {
    const other = await world.newCase(world.users.c1, "PLANNING");
    signInAs(world.users.b1);
    const tasksBefore = await db.task.count();
    const form = TaskFormSchema.parse({ title: "Ring tolken", dueOn: officeToday(), waitingOn: "" });
    expect(await createTask(other, form)).toEqual({ ok: false, error: "notFound" });
    expect(await db.task.count()).toBe(tasksBefore);
    expect(await db.auditEvent.findMany({ where: { userId: world.users.b1.id, resourceId: other }, select: { action: true, reason: true, resourceType: true } })).toEqual([
      { action: "write.refused", reason: "caseNotInScope", resourceType: "Case" },
    ]);
  });

  it("records at most the limit a minute per user, then once that more followed", async () => {
    signInAs(world.users.staff);
    for (let attempt = 0; attempt < DENIALS_PER_MINUTE + 15; attempt += 1) {
      expect(await checkAccess({ action: "user.manage" })).toMatchObject({ ok: false });
    }
    const rows = await denialsOf(world.users.staff.id);
    expect(rows).toHaveLength(DENIALS_PER_MINUTE + 1);
    expect(rows.at(-1)).toMatchObject({ action: "access.denied.throttled" });
    // The next minute counts afresh.
    await db.signInThrottle.update({ where: { key: `denied:${world.users.staff.id}` }, data: { windowStart: new Date(Date.now() - 61_000) } });
    await checkAccess({ action: "user.manage" });
    expect(await denialsOf(world.users.staff.id)).toHaveLength(DENIALS_PER_MINUTE + 2);
  });
});

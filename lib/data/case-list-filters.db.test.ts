// The case list's filter choices offer only what the user may see: an adviser
// is not offered other teams (whose cases would come back as an empty list that
// reads as "no cases"), nor colleagues whose cases are outside their scope.
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listCaseFilterOptions, listCases } from "@/lib/data/case-list";
import { CaseListFilterSchema } from "@/lib/schemas/case";
import { createCaseworkWorld, type CaseworkWorld } from "@/tests/support/casework";

let world: CaseworkWorld;

beforeAll(async () => {
  world = await createCaseworkWorld(getDb());
  for (const owner of [world.users.a1, world.users.a2, world.users.b1, world.users.c1, world.users.c2]) await world.newCase(owner);
});

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe("case list filter choices", () => {
  it("offers an adviser in a sharing team that team and its advisers only", async () => {
    signInAs(world.users.a1);
    const options = await listCaseFilterOptions();
    expect(ids(options.teams)).toEqual([world.teams.a]);
    expect(ids(options.advisers)).toEqual([world.users.a1.id, world.users.a2.id].sort());
  });

  it("offers an adviser in a team that does not share only themselves", async () => {
    signInAs(world.users.c1);
    const options = await listCaseFilterOptions();
    expect(ids(options.teams)).toEqual([world.teams.c]);
    expect(ids(options.advisers)).toEqual([world.users.c1.id]);
  });

  it("every team offered gives the cases the list shows for it", async () => {
    signInAs(world.users.managerB);
    const options = await listCaseFilterOptions();
    expect(ids(options.teams)).toEqual([world.teams.b]);
    for (const team of options.teams) {
      const page = await listCases(CaseListFilterSchema.parse({ status: "all", team: team.id }));
      expect(page.rows.length).toBeGreaterThan(0);
    }
  });

  it("offers the adviser and team of a case opened under an emergency grant while the grant runs, and not after", async () => {
    const db = getDb();
    const granted = await world.newCase(world.users.b1);
    const grant = await db.emergencyAccess.create({
      data: { userId: world.users.c1.id, caseId: granted, reason: "Akut ärende i receptionen", expiresAt: new Date(Date.now() + 3_600_000) },
      select: { id: true },
    });
    signInAs(world.users.c1);
    let options = await listCaseFilterOptions();
    expect(ids(options.teams)).toEqual([world.teams.b, world.teams.c].sort());
    expect(ids(options.advisers)).toEqual([world.users.b1.id, world.users.c1.id].sort());

    await db.emergencyAccess.update({ where: { id: grant.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    options = await listCaseFilterOptions();
    expect(ids(options.teams)).toEqual([world.teams.c]);
    expect(ids(options.advisers)).toEqual([world.users.c1.id]);
  });
});

// People and cases for the casework data-layer tests (sessions, plan, tasks,
// My day, follow-ups, documents): three teams, advisers in each, a manager,
// staff and an administrator, and bare cases in a chosen status with nothing
// hanging off them, so that each test sees exactly what it writes.
import crypto from "node:crypto";
import type { getDb } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { beforeAll, beforeEach } from "vitest";
import { signInAs, type UserLike } from "@/tests/support/as-user";
import { createFactories, type Factories } from "@/lib/seed/factories";
import { insertCaseGraphs } from "@/tests/support/factories";

type Db = ReturnType<typeof getDb>;

export type CaseworkUsers = Record<"a1" | "a2" | "b1" | "c1" | "c2" | "managerA" | "managerB" | "staff" | "admin", UserLike>;
export type CaseworkTeams = { a: string; b: string; c: string };
export type CaseworkWorld = { users: CaseworkUsers; teams: CaseworkTeams; newCase: (owner: UserLike, status?: CaseStatus) => Promise<string> };

/** Teams A and B share cases within the team; team C does not. Built in this order and written. */
export async function createCaseworkTeams(db: Db, f: Factories, name: (team: "A" | "B" | "C") => string): Promise<CaseworkTeams> {
  const teamA = f.buildTeam({ name: name("A") });
  const teamB = f.buildTeam({ name: name("B") });
  const teamC = f.buildTeam({ name: name("C"), shareCasesWithinTeam: false });
  await db.team.createMany({ data: [teamA, teamB, teamC] });
  return { a: teamA.id, b: teamB.id, c: teamC.id };
}

/**
 * Two advisers in team A, one in B, two in C, and team A's manager, built by
 * `user` in this order (a factory's draws follow it), not yet written.
 */
export function teamAdvisers<User>(user: (key: string, role: UserLike["role"], teamId: string) => User, teams: CaseworkTeams) {
  return {
    a1: user("a1", "ADVISER", teams.a),
    a2: user("a2", "ADVISER", teams.a),
    b1: user("b1", "ADVISER", teams.b),
    c1: user("c1", "ADVISER", teams.c),
    c2: user("c2", "ADVISER", teams.c),
    managerA: user("manager-a", "MANAGER", teams.a),
  };
}

/**
 * The teams, their advisers and managers, a member of staff and an
 * administrator. Call once per test file, in beforeAll.
 */
export async function createCaseworkWorld(db: Db): Promise<CaseworkWorld> {
  const run = crypto.randomBytes(3).toString("hex");
  const f = createFactories({ seed: 777, firstCaseSeq: 200_000 + crypto.randomInt(700_000) });
  const teams = await createCaseworkTeams(db, f, (team) => `Casework ${team} ${run}`);
  const user = (key: string, role: UserLike["role"], teamId: string | null) => f.buildUser({ role, teamId, email: `cw-${key}-${run}@hemvag.test` });
  const users = {
    ...teamAdvisers(user, teams),
    managerB: user("manager-b", "MANAGER", teams.b),
    staff: user("staff", "STAFF", teams.a),
    admin: user("admin", "ADMIN", null),
  };
  await db.user.createMany({ data: Object.values(users) });

  async function newCase(owner: UserLike, status: CaseStatus = "COUNSELLING"): Promise<string> {
    if (!owner.teamId) throw new Error("A case owner needs a team");
    const graph = f.buildCase({ adviserId: owner.id, teamId: owner.teamId, status, householdMembers: 0 });
    await insertCaseGraphs(db as never, [
      { ...graph, sessions: [], planSteps: [], tasks: [], followUps: [], referrals: [], referralEvents: [], eligibilityChecks: [] },
    ]);
    return graph.case.id;
  }

  return { users, teams, newCase };
}

/**
 * The world for a whole test file, made in its beforeAll, with nobody signed
 * in at the start of each test. Read its fields inside hooks and tests: they
 * are there once the file's beforeAll has run.
 */
export function setUpCaseworkWorld(db: Db): CaseworkWorld {
  const world = {} as CaseworkWorld;
  beforeAll(async () => {
    Object.assign(world, await createCaseworkWorld(db));
  });
  beforeEach(() => {
    signInAs(null);
  });
  return world;
}

/** The NEXT_HTTP_ERROR_FALLBACK;404 that authorize() throws for a role that may never do something. */
export const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/;

/** An authority for a test file's referrals, its name (`Migrationsverket <label> …`) apart from other files'. */
export async function createAuthority(db: Db, label: string): Promise<string> {
  const name = `Migrationsverket ${label} ${crypto.randomBytes(3).toString("hex")}`;
  return (await db.organisation.create({ data: { name, kind: "AUTHORITY" }, select: { id: true } })).id;
}

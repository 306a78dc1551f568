// People and cases for the casework data-layer tests (sessions, plan, tasks,
// My day, follow-ups, documents): three teams, advisers in each, a manager,
// staff and an administrator, and bare cases in a chosen status with nothing
// hanging off them, so that each test sees exactly what it writes.
import crypto from "node:crypto";
import type { getDb } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { UserLike } from "@/tests/support/as-user";
import { createFactories } from "@/lib/seed/factories";
import { insertCaseGraphs } from "@/tests/support/factories";

type Db = ReturnType<typeof getDb>;

export type CaseworkUsers = Record<"a1" | "a2" | "b1" | "c1" | "c2" | "managerA" | "managerB" | "staff" | "admin", UserLike>;
export type CaseworkWorld = { users: CaseworkUsers; teams: { a: string; b: string; c: string }; newCase: (owner: UserLike, status?: CaseStatus) => Promise<string> };

/**
 * Team A and B share cases within the team; team C does not. Call once per
 * test file, in beforeAll.
 */
export async function createCaseworkWorld(db: Db): Promise<CaseworkWorld> {
  const run = crypto.randomBytes(3).toString("hex");
  const f = createFactories({ seed: 777, firstCaseSeq: 200_000 + crypto.randomInt(700_000) });
  const teamA = f.buildTeam({ name: `Casework A ${run}` });
  const teamB = f.buildTeam({ name: `Casework B ${run}` });
  const teamC = f.buildTeam({ name: `Casework C ${run}`, shareCasesWithinTeam: false });
  await db.team.createMany({ data: [teamA, teamB, teamC] });
  const user = (key: string, role: UserLike["role"], teamId: string | null) => f.buildUser({ role, teamId, email: `cw-${key}-${run}@hemvag.test` });
  const users = {
    a1: user("a1", "ADVISER", teamA.id),
    a2: user("a2", "ADVISER", teamA.id),
    b1: user("b1", "ADVISER", teamB.id),
    c1: user("c1", "ADVISER", teamC.id),
    c2: user("c2", "ADVISER", teamC.id),
    managerA: user("manager-a", "MANAGER", teamA.id),
    managerB: user("manager-b", "MANAGER", teamB.id),
    staff: user("staff", "STAFF", teamA.id),
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

  return { users, teams: { a: teamA.id, b: teamB.id, c: teamC.id }, newCase };
}

/** The NEXT_HTTP_ERROR_FALLBACK;404 that authorize() throws for a role that may never do something. */
export const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/;

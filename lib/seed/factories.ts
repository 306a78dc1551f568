// Builders of test and demo data, bound to one context (./context.ts): the demo
// seed makes the office with them, and the tests their own records.
//
// Every builder returns plain rows in the shape of Prisma's `createMany` input
// (./rows.ts), with ids chosen here so that related rows can point at each
// other before anything is written. Content is deterministic for a given seed
// and `today`; ids and default case numbers carry a per-process random part so
// that test files sharing a database never collide.
//
//   const f = createFactories({ seed: 7, today: "2026-03-16", organisations });
//   const graph = f.buildCase({ adviserId, teamId, status: "AWAITING_DECISION" });
//   await insertCaseGraphs(prisma, [graph]);          // tests/support/factories.ts
import type { EligibilityInput } from "../eligibility";
import { planCase, type BuildCaseOptions, type CasePlan } from "./case-plan";
import { buildCase, expandCase } from "./cases";
import { buildFollowUps, buildPlanSteps, buildTask } from "./casework";
import { createBuildContext, type FactoryOptions } from "./context";
import { buildCounsellingSession } from "./counselling";
import { dayOf, isoOfDay, stockholmTime, type DayLike } from "./days";
import { buildEligibilityCheck, buildEligibilityInput } from "./eligibility";
import { buildHouseholdMember } from "./households";
import { buildReferral } from "./referrals";
import type { CaseGraph, TeamRow, UserRow } from "./rows";
import { buildOrganisations, buildTeam, buildUser } from "./staff";

export type Factories = ReturnType<typeof createFactories>;

export function createFactories(options: FactoryOptions = {}) {
  const ctx = createBuildContext(options);
  return {
    rng: ctx.rng,
    newId: ctx.newId,
    /** The day the data is as of, "YYYY-MM-DD". */
    today: isoOfDay(ctx.today),
    /** No past event of these factories is later than this. */
    now: ctx.now,
    buildTeam: (overrides?: Partial<TeamRow>) => buildTeam(ctx, overrides),
    buildUser: (overrides: Parameters<typeof buildUser>[1]): UserRow => buildUser(ctx, overrides),
    buildOrganisations: () => buildOrganisations(ctx),
    planCase: (input: BuildCaseOptions): CasePlan => planCase(ctx, input),
    expandCase: (plan: CasePlan, numbering?: { caseYear?: number; caseSeq?: number }): CaseGraph => expandCase(ctx, plan, numbering),
    buildCase: (input: BuildCaseOptions): CaseGraph => buildCase(ctx, input),
    buildHouseholdMember: (input: Parameters<typeof buildHouseholdMember>[1]) => buildHouseholdMember(ctx, input),
    buildCounsellingSession: (input: Parameters<typeof buildCounsellingSession>[1]) => buildCounsellingSession(ctx, input),
    buildPlanSteps: (input: Parameters<typeof buildPlanSteps>[1]) => buildPlanSteps(ctx, input),
    buildTask: (input: Parameters<typeof buildTask>[1]) => buildTask(ctx, input),
    buildFollowUps: (input: Parameters<typeof buildFollowUps>[1]) => buildFollowUps(ctx, input),
    buildReferral: (input: Parameters<typeof buildReferral>[1]) => buildReferral(ctx, input),
    buildEligibilityInput,
    /** A saved check for the input, priced by the engine (lib/eligibility). */
    buildEligibilityCheck: (input: { caseId: string; input: EligibilityInput; createdById?: string | null }) => buildEligibilityCheck(ctx, input),
    /** Stockholm wall-clock time on a day, for tests that need "today at 10:30". */
    stockholmTime: (day: DayLike, hour: number, minute = 0) => stockholmTime(dayOf(day), hour, minute),
  };
}

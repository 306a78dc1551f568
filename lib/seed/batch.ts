// One batch of the seed: planned cases in, encoded INSERTs out. Each batch has
// its own PRNG, seeded from the run's seed and the batch's index, and its own
// id prefix, so a batch's rows do not depend on how the others were built.
// (Building batches in worker threads was tried: on this two-core machine it
// cost more CPU in cloning and start-up than it saved.)
import type { CaseStatus } from "../generated/prisma/enums";
import { countryByCode } from "./catalog";
import type { CasePlan } from "./case-plan";
import { createFactories, type Factories } from "./factories";
import { createIdGenerator } from "./random";
import type { CaseGraph, OrganisationIds } from "./rows";
import { encodeInsert, type EncodedInsert, type TableSpec } from "./bulk-insert";
import {
  CASE,
  CASE_STATUS_CHANGE,
  COUNSELLING_SESSION,
  ELIGIBILITY_CHECK,
  FOLLOW_UP,
  HOUSEHOLD_MEMBER,
  REFERRAL,
  REFERRAL_EVENT,
  RETURN_PLAN_STEP,
  TASK,
} from "./tables";

/** A case plan with its number fixed and plain data only (the country by code). */
export type PortablePlan = Omit<CasePlan, "country"> & { country: string; caseYear: number; caseSeq: number; myDaySlot: number | null };

export type BatchInput = {
  index: number;
  seed: number;
  /** "YYYY-MM-DD", Europe/Stockholm. */
  today: string;
  /** Milliseconds; no past event is later. */
  now: number;
  /** Ids of this batch start with it; distinct per batch, all of one length. */
  idPrefix: string;
  organisations: OrganisationIds;
  withEligibilityChecks: boolean;
  plans: PortablePlan[];
};

export function toPortable(plan: CasePlan, caseYear: number, caseSeq: number, myDaySlot: number | null): PortablePlan {
  return { ...plan, country: plan.country.code, caseYear, caseSeq, myDaySlot };
}

/** Parents before children: the keys must exist when they are checked. */
const TABLES = [
  ["case", CASE],
  ["householdMembers", HOUSEHOLD_MEMBER],
  ["statusChanges", CASE_STATUS_CHANGE],
  ["sessions", COUNSELLING_SESSION],
  ["planSteps", RETURN_PLAN_STEP],
  ["eligibilityChecks", ELIGIBILITY_CHECK],
  ["referrals", REFERRAL],
  ["referralEvents", REFERRAL_EVENT],
  ["tasks", TASK],
  ["followUps", FOLLOW_UP],
] as const satisfies ReadonlyArray<readonly [keyof CaseGraph, TableSpec<never>]>;

const MY_DAY_TIMES: ReadonlyArray<readonly [number, number]> = [
  [9, 0],
  [10, 30],
  [13, 0],
  [14, 30],
];
const MY_DAY_TASKS = ["Förbered dagens samtal: kontrollera passets giltighet", "Ring tillbaka om tid för nästa samtal", "Skicka kallelse med tolk"];
export const MY_DAY_SLOTS = MY_DAY_TIMES.length;
export const MY_DAY_STATUSES: readonly CaseStatus[] = ["COUNSELLING", "PLANNING", "AWAITING_DECISION", "INTAKE"];

/** "My day" for the demo adviser: an appointment today and, for some, a task due today. */
function addMyDay(factories: Factories, graph: CaseGraph, slot: number): void {
  const [hour, minute] = MY_DAY_TIMES[slot] as readonly [number, number];
  const interpreterLanguage = graph.case.interpreterLanguage;
  graph.sessions.push(
    factories.buildCounsellingSession({
      caseId: graph.case.id,
      startsAt: factories.stockholmTime(factories.today, hour, minute),
      authorId: graph.case.adviserId,
      overrides: {
        interpreterLanguage,
        isInterpreterBooked: interpreterLanguage !== null,
        participants: interpreterLanguage ? "Klienten, tolk" : "Klienten",
        notes: "",
      },
    }),
  );
  const title = MY_DAY_TASKS[slot];
  if (title) graph.tasks.push(factories.buildTask({ assigneeId: graph.case.adviserId, caseId: graph.case.id, title, dueOn: factories.today }));
}

/**
 * Expands the batch's plans into rows and encodes them, table by table.
 * `pause` is awaited every few hundred cases, to let the seeding thread's
 * queries go out meanwhile when the batch is built there.
 */
export async function encodeBatch(input: BatchInput, pause?: () => Promise<void>): Promise<EncodedInsert[]> {
  const factories = createFactories({
    seed: (Math.imul(input.seed, 0x9e3779b1) + input.index) >>> 0,
    today: input.today,
    now: new Date(input.now),
    newId: createIdGenerator(input.idPrefix, 6),
    organisations: input.organisations,
    withEligibilityChecks: input.withEligibilityChecks,
  });
  const rows: { [K in keyof CaseGraph]: unknown[] } = {
    case: [],
    householdMembers: [],
    statusChanges: [],
    sessions: [],
    planSteps: [],
    eligibilityChecks: [],
    referrals: [],
    referralEvents: [],
    tasks: [],
    followUps: [],
  };
  for (let i = 0; i < input.plans.length; i++) {
    const { caseYear, caseSeq, myDaySlot, ...portable } = input.plans[i] as PortablePlan;
    const graph = factories.expandCase({ ...portable, country: countryByCode(portable.country) }, { caseYear, caseSeq });
    if (myDaySlot !== null) addMyDay(factories, graph, myDaySlot);
    rows.case.push(graph.case);
    for (const [key] of TABLES) if (key !== "case") for (const row of graph[key]) rows[key].push(row);
    if (pause && i % 500 === 499) await pause();
  }
  const inserts: EncodedInsert[] = [];
  for (const [key, spec] of TABLES) {
    if (rows[key].length === 0) continue;
    inserts.push(encodeInsert(spec as TableSpec<unknown>, rows[key]));
    if (pause) await pause();
  }
  return inserts;
}

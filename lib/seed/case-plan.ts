// The outline of a case before any row exists: its status and outcome, the
// stages it walked and the day each began, who the person is as far as the
// return grant is concerned, and where they come from. Cheap, so that the seed
// can plan every case first and number them by opening day.
//
// A case walks INTAKE → COUNSELLING → PLANNING → REFERRED → AWAITING_DECISION →
// DEPARTED → FOLLOW_UP → CLOSED, or closes early with an outcome.
import type { CaseOutcome, CaseStatus, ReferralDecision } from "../generated/prisma/enums";
import { CASE_STATUSES } from "../vocabularies/case-statuses";
import { COUNTRIES, type CountryProfile } from "./catalog";
import type { BuildContext } from "./context";
import type { CaseRow } from "./rows";

/** The statuses in the order a case walks them (it may also close early, with an outcome). */
export const CASE_PATH = CASE_STATUSES;

export type OpenStatus = Exclude<CaseStatus, "CLOSED">;

/** Who the person is, as far as the return grant is concerned. */
export type CaseProfile = "GRANT" | "NOT_QUALIFYING" | "SWEDISH_CITIZEN" | "REJECTED_ASYLUM" | "TEMPORARY_PROTECTION";

/** The outline of a case before any row exists: cheap, so a seed can plan all cases and number them by opening date. */
export type CasePlan = {
  status: CaseStatus;
  outcome: CaseOutcome | null;
  /** Statuses walked, from INTAKE to `status`. */
  path: CaseStatus[];
  /** Day each status in `path` took effect. */
  stageStarts: number[];
  decisionDay: number | null;
  decision: ReferralDecision | null;
  departureDay: number | null;
  profile: CaseProfile;
  country: CountryProfile;
  adviserId: string;
  teamId: string;
  /** Persons besides the applicant, when the caller fixed it. */
  householdSize?: number;
};

const STAGE_DAYS: Record<OpenStatus, readonly [number, number]> = {
  INTAKE: [2, 21],
  COUNSELLING: [14, 120],
  PLANNING: [14, 75],
  REFERRED: [3, 21],
  AWAITING_DECISION: [20, 100],
  DEPARTED: [28, 40],
  FOLLOW_UP: [0, 200],
};

/** The statuses a case closed with each outcome may close from. */
const CLOSED_FROM: Record<CaseOutcome, ReadonlyArray<readonly [OpenStatus, number]>> = {
  RETURNED: [["FOLLOW_UP", 1]],
  DECIDED_TO_STAY: [
    ["COUNSELLING", 10],
    ["PLANNING", 5],
    ["REFERRED", 1],
    ["AWAITING_DECISION", 4],
  ],
  REFERRED_ELSEWHERE: [
    ["INTAKE", 4],
    ["COUNSELLING", 6],
  ],
  NO_CONTACT: [
    ["INTAKE", 3],
    ["COUNSELLING", 5],
    ["PLANNING", 2],
    ["FOLLOW_UP", 1],
  ],
  OTHER: [
    ["INTAKE", 2],
    ["COUNSELLING", 4],
    ["PLANNING", 3],
    ["DEPARTED", 1],
  ],
};

/** The day a status on the case's path took effect, or null when the case never had it. */
export function stageStartOf(plan: Pick<CasePlan, "path" | "stageStarts">, stage: CaseStatus): number | null {
  const index = plan.path.indexOf(stage);
  return index === -1 ? null : (plan.stageStarts[index] as number);
}

export type BuildCaseOptions = {
  adviserId: string;
  teamId: string;
  status?: CaseStatus;
  /** For CLOSED; picked at random when left out. */
  outcome?: CaseOutcome;
  /** For CLOSED: the status the case closed from (must fit the outcome). */
  closedFrom?: OpenStatus;
  profile?: CaseProfile;
  /** ISO alpha-2 of a country in the catalog. */
  country?: string;
  /** Persons in the household besides the applicant. */
  householdMembers?: number;
  caseYear?: number;
  caseSeq?: number;
  /** Fields to force on the case row, applied last. */
  overrides?: Partial<CaseRow>;
};

function chooseProfile(ctx: BuildContext, path: readonly CaseStatus[], outcome: CaseOutcome | null): CaseProfile {
  const { rng } = ctx;
  if (path.includes("REFERRED") || outcome === "RETURNED" || path.includes("PLANNING")) return "GRANT";
  if (outcome === "REFERRED_ELSEWHERE") {
    return rng.weighted([
      ["REJECTED_ASYLUM", 5],
      ["TEMPORARY_PROTECTION", 2],
      ["NOT_QUALIFYING", 2],
      ["SWEDISH_CITIZEN", 1],
    ] as const);
  }
  return rng.weighted([
    ["GRANT", 14],
    ["NOT_QUALIFYING", 2],
    ["SWEDISH_CITIZEN", 1],
    ["TEMPORARY_PROTECTION", 1],
    ["REJECTED_ASYLUM", 1],
  ] as const);
}

function chooseCountry(ctx: BuildContext, profile: CaseProfile): CountryProfile {
  const { rng } = ctx;
  const byCode = (code: string) => COUNTRIES.find((country) => country.code === code) as CountryProfile;
  if (profile === "TEMPORARY_PROTECTION") return byCode("UA");
  if (profile === "REJECTED_ASYLUM") {
    return byCode(rng.weighted([["AF", 4], ["IQ", 4], ["SO", 2], ["ER", 1], ["IR", 2], ["SY", 1]] as const));
  }
  if (profile === "NOT_QUALIFYING") return byCode(rng.weighted([["RS", 3], ["XK", 3], ["IR", 2], ["IQ", 2], ["BA", 1]] as const));
  const candidates = COUNTRIES.filter((country) => profile !== "GRANT" || country.code !== "UA" || rng.chance(0.2));
  return rng.weighted(candidates.map((country) => [country, country.weight] as const));
}

/**
 * Lays out the case's stages. Durations are drawn forward from day 0, then the
 * whole timeline is shifted so that an open case sits in its current stage
 * today and a closed case closed on a day in the past.
 */
export function planCase(ctx: BuildContext, input: BuildCaseOptions): CasePlan {
  const { rng, today } = ctx;
  const status: CaseStatus = input.status ?? rng.pick(CASE_PATH);
  let outcome: CaseOutcome | null = null;
  let lastOpen: OpenStatus;
  if (status === "CLOSED") {
    outcome =
      input.outcome ??
      rng.weighted([
        ["RETURNED", 9],
        ["DECIDED_TO_STAY", 4],
        ["REFERRED_ELSEWHERE", 3],
        ["NO_CONTACT", 2],
        ["OTHER", 1],
      ] as const);
    lastOpen = input.closedFrom ?? rng.weighted(CLOSED_FROM[outcome]);
  } else {
    lastOpen = status;
  }
  const lastIndex = CASE_PATH.indexOf(lastOpen);
  const path: CaseStatus[] = CASE_PATH.slice(0, lastIndex + 1);
  if (status === "CLOSED") path.push("CLOSED");

  const profile = input.profile ?? chooseProfile(ctx, path, outcome);
  const country = input.country ? (COUNTRIES.find((c) => c.code === input.country) ?? chooseCountry(ctx, profile)) : chooseCountry(ctx, profile);

  // Forward, relative to the opening day.
  const starts: number[] = [0];
  let decisionRel: number | null = null;
  let decision: ReferralDecision | null = null;
  let departureRel: number | null = null;
  let endRel = 0;
  for (let i = 0; i < path.length; i++) {
    const stage = path[i] as CaseStatus;
    const start = starts[i] as number;
    if (stage === "CLOSED") {
      endRel = start;
      break;
    }
    const isCurrent = i === path.length - 1;
    const closesNext = path[i + 1] === "CLOSED";
    const [min, max] = STAGE_DAYS[stage];
    let length: number;
    if (stage === "AWAITING_DECISION") {
      const wait = rng.int(20, 90);
      if (isCurrent) {
        length = rng.int(0, 100);
      } else if (closesNext) {
        // Withdrawn while waiting, or refused and then closed.
        const refused = rng.chance(0.6);
        if (refused) {
          decisionRel = start + wait;
          decision = "REFUSED";
        }
        length = wait + rng.int(3, 30);
      } else {
        decisionRel = start + wait;
        decision = "GRANTED";
        length = wait + rng.int(7, 45);
      }
    } else if (stage === "DEPARTED") {
      departureRel = start;
      // The first follow-up (one month after departure) moves the case on to FOLLOW_UP.
      length = isCurrent ? rng.int(0, 40) : closesNext ? rng.int(10, 60) : rng.int(min, max);
    } else if (stage === "FOLLOW_UP") {
      const sinceDeparture = start - (departureRel ?? start);
      length = isCurrent ? rng.int(0, Math.max(0, 215 - sinceDeparture)) : Math.max(1, 183 + rng.int(0, 25) - sinceDeparture);
    } else if (isCurrent) {
      length = rng.int(0, max);
    } else if (closesNext && outcome === "NO_CONTACT") {
      length = rng.int(30, 120);
    } else {
      length = rng.int(min, max);
    }
    starts.push(start + length);
    if (isCurrent) endRel = start + length;
  }
  if (status !== "CLOSED") starts.length = path.length;

  // Anchor: today for an open case; a closing day in the past for a closed one
  // (a few beyond five years, so disposal has candidates).
  const anchor =
    status === "CLOSED"
      ? today - rng.weighted([[rng.int(0, 1100), 90], [rng.int(1100, 1826), 4], [rng.int(1830, 2300), 6]] as const)
      : today;
  const shift = anchor - endRel;
  return {
    status,
    outcome,
    path,
    stageStarts: starts.map((day) => day + shift),
    decisionDay: decisionRel === null ? null : decisionRel + shift,
    decision,
    departureDay: departureRel === null ? null : departureRel + shift,
    profile,
    country,
    adviserId: input.adviserId,
    teamId: input.teamId,
    householdSize: input.householdMembers,
  };
}

// What every builder draws from: one PRNG, one source of ids, the day the data
// is "as of" and the moment no past event may pass, and the bookkeeping that
// keeps identity numbers and case numbers unique. The builder modules take it
// as their first argument; createFactories (./factories.ts) binds it.
import type { OrganisationIds } from "./rows";
import { createIdGenerator, createRng, type Rng } from "./random";
import { dayOf, stockholmDay, stockholmTime, type DayLike } from "./days";

export type FactoryOptions = {
  /** Seed of the PRNG; the same seed and `today` give the same content. */
  seed?: number;
  /** The day the data is "as of" (Europe/Stockholm), "YYYY-MM-DD" or a Date; default now. */
  today?: DayLike;
  /** Past events never get a timestamp after this; default now (or the end of `today`). */
  now?: Date;
  newId?: () => string;
  /** First per-year case sequence number handed out by buildCase. */
  firstCaseSeq?: number;
  /** Referral targets; without them cases get no referrals. */
  organisations?: OrganisationIds;
  /** Save eligibility checks with the cases (the engine always prices grants). Default true. */
  withEligibilityChecks?: boolean;
};

export type BuildContext = {
  rng: Rng;
  newId: () => string;
  /** The day the data is as of, as a day number (./days.ts). */
  today: number;
  /** No past event is later than this. */
  now: Date;
  organisations: OrganisationIds | undefined;
  withEligibilityChecks: boolean;
  firstCaseSeq: number;
  /** The next free case sequence number per year. */
  nextSeqByYear: Map<number, number>;
  /** Identity numbers handed out so far: no two people share one. */
  usedIdentityNumbers: Set<string>;
  /** Teams built so far, which numbers their default names. */
  teamCount: number;
  /** A timestamp on a day that is not in the future. */
  pastTime(day: number, hour: number, minute?: number): Date;
  /** A timestamp in office hours on a day, not in the future. */
  officeTime(day: number): Date;
};

export function createBuildContext(options: FactoryOptions = {}): BuildContext {
  const rng = createRng(options.seed ?? 20_260_101);
  const newId = options.newId ?? createIdGenerator();
  const today = options.today === undefined ? stockholmDay(options.now ?? new Date()) : dayOf(options.today);
  const now = options.now ?? (options.today === undefined ? new Date() : stockholmTime(today, 23, 59));
  const pastTime = (day: number, hour: number, minute = 0): Date => {
    const time = stockholmTime(day, hour, minute);
    return time.getTime() > now.getTime() ? now : time;
  };
  return {
    rng,
    newId,
    today,
    now,
    organisations: options.organisations,
    withEligibilityChecks: options.withEligibilityChecks ?? true,
    firstCaseSeq: options.firstCaseSeq ?? 1,
    nextSeqByYear: new Map(),
    usedIdentityNumbers: new Set(),
    teamCount: 0,
    pastTime,
    officeTime: (day) => pastTime(day, rng.int(8, 16), rng.pick([0, 10, 15, 20, 30, 40, 45, 50])),
  };
}

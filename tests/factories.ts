// Test data shared by the tests and the demo seed (lib/seed).
//
// Every builder returns plain rows in the shape of Prisma's `createMany` input,
// with ids chosen here so that related rows can point at each other before
// anything is written. Content is deterministic for a given seed and `today`
// (a small seeded PRNG, never Math.random); ids and default case numbers carry
// a per-process random part so that test files sharing a database never collide.
//
//   const f = createFactories({ seed: 7, today: "2026-03-16", organisations });
//   const graph = f.buildCase({ adviserId, teamId, status: "AWAITING_DECISION" });
//   await insertCaseGraphs(prisma, [graph]);
//
// A case comes as a graph: the case, its household, the status history walking
// INTAKE → COUNSELLING → PLANNING → REFERRED → AWAITING_DECISION → DEPARTED →
// FOLLOW_UP → CLOSED (or closing early with an outcome), and the sessions, plan
// steps, eligibility checks, referrals with events, tasks and follow-ups that
// the stage implies. Dates are Europe/Stockholm calendar days; timestamps are
// office hours in Stockholm.
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import type {
  AsylumStatus,
  CaseOutcome,
  CaseStatus,
  CounsellingTopic,
  HouseholdRelation,
  Locale,
  OrganisationKind,
  PermitGround,
  PlanStepKind,
  PlanStepStatus,
  ReferralDecision,
  ReferralStatus,
  ReferralType,
  Role,
  SessionMode,
  TaskStatus,
} from "../lib/generated/prisma/enums";
import { checkEligibility, type EligibilityInput, type EligibilityResult } from "../lib/eligibility";
import { formatCaseNumber } from "../lib/cases/case-number";
import { makeIdentityNumber } from "../lib/identity-number";
import {
  ADDRESSES,
  COUNTRIES,
  FOLLOW_UP_NOTES,
  NON_QUALIFYING_GROUNDS,
  ORGANISATIONS,
  SESSION_NOTES,
  type CountryProfile,
  type OrganisationKey,
} from "../lib/seed/catalog";

// ───────────────────────────── Rows ─────────────────────────────

export type TeamRow = { id: string; name: string; shareCasesWithinTeam: boolean; createdAt: Date; updatedAt: Date };

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  locale: Locale;
  passwordHash: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type OrganisationRow = {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  contactRoutes: string;
  isActive: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type OrganisationIds = Record<OrganisationKey, string>;

export type CaseRow = {
  id: string;
  caseNumber: string;
  caseYear: number;
  caseSeq: number;
  status: CaseStatus;
  statusSince: Date;
  outcome: CaseOutcome | null;
  adviserId: string;
  teamId: string;
  firstName: string;
  lastName: string;
  birthDate: Date;
  identityNumber: string | null;
  citizenships: string[];
  countryOfOrigin: string | null;
  languages: string[];
  interpreterLanguage: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  isRegisteredInSweden: boolean;
  permitGround: PermitGround | null;
  permitPermanent: boolean | null;
  permitGrantedOn: Date | null;
  permitExpiresOn: Date | null;
  asylumStatus: AsylumStatus;
  destinationCountry: string | null;
  destinationIsHomeCountry: boolean;
  version: number;
  openedAt: Date;
  closedAt: Date | null;
  lastEntryAt: Date;
  createdAt: Date;
  updatedAt: Date;
};

export type HouseholdMemberRow = {
  id: string;
  caseId: string;
  relation: HouseholdRelation;
  firstName: string;
  lastName: string;
  birthDate: Date;
  identityNumber: string | null;
  citizenships: string[];
  permitGround: PermitGround | null;
  permitPermanent: boolean | null;
  permitGrantedOn: Date | null;
  permitExpiresOn: Date | null;
  livesWithApplicant: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type CaseStatusChangeRow = {
  id: string;
  caseId: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  effectiveOn: Date;
  reason: string;
  outcome: CaseOutcome | null;
  changedById: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type CounsellingSessionRow = {
  id: string;
  caseId: string;
  startsAt: Date;
  durationMinutes: number;
  mode: SessionMode;
  interpreterLanguage: string | null;
  isInterpreterBooked: boolean;
  participants: string;
  topics: CounsellingTopic[];
  notes: string;
  authorId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ReturnPlanStepRow = {
  id: string;
  caseId: string;
  kind: PlanStepKind;
  status: PlanStepStatus;
  dueOn: Date | null;
  note: string;
  createdAt: Date;
  updatedAt: Date;
};

export type TaskRow = {
  id: string;
  caseId: string | null;
  assigneeId: string;
  sessionId: string | null;
  title: string;
  dueOn: Date | null;
  waitingOn: string | null;
  status: TaskStatus;
  doneAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type FollowUpRow = {
  id: string;
  caseId: string;
  monthsAfterReturn: number;
  dueOn: Date;
  completedOn: Date | null;
  economicScore: number | null;
  socialScore: number | null;
  psychosocialScore: number | null;
  notes: string;
  createdAt: Date;
  updatedAt: Date;
};

export type EligibilityCheckRow = {
  id: string;
  caseId: string;
  ruleSetId: string;
  applicationDate: Date;
  input: Prisma.InputJsonValue;
  result: Prisma.InputJsonValue;
  outcome: string;
  totalSek: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ReferralRow = {
  id: string;
  caseId: string;
  organisationId: string;
  type: ReferralType;
  status: ReferralStatus;
  statusSince: Date;
  consentGivenOn: Date | null;
  consentNote: string | null;
  eligibilityCheckId: string | null;
  sentOn: Date | null;
  decidedOn: Date | null;
  decision: ReferralDecision | null;
  decisionAmountSek: number | null;
  agencyReference: string | null;
  note: string;
  version: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type ReferralEventRow = {
  id: string;
  referralId: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  occurredOn: Date;
  note: string;
  byUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A case and everything that hangs off it, in insertion order. */
export type CaseGraph = {
  case: CaseRow;
  householdMembers: HouseholdMemberRow[];
  statusChanges: CaseStatusChangeRow[];
  sessions: CounsellingSessionRow[];
  planSteps: ReturnPlanStepRow[];
  eligibilityChecks: EligibilityCheckRow[];
  referrals: ReferralRow[];
  referralEvents: ReferralEventRow[];
  tasks: TaskRow[];
  followUps: FollowUpRow[];
};

// ──────────────────────────── Random ────────────────────────────

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T;
  shuffle<T>(items: T[]): T[];
};

/** mulberry32: tiny, fast and good enough for test data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new RangeError("weighted pick from an empty list");
      return last[0];
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j] as T, items[i] as T];
      }
      return items;
    },
  };
}

/** "c" + 8 characters of time + 4 random: a fresh, practically unique id prefix. */
export function newIdPrefix(): string {
  const random = new Uint32Array(1);
  globalThis.crypto.getRandomValues(random);
  return `c${Date.now().toString(36).padStart(9, "0").slice(-9)}${((random[0] ?? 0) % 1_679_616).toString(36).padStart(4, "0")}`;
}

/**
 * Cuid-like ids: a prefix and a base-36 counter, increasing within a generator
 * so that inserts append to the primary-key index. Generators that must not
 * collide (the seed's parallel batches) get distinct prefixes of one length.
 */
export function createIdGenerator(prefix: string = newIdPrefix(), counterWidth = 8): () => string {
  let counter = 0;
  return () => prefix + (counter++).toString(36).padStart(counterWidth, "0");
}

// ───────────────────────────── Days ─────────────────────────────
// Calendar days as integers (days since 1970-01-01); a @db.Date is that day at
// UTC midnight, as Prisma writes it.

const DAY_MS = 86_400_000;

export type DayLike = Date | string;

function dayOf(value: DayLike): number {
  if (typeof value === "string") {
    const time = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(time)) throw new RangeError(`Not a date: "${value}"`);
    return time / DAY_MS;
  }
  return Math.floor(value.getTime() / DAY_MS);
}

function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

const isoCache = new Map<number, string>();

function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = dateOfDay(day).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

function yearOfDay(day: number): number {
  return dateOfDay(day).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function addMonths(day: number, months: number): number {
  const date = dateOfDay(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfTarget)) / DAY_MS;
}

function addYears(day: number, years: number): number {
  return addMonths(day, years * 12);
}

const summerTimeCache = new Map<number, readonly [number, number]>();

/** First and last day of Central European Summer Time (last Sundays of March and October). */
function summerTimeDays(year: number): readonly [number, number] {
  let cached = summerTimeCache.get(year);
  if (!cached) {
    const lastSunday = (month: number) => {
      const last = Date.UTC(year, month, 0) / DAY_MS;
      return last - weekdayOf(last);
    };
    cached = [lastSunday(3), lastSunday(10)];
    summerTimeCache.set(year, cached);
  }
  return cached;
}

/** The instant of a Stockholm wall-clock time; exact for office hours. */
function stockholmTime(day: number, hour: number, minute = 0): Date {
  const [start, end] = summerTimeDays(yearOfDay(day));
  const offsetHours = day >= start && day < end ? 2 : 1;
  return new Date(day * DAY_MS + ((hour - offsetHours) * 60 + minute) * 60_000);
}

function stockholmDay(instant: Date): number {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
  return dayOf(iso);
}

/** The Friday before a weekend day; other days unchanged. */
function weekdayOnOrBefore(day: number): number {
  const weekday = weekdayOf(day);
  return weekday === 6 ? day - 1 : weekday === 0 ? day - 2 : day;
}

/** The Monday after a weekend day; other days unchanged. */
function weekdayOnOrAfter(day: number): number {
  const weekday = weekdayOf(day);
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

// ─────────────────────────── The case path ───────────────────────────

export const CASE_PATH = [
  "INTAKE",
  "COUNSELLING",
  "PLANNING",
  "REFERRED",
  "AWAITING_DECISION",
  "DEPARTED",
  "FOLLOW_UP",
  "CLOSED",
] as const satisfies readonly CaseStatus[];

type OpenStatus = Exclude<CaseStatus, "CLOSED">;

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

const STATUS_REASONS: Record<CaseStatus, readonly string[]> = {
  INTAKE: ["Ärendet öppnat efter kontakt från klienten", "Hänvisad från socialtjänsten", "Kontakt via informationsträff hos förening"],
  COUNSELLING: ["Rådgivningssamtal inlett"],
  PLANNING: ["Klienten har bestämt sig för att återvandra; planeringen påbörjad"],
  REFERRED: ["Ansökan om återvandringsbidrag skickad till Migrationsverket"],
  AWAITING_DECISION: ["Migrationsverket har tagit emot ansökan"],
  DEPARTED: ["Klienten har rest"],
  FOLLOW_UP: ["Uppföljning efter en månad genomförd"],
  CLOSED: ["Ärendet avslutat"],
};

const CLOSING_REASONS: Record<CaseOutcome, string> = {
  RETURNED: "Uppföljningen efter sex månader är klar",
  DECIDED_TO_STAY: "Klienten har valt att stanna i Sverige",
  REFERRED_ELSEWHERE: "Hänvisad till rätt instans; ärendet avslutat här",
  NO_CONTACT: "Ingen kontakt trots upprepade försök",
  OTHER: "Avslutat av annan anledning",
};

/** The day a status on the case's path took effect, or null when the case never had it. */
function stageStartOf(plan: Pick<CasePlan, "path" | "stageStarts">, stage: CaseStatus): number | null {
  const index = plan.path.indexOf(stage);
  return index === -1 ? null : (plan.stageStarts[index] as number);
}

const SESSION_TOPICS: Record<keyof typeof SESSION_NOTES, readonly CounsellingTopic[]> = {
  INTAKE: ["GRANT", "OTHER"],
  COUNSELLING: ["GRANT", "DOCUMENTS", "HOUSING", "HEALTH", "SCHOOLING", "REINTEGRATION"],
  PLANNING: ["DOCUMENTS", "TRAVEL", "HOUSING", "REINTEGRATION", "HEALTH"],
  REFERRED: ["GRANT", "TRAVEL"],
  AWAITING_DECISION: ["TRAVEL", "DOCUMENTS", "REINTEGRATION"],
};

/** Last day a permit may be granted on to count under the 2026 rules. */
const PERMIT_CUTOFF_DAY = dayOf("2024-09-12");
const RULES_2026_DAY = dayOf("2026-01-01");
/** The EU's temporary protection for people from Ukraine, as last extended. */
const TEMPORARY_PROTECTION_ENDS = "2027-03-04";

// ─────────────────────────── Options ───────────────────────────

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

export type Factories = ReturnType<typeof createFactories>;

// ─────────────────────────── Factories ───────────────────────────

export function createFactories(options: FactoryOptions = {}) {
  const rng = createRng(options.seed ?? 20_260_101);
  const newId = options.newId ?? createIdGenerator();
  const today = options.today === undefined ? stockholmDay(options.now ?? new Date()) : dayOf(options.today);
  const now = options.now ?? (options.today === undefined ? new Date() : stockholmTime(today, 23, 59));
  const organisations = options.organisations;
  const withEligibilityChecks = options.withEligibilityChecks ?? true;
  const firstCaseSeq = options.firstCaseSeq ?? 1;
  const nextSeqByYear = new Map<number, number>();
  const usedIdentityNumbers = new Set<string>();
  let counter = 0;

  /** A timestamp in office hours that is not in the future. */
  const pastTime = (day: number, hour: number, minute = 0): Date => {
    const time = stockholmTime(day, hour, minute);
    return time.getTime() > now.getTime() ? now : time;
  };
  const officeTime = (day: number): Date => pastTime(day, rng.int(8, 16), rng.pick([0, 10, 15, 20, 30, 40, 45, 50]));

  // ── People ──

  const asciiSlug = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "");

  const identityNumberFor = (birthDay: number, isMale: boolean, coordination = false): string => {
    const birthDate = isoOfDay(birthDay);
    for (let attempt = 0; attempt < 50; attempt++) {
      // The third digit of the serial is odd for men and even for women.
      const serial = rng.int(0, 99) * 10 + (isMale ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]));
      const number = makeIdentityNumber(birthDate, serial, { coordination });
      if (!usedIdentityNumbers.has(number)) {
        usedIdentityNumbers.add(number);
        return number;
      }
    }
    return makeIdentityNumber(birthDate, rng.int(0, 999), { coordination });
  };

  const lastNameFor = (country: CountryProfile) =>
    country.code === "CL" ? `${rng.pick(country.lastNames)} ${rng.pick(country.lastNames)}` : rng.pick(country.lastNames);

  // ── Teams, users, organisations ──

  function buildTeam(overrides: Partial<TeamRow> = {}): TeamRow {
    const id = overrides.id ?? newId();
    const at = stockholmTime(today - 900, 9);
    return { id, name: `Rådgivning ${++counter} (${id.slice(-6)})`, shareCasesWithinTeam: true, createdAt: at, updatedAt: at, ...overrides };
  }

  function buildUser(overrides: Partial<UserRow> & { role: Role }): UserRow {
    const id = overrides.id ?? newId();
    const first = rng.pick(["Anna", "Erik", "Sara", "Johan", "Maria", "Karl", "Elin", "Anders", "Lina", "Mikael", "Fatima", "Ali"]);
    const last = rng.pick(["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Lindberg"]);
    const at = stockholmTime(today - 800, 9);
    return {
      id,
      email: `${asciiSlug(first)}.${asciiSlug(last)}.${id.slice(-6)}@hemvag.test`,
      name: `${first} ${last}`,
      teamId: null,
      locale: "sv",
      passwordHash: null,
      isActive: true,
      mustChangePassword: false,
      createdAt: at,
      updatedAt: at,
      ...overrides,
    };
  }

  /** The office's referral targets and partners (real bodies; see lib/seed/catalog.ts). */
  function buildOrganisations(): { rows: OrganisationRow[]; ids: OrganisationIds } {
    const at = stockholmTime(today - 1000, 9);
    const rows: OrganisationRow[] = [];
    const ids = {} as OrganisationIds;
    for (const seed of ORGANISATIONS) {
      const id = newId();
      ids[seed.key] = id;
      rows.push({
        id,
        name: seed.name,
        kind: seed.kind,
        country: seed.country,
        phone: seed.phone,
        email: null,
        website: seed.website,
        address: null,
        contactRoutes: seed.contactRoutes,
        isActive: true,
        createdAt: at,
        updatedAt: at,
      });
    }
    return { rows, ids };
  }

  // ── Planning a case ──

  function chooseProfile(path: readonly CaseStatus[], outcome: CaseOutcome | null): CaseProfile {
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

  function chooseCountry(profile: CaseProfile): CountryProfile {
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
  function planCase(input: BuildCaseOptions): CasePlan {
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

    const profile = input.profile ?? chooseProfile(path, outcome);
    const country = input.country ? (COUNTRIES.find((c) => c.code === input.country) ?? chooseCountry(profile)) : chooseCountry(profile);

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

  // ── Expanding a plan into rows ──

  type Person = {
    firstName: string;
    lastName: string;
    birthDay: number;
    isMale: boolean;
    identityNumber: string | null;
    citizenships: string[];
    permitGround: PermitGround | null;
    permitPermanent: boolean | null;
    permitGrantedDay: number | null;
    permitExpiresDay: number | null;
  };

  function permitFor(profile: CaseProfile, country: CountryProfile, birthDay: number, openedDay: number, checkDay: number | null) {
    // Never before birth, never after the case opened.
    const latest = (limit: number) => Math.min(Math.max(limit, birthDay + rng.int(30, 400)), openedDay - 120);
    let ground: PermitGround;
    let granted: number;
    let permanent: boolean;
    let expires: number | null = null;
    if (profile === "TEMPORARY_PROTECTION") {
      ground = "TEMPORARY_PROTECTION_DIRECTIVE";
      granted = Math.min(dayOf("2022-03-14") + rng.int(0, 1100), openedDay - 30);
      return { ground, granted, permanent: false, expires: dayOf(TEMPORARY_PROTECTION_ENDS) };
    }
    if (profile === "NOT_QUALIFYING") {
      ground = rng.pick(NON_QUALIFYING_GROUNDS);
      granted = latest(dayOf("2010-01-01") + rng.int(0, 5000));
      permanent = rng.chance(0.5);
    } else {
      const choice = rng.weighted(country.grounds.map((g) => [g, g.weight] as const));
      ground = choice.ground;
      granted = Date.UTC(rng.int(choice.years[0], choice.years[1]), rng.int(0, 11), rng.int(1, 28)) / DAY_MS;
      // Under the 2026 rules two more permanent grounds qualify.
      if (checkDay !== null && checkDay >= RULES_2026_DAY && rng.chance(0.2)) {
        if (country.code === "AF") {
          ground = "UPPER_SECONDARY_SCHOOL_LAW";
          granted = Date.UTC(rng.int(2019, 2023), rng.int(0, 11), rng.int(1, 28)) / DAY_MS;
        } else if (country.code === "SY" || country.code === "IQ") {
          ground = "TEMPORARY_LAW_2016";
          granted = Date.UTC(rng.int(2017, 2022), rng.int(0, 11), rng.int(1, 28)) / DAY_MS;
        }
      }
      granted = latest(Math.min(granted, PERMIT_CUTOFF_DAY - rng.int(0, 200)));
      permanent = ground === "UPPER_SECONDARY_SCHOOL_LAW" || ground === "TEMPORARY_LAW_2016" || granted < openedDay - 1500 || rng.chance(0.5);
    }
    if (!permanent) {
      expires = addYears(granted, 3);
      if (expires < Math.max(openedDay, today) + 30) {
        permanent = true;
        expires = null;
      }
    }
    return { ground, granted, permanent, expires };
  }

  function buildPerson(
    country: CountryProfile,
    birthDay: number,
    isMale: boolean,
    lastName: string,
    permit: { ground: PermitGround; granted: number; permanent: boolean; expires: number | null } | null,
    citizenships: string[],
    identity: "PERSONNUMMER" | "SAMORDNINGSNUMMER" | "NONE",
  ): Person {
    return {
      firstName: rng.pick(isMale ? country.male : country.female),
      lastName,
      birthDay,
      isMale,
      identityNumber: identity === "NONE" ? null : identityNumberFor(birthDay, isMale, identity === "SAMORDNINGSNUMMER"),
      citizenships,
      permitGround: permit?.ground ?? null,
      permitPermanent: permit ? permit.permanent : null,
      permitGrantedDay: permit?.granted ?? null,
      permitExpiresDay: permit?.expires ?? null,
    };
  }

  // Helpers of expandCase, kept out of it so that a case does not allocate a closure for each.

  function identityKindFor(profile: CaseProfile, isRegisteredInSweden: boolean): "PERSONNUMMER" | "SAMORDNINGSNUMMER" | "NONE" {
    if (profile === "REJECTED_ASYLUM") return rng.chance(0.3) ? "SAMORDNINGSNUMMER" : "NONE";
    if (!isRegisteredInSweden) return rng.chance(0.7) ? "SAMORDNINGSNUMMER" : "NONE";
    return rng.chance(0.06) ? "NONE" : "PERSONNUMMER";
  }

  function citizenshipsFor(profile: CaseProfile, country: CountryProfile): string[] {
    return profile === "SWEDISH_CITIZEN" ? [country.code, "SE"] : [country.code];
  }

  /** A family member's permit: the applicant's ground when they came together, else family ties. */
  function memberPermitFor(
    applicantPermit: { ground: PermitGround; granted: number; permanent: boolean; expires: number | null } | null,
    profile: CaseProfile,
    openedDay: number,
    birthDay: number,
    inheritsGround: boolean,
  ) {
    if (!applicantPermit) return null;
    if (applicantPermit.ground === "TEMPORARY_PROTECTION_DIRECTIVE") {
      return { ...applicantPermit, granted: Math.min(Math.max(applicantPermit.granted, birthDay + rng.int(30, 100)), openedDay - 10) };
    }
    const earliest = Math.max(applicantPermit.granted, birthDay + rng.int(30, 200));
    let granted = earliest + (inheritsGround ? 0 : rng.int(0, 400));
    if (profile === "GRANT") granted = Math.min(granted, PERMIT_CUTOFF_DAY - rng.int(0, 60));
    granted = Math.min(granted, openedDay - 10);
    const ground: PermitGround = inheritsGround && birthDay < applicantPermit.granted ? applicantPermit.ground : "FAMILY_TIES";
    const permanent = granted < openedDay - 1500 || rng.chance(0.6);
    return { ground, granted, permanent, expires: permanent ? null : Math.max(addYears(granted, 3), today + rng.int(60, 600)) };
  }

  function childAgesInDays(count: number, parentAge: number): number[] {
    const ages: number[] = [];
    const maxAgeDays = Math.max(400, Math.min(17 * 365, (parentAge - 18) * 365));
    for (let i = 0; i < count; i++) ages.push(rng.int(200, maxAgeDays));
    return ages.sort((a, b) => b - a);
  }

  type SessionContext = { caseId: string; adviserId: string; interpreterLanguage: string | null; spouse: string | null };

  function stageSession(context: SessionContext, day: number, stage: keyof typeof SESSION_NOTES, isPlanned: boolean): CounsellingSessionRow {
    const startsAt = stockholmTime(day, rng.int(9, 15), rng.pick([0, 30]));
    const future = isPlanned || startsAt.getTime() > now.getTime();
    const mode = rng.weighted([["IN_PERSON", 7], ["PHONE", 2], ["VIDEO", 1]] as const);
    const first = rng.pick(SESSION_TOPICS[stage]);
    const second = rng.pick(SESSION_TOPICS[stage]);
    const createdAt = future ? pastTime(today - rng.int(1, 10), 11) : startsAt;
    let participants = "Klienten";
    if (context.spouse && rng.chance(0.5)) participants += `, ${context.spouse}`;
    if (context.interpreterLanguage) participants += ", tolk";
    return {
      id: newId(),
      caseId: context.caseId,
      startsAt,
      durationMinutes: mode === "PHONE" ? rng.pick([20, 30]) : rng.pick([45, 60, 60, 90]),
      mode,
      interpreterLanguage: context.interpreterLanguage,
      isInterpreterBooked: context.interpreterLanguage !== null && (!future || rng.chance(0.7)),
      participants,
      topics: first === second ? [first] : [first, second],
      notes: future ? "" : rng.pick(SESSION_NOTES[stage]),
      authorId: context.adviserId,
      createdAt,
      updatedAt: createdAt,
    };
  }

  type CheckContext = {
    caseId: string;
    adviserId: string;
    applicant: Person;
    members: ReadonlyArray<{ person: Person; relation: HouseholdRelation; livesWithApplicant: boolean }>;
    destination: EligibilityInput["destination"];
    registeredInSweden: boolean;
    canPayOwnTravel: boolean;
    travelCostSek: number;
    /** Where the saved check goes (when checks are saved). */
    into: EligibilityCheckRow[];
  };

  function runEligibilityCheck(context: CheckContext, day: number): { row: EligibilityCheckRow | null; result: EligibilityResult } {
    const input = eligibilityInputFor(context.applicant, context.members, {
      applicationDate: isoOfDay(day),
      destination: context.destination,
      registeredInSweden: context.registeredInSweden,
      canPayOwnTravel: context.canPayOwnTravel,
      travelCostSek: context.travelCostSek,
    });
    const result = checkEligibility(input);
    if (!withEligibilityChecks) return { row: null, result };
    const at = officeTime(day);
    const row: EligibilityCheckRow = {
      id: newId(),
      caseId: context.caseId,
      ruleSetId: result.ruleSet.id,
      applicationDate: dateOfDay(day),
      input: input as unknown as Prisma.InputJsonValue,
      result: result as unknown as Prisma.InputJsonValue,
      outcome: result.outcome,
      totalSek: result.totalSek,
      createdById: context.adviserId,
      createdAt: at,
      updatedAt: at,
    };
    context.into.push(row);
    return { row, result };
  }

  type ReferralContext = { caseId: string; adviserId: string; referrals: ReferralRow[]; referralEvents: ReferralEventRow[] };

  function addReferral(
    context: ReferralContext,
    organisationId: string,
    type: ReferralType,
    steps: Array<{ status: ReferralStatus; day: number }>,
    extra: Partial<Pick<ReferralRow, "decision" | "decisionAmountSek" | "agencyReference" | "eligibilityCheckId" | "note">> = {},
  ): void {
    const built = buildReferralAt({ caseId: context.caseId, organisationId, type, createdById: context.adviserId, steps, ...extra });
    context.referrals.push(built.referral);
    for (const event of built.events) context.referralEvents.push(event);
  }

  function expandCase(plan: CasePlan, numbering: { caseYear?: number; caseSeq?: number } = {}): CaseGraph {
    const caseId = newId();
    const { country, profile, path, stageStarts, adviserId } = plan;
    const openedDay = stageStarts[0] as number;
    const lastOpenStage = path.filter((stage) => stage !== "CLOSED").pop() as OpenStatus;
    const isOpen = plan.status !== "CLOSED";
    const planningDay = stageStartOf(plan, "PLANNING");
    const checkDay = planningDay === null ? null : Math.min(today, planningDay + rng.int(0, 7));

    // ── The applicant ──
    const applicantIsMale = rng.chance(0.6);
    const age = rng.int(country.ageRange[0], country.ageRange[1]);
    const applicantBirthDay = openedDay - Math.floor(age * 365.25) - rng.int(0, 364);
    const applicantLastName = lastNameFor(country);
    const isRegisteredInSweden = profile === "REJECTED_ASYLUM" ? false : profile === "TEMPORARY_PROTECTION" ? rng.chance(0.4) : true;
    const citizenships = [country.code];
    if (profile === "SWEDISH_CITIZEN") citizenships.push("SE");
    else if (country.secondCitizenship && rng.chance(0.15)) citizenships.push(country.secondCitizenship);
    const applicantPermit =
      profile === "SWEDISH_CITIZEN" || profile === "REJECTED_ASYLUM" ? null : permitFor(profile, country, applicantBirthDay, openedDay, checkDay);
    const applicant = buildPerson(country, applicantBirthDay, applicantIsMale, applicantLastName, applicantPermit, citizenships, identityKindFor(profile, isRegisteredInSweden));

    // ── The household ──
    const householdMembers: HouseholdMemberRow[] = [];
    const memberPeople: Array<{ person: Person; relation: HouseholdRelation; livesWithApplicant: boolean }> = [];
    const isOlder = age >= 60;
    const fixedSize = plan.householdSize;
    const shape =
      fixedSize !== undefined
        ? fixedSize === 0 ? "SINGLE" : fixedSize === 1 ? "COUPLE" : "FAMILY"
        : rng.weighted(
            isOlder
              ? ([["SINGLE", 5], ["COUPLE", 5], ["FAMILY", 0], ["SINGLE_PARENT", 0], ["WITH_RELATIVE", 1]] as const)
              : ([["SINGLE", 9], ["COUPLE", 2], ["FAMILY", 6], ["SINGLE_PARENT", 2], ["WITH_RELATIVE", 1]] as const),
          );

    if (shape === "COUPLE" || shape === "FAMILY") {
      const spouseBirth = applicantBirthDay + rng.int(-6 * 365, 6 * 365);
      const keepsOwnName = ["IQ", "SY", "AF", "SO", "ER", "IR"].includes(country.code);
      memberPeople.push({
        person: buildPerson(
          country,
          spouseBirth,
          !applicantIsMale,
          keepsOwnName ? lastNameFor(country) : applicantLastName,
          memberPermitFor(applicantPermit, profile, openedDay, spouseBirth, rng.chance(0.6)),
          citizenshipsFor(profile, country),
          identityKindFor(profile, isRegisteredInSweden),
        ),
        relation: "SPOUSE",
        livesWithApplicant: rng.chance(0.97),
      });
    }
    if (shape === "FAMILY" || shape === "SINGLE_PARENT") {
      const children = childAgesInDays(fixedSize !== undefined ? fixedSize - 1 : rng.int(1, 4), age);
      for (const childAgeDays of children) {
        let birthDay = openedDay - childAgeDays;
        // Children who would need a permit after the 2026 cutoff are left out of grant cases.
        if (profile === "GRANT") birthDay = Math.min(birthDay, PERMIT_CUTOFF_DAY - 120);
        const isMale = rng.chance(0.5);
        const familyName = applicantIsMale ? applicantLastName : lastNameFor(country);
        memberPeople.push({
          person: buildPerson(country, birthDay, isMale, familyName, memberPermitFor(applicantPermit, profile, openedDay, birthDay, true), citizenshipsFor(profile, country), identityKindFor(profile, isRegisteredInSweden)),
          relation: "CHILD",
          livesWithApplicant: true,
        });
      }
    }
    if (shape === "WITH_RELATIVE") {
      const birthDay = Math.min(applicantBirthDay + rng.int(-20 * 365, 25 * 365), openedDay - 18 * 365);
      memberPeople.push({
        person: buildPerson(country, birthDay, rng.chance(0.5), applicantLastName, memberPermitFor(applicantPermit, profile, openedDay, birthDay, false), citizenshipsFor(profile, country), identityKindFor(profile, isRegisteredInSweden)),
        relation: "OTHER",
        livesWithApplicant: rng.chance(0.8),
      });
    }

    const openedAt = officeTime(openedDay);
    for (const { person, relation, livesWithApplicant } of memberPeople) {
      householdMembers.push({
        id: newId(),
        caseId,
        relation,
        firstName: person.firstName,
        lastName: person.lastName,
        birthDate: dateOfDay(person.birthDay),
        identityNumber: person.identityNumber,
        citizenships: person.citizenships,
        permitGround: person.permitGround,
        permitPermanent: person.permitPermanent,
        permitGrantedOn: person.permitGrantedDay === null ? null : dateOfDay(person.permitGrantedDay),
        permitExpiresOn: person.permitExpiresDay === null ? null : dateOfDay(person.permitExpiresDay),
        livesWithApplicant,
        createdAt: openedAt,
        updatedAt: openedAt,
      });
    }

    // ── Contact details ──
    const languages = [country.languages[0] as string];
    if (country.languages.length > 1 && rng.chance(0.25)) languages.push(country.languages[1] as string);
    const speaksSwedish = profile !== "REJECTED_ASYLUM" && profile !== "TEMPORARY_PROTECTION" && rng.chance(age > 60 ? 0.35 : 0.6);
    if (speaksSwedish) languages.push("sv");
    const interpreterLanguage = !speaksSwedish || rng.chance(0.15) ? (languages[0] as string) : null;
    const address = rng.pick(ADDRESSES);
    const destinationIsHomeCountry = rng.chance(0.9);
    const destinationCountry = destinationIsHomeCountry ? country.code : rng.pick(country.otherDestinations);

    const caseYear = numbering.caseYear ?? yearOfDay(openedDay);
    let caseSeq = numbering.caseSeq;
    if (caseSeq === undefined) {
      caseSeq = nextSeqByYear.get(caseYear) ?? firstCaseSeq;
      nextSeqByYear.set(caseYear, caseSeq + 1);
    }

    // ── Status history ──
    const statusChanges: CaseStatusChangeRow[] = [];
    let previous: CaseStatus | null = null;
    for (let i = 0; i < path.length; i++) {
      const toStatus = path[i] as CaseStatus;
      const day = stageStarts[i] as number;
      const at = i === 0 ? openedAt : officeTime(day);
      const reason =
        toStatus === "CLOSED" && plan.outcome
          ? CLOSING_REASONS[plan.outcome]
          : toStatus === "DEPARTED"
            ? `Klienten har rest till ${COUNTRIES.find((c) => c.code === destinationCountry)?.nameSv ?? destinationCountry}`
            : rng.pick(STATUS_REASONS[toStatus]);
      statusChanges.push({
        id: newId(),
        caseId,
        fromStatus: previous,
        toStatus,
        effectiveOn: dateOfDay(day),
        reason,
        outcome: toStatus === "CLOSED" ? plan.outcome : null,
        changedById: adviserId,
        createdAt: at,
        updatedAt: at,
      });
      previous = toStatus;
    }
    const lastChange = statusChanges[statusChanges.length - 1] as CaseStatusChangeRow;
    const endDay = isOpen ? today : (stageStarts[stageStarts.length - 1] as number);

    // ── Sessions ──
    const sessions: CounsellingSessionRow[] = [];
    const hasSpouse = memberPeople.some((member) => member.relation === "SPOUSE");
    const sessionContext: SessionContext = { caseId, adviserId, interpreterLanguage, spouse: hasSpouse ? (applicantIsMale ? "hustru" : "make") : null };
    for (let i = 0; i < path.length; i++) {
      const stage = path[i] as CaseStatus;
      if (!(stage in SESSION_NOTES)) continue;
      const start = stageStarts[i] as number;
      const end = Math.min(i + 1 < stageStarts.length ? (stageStarts[i + 1] as number) : endDay, today);
      const span = Math.max(0, end - start);
      const count =
        stage === "INTAKE"
          ? rng.chance(0.8) ? 1 : 0
          : stage === "COUNSELLING"
            ? Math.min(3, 1 + Math.floor(span / 40))
            : stage === "PLANNING"
              ? Math.min(2, 1 + Math.floor(span / 30))
              : rng.int(0, 1);
      for (let k = 0; k < count; k++) {
        if (span === 0 && k > 0) break;
        const raw = start + Math.floor(((k + rng.next()) / count) * span);
        let day = weekdayOnOrBefore(raw);
        if (day < openedDay) day = raw;
        if (day > today) continue;
        sessions.push(stageSession(sessionContext, day, stage as keyof typeof SESSION_NOTES, false));
      }
    }
    if (isOpen && ["COUNSELLING", "PLANNING", "AWAITING_DECISION", "INTAKE"].includes(plan.status) && rng.chance(0.45)) {
      sessions.push(stageSession(sessionContext, weekdayOnOrAfter(today + rng.int(1, 14)), plan.status as keyof typeof SESSION_NOTES, true));
    }
    sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());

    // ── Eligibility ──
    const memberInputs = memberPeople.map(({ person, relation, livesWithApplicant }) => ({ person, relation, livesWithApplicant }));
    const perPersonTravel = destinationCountry === "BA" || destinationCountry === "RS" || destinationCountry === "XK" || destinationCountry === "HR" ? rng.int(25, 45) * 100 : rng.int(45, 120) * 100;
    const travelCostSek = perPersonTravel * (1 + memberInputs.length);
    const refusedAfterAssessment = plan.decision === "REFUSED";
    const eligibilityChecks: EligibilityCheckRow[] = [];
    let grantCheck: { row: EligibilityCheckRow | null; result: EligibilityResult } | null = null;
    const checkContext: CheckContext = {
      caseId,
      adviserId,
      applicant,
      members: memberInputs,
      destination: { country: destinationCountry, isHomeCountry: destinationIsHomeCountry },
      registeredInSweden: isRegisteredInSweden,
      canPayOwnTravel: refusedAfterAssessment,
      travelCostSek,
      into: eligibilityChecks,
    };
    if (checkDay !== null) {
      // Without saved checks the engine is only needed to price a granted referral.
      if (withEligibilityChecks || plan.decision === "GRANTED") grantCheck = runEligibilityCheck(checkContext, checkDay);
    } else if (withEligibilityChecks && (plan.outcome === "REFERRED_ELSEWHERE" || (lastOpenStage === "COUNSELLING" && rng.chance(0.3)))) {
      // Checked during counselling, which is how an adviser finds out the grant does not apply.
      const counsellingStart = stageStartOf(plan, "COUNSELLING") ?? openedDay;
      runEligibilityCheck(checkContext, Math.min(today, counsellingStart + rng.int(0, 10)));
    }

    // ── Referrals ──
    const referrals: ReferralRow[] = [];
    const referralEvents: ReferralEventRow[] = [];
    const referralContext: ReferralContext = { caseId, adviserId, referrals, referralEvents };
    const referredDay = stageStartOf(plan, "REFERRED");
    if (organisations) {
      if (referredDay !== null) {
        const draftDay = Math.max(planningDay ?? referredDay, referredDay - rng.int(0, 5));
        const steps: Array<{ status: ReferralStatus; day: number }> = [
          { status: "DRAFT", day: draftDay },
          { status: "SENT", day: referredDay },
        ];
        const receivedDay = stageStartOf(plan, "AWAITING_DECISION");
        if (receivedDay !== null) steps.push({ status: "RECEIVED", day: receivedDay });
        if (plan.decisionDay !== null) steps.push({ status: "DECIDED", day: plan.decisionDay });
        else if (!isOpen && (lastOpenStage === "REFERRED" || lastOpenStage === "AWAITING_DECISION")) {
          steps.push({ status: "WITHDRAWN", day: stageStarts[stageStarts.length - 1] as number });
        }
        const granted = plan.decision === "GRANTED" && grantCheck !== null && grantCheck.result.outcome !== "NOT_ELIGIBLE";
        addReferral(referralContext, organisations.migrationsverket, "RETURN_GRANT_APPLICATION", steps, {
          eligibilityCheckId: grantCheck?.row?.id ?? null,
          agencyReference: receivedDay !== null ? String(rng.int(10_000_000, 99_999_999)) : null,
          decision: plan.decisionDay === null ? null : granted ? "GRANTED" : "REFUSED",
          decisionAmountSek: granted && grantCheck ? grantCheck.result.totalSek : null,
          note: plan.decision === "REFUSED" ? "Avslag efter prövning av egna medel." : "",
        });
      } else if (plan.status === "PLANNING" && rng.chance(0.35)) {
        addReferral(referralContext, organisations.migrationsverket, "RETURN_GRANT_APPLICATION", [{ status: "DRAFT", day: Math.min(today, (planningDay ?? today) + rng.int(3, 20)) }], {
          eligibilityCheckId: grantCheck?.row?.id ?? null,
        });
      }
      const departureDay = plan.departureDay;
      if (departureDay !== null && planningDay !== null) {
        const sent = Math.max(planningDay, departureDay - rng.int(14, 40));
        if (country.code === "BA" && destinationIsHomeCountry && rng.chance(0.6)) {
          addReferral(referralContext, organisations.clu, "OTHER", [
            { status: "DRAFT", day: sent },
            { status: "SENT", day: sent },
            { status: "RECEIVED", day: Math.min(sent + rng.int(2, 10), today) },
          ], { note: "Mottagande och stöd i hemkommunen." });
        } else if (rng.chance(0.3)) {
          const steps: Array<{ status: ReferralStatus; day: number }> = [
            { status: "DRAFT", day: sent },
            { status: "SENT", day: sent },
            { status: "RECEIVED", day: Math.min(sent + rng.int(2, 10), today) },
          ];
          if (departureDay + 30 <= today) steps.push({ status: "CLOSED", day: departureDay + rng.int(20, 30) });
          addReferral(referralContext, organisations.iom, rng.chance(0.6) ? "REINTEGRATION_PROGRAMME" : "INFORMATION_ONLY", steps);
        }
      }
      if (plan.outcome === "REFERRED_ELSEWHERE") {
        const closedDay = stageStarts[stageStarts.length - 1] as number;
        const sentDay = Math.max(openedDay, closedDay - rng.int(0, 3));
        const steps: Array<{ status: ReferralStatus; day: number }> = [
          { status: "DRAFT", day: sentDay },
          { status: "SENT", day: sentDay },
        ];
        if (rng.chance(0.6)) steps.push({ status: "RECEIVED", day: Math.min(today, sentDay + rng.int(2, 14)) });
        if (profile === "REJECTED_ASYLUM") {
          addReferral(referralContext, organisations.migrationsverket, "REESTABLISHMENT_SUPPORT", steps, { note: "Avslag på asylansökan: återetableringsstöd, inte återvandringsbidrag." });
        } else if (profile === "TEMPORARY_PROTECTION") {
          addReferral(referralContext, organisations.migrationsverket, "INFORMATION_ONLY", steps, { note: "Tillfälligt skydd enligt massflyktsdirektivet ger inte rätt till bidraget." });
        } else {
          addReferral(referralContext, rng.chance(0.5) ? organisations.socialtjanst : organisations.arbetsformedlingen, "INFORMATION_ONLY", steps);
        }
      } else if (plan.outcome === "DECIDED_TO_STAY" && rng.chance(0.3)) {
        const closedDay = stageStarts[stageStarts.length - 1] as number;
        addReferral(referralContext, organisations.arbetsformedlingen, "INFORMATION_ONLY", [
          { status: "DRAFT", day: closedDay },
          { status: "SENT", day: closedDay },
        ], { note: "Vägledning om arbete och studier i Sverige." });
      }
    }

    // ── Plan steps ──
    const planSteps =
      planningDay === null
        ? []
        : buildPlanStepsAt({ caseId, stage: lastOpenStage, startDay: planningDay, departureDay: plan.departureDay, age, hasChildren: memberPeople.some((m) => m.relation === "CHILD") });

    // ── Follow-ups ──
    const followUps =
      plan.departureDay === null
        ? []
        : buildFollowUpsAt({
            caseId,
            departureDay: plan.departureDay,
            firstDoneDay: stageStartOf(plan, "FOLLOW_UP"),
            closedDay: isOpen ? null : (stageStarts[stageStarts.length - 1] as number),
          });

    // ── Tasks ──
    const tasks: TaskRow[] = [];
    const lastPastSession = [...sessions].reverse().find((session) => session.startsAt.getTime() <= now.getTime());
    const historyTitles = ["Boka tolk till samtalet", "Skicka informationsblad om återvandringsbidraget", "Boka nytt samtal", "Kontrollera uppehållstillståndet"];
    for (let k = rng.int(0, 2); k > 0; k--) {
      const day = Math.min(today, openedDay + rng.int(1, Math.max(1, endDay - openedDay)));
      tasks.push(buildTaskAt({ caseId, assigneeId: adviserId, title: rng.pick(historyTitles), createdDay: Math.max(openedDay, day - rng.int(1, 14)), dueDay: day, status: rng.chance(0.9) ? "DONE" : "CANCELLED", doneDay: day }));
    }
    if (isOpen) {
      const openTitles: Record<OpenStatus, readonly string[]> = {
        INTAKE: ["Boka första samtal", "Boka tolk till första samtalet"],
        COUNSELLING: ["Skicka information om villkoren för bidraget", "Boka uppföljande samtal", "Kontrollera uppehållstillståndet"],
        PLANNING: ["Begär kopia av giltigt pass", "Kontrollera skulder hos Kronofogden och CSN", "Ta fram reseplan och kostnadsberäkning", "Hämta skriftligt samtycke till överlämning"],
        REFERRED: ["Bevaka mottagningsbekräftelse från Migrationsverket"],
        AWAITING_DECISION: ["Bevaka beslut om återvandringsbidrag", "Förbered avregistrering hos Skatteverket"],
        DEPARTED: ["Uppföljningssamtal efter en månad"],
        FOLLOW_UP: ["Uppföljningssamtal efter tre månader", "Uppföljningssamtal efter sex månader"],
      };
      const stage = plan.status as OpenStatus;
      const count = stage === "DEPARTED" || stage === "FOLLOW_UP" || stage === "REFERRED" ? 1 : rng.int(1, 2);
      for (let k = 0; k < count; k++) {
        let dueDay: number | null;
        let title = rng.pick(openTitles[stage]);
        if (stage === "DEPARTED" || stage === "FOLLOW_UP") {
          const next = followUps.find((followUp) => followUp.completedOn === null);
          if (!next) break;
          dueDay = dayOf(next.dueOn);
          title = `Uppföljningssamtal efter ${next.monthsAfterReturn === 1 ? "en månad" : next.monthsAfterReturn === 3 ? "tre månader" : "sex månader"}`;
        } else {
          dueDay = rng.weighted([[today - rng.int(1, 20), 25], [today, 12], [today + rng.int(1, 21), 50], [null, 13]] as const);
        }
        tasks.push(
          buildTaskAt({
            caseId,
            assigneeId: adviserId,
            title,
            createdDay: Math.max(stageStarts[stageStarts.length - 1] as number, Math.min(today, (dueDay ?? today) - rng.int(3, 14))),
            dueDay,
            waitingOn: stage === "REFERRED" || stage === "AWAITING_DECISION" ? (title.includes("Skatteverket") ? null : "Migrationsverket") : null,
            sessionId: lastPastSession && rng.chance(0.5) ? lastPastSession.id : null,
            status: "OPEN",
            doneDay: null,
          }),
        );
      }
    }

    // ── The case row ──
    // The last entry of any kind that has happened.
    const nowTime = now.getTime();
    let lastEntry = lastChange.createdAt.getTime();
    const entries: Array<Date | null> = [];
    for (const session of sessions) entries.push(session.startsAt.getTime() <= nowTime ? session.updatedAt : null);
    for (const event of referralEvents) entries.push(event.createdAt);
    for (const task of tasks) entries.push(task.doneAt ?? task.createdAt);
    for (const followUp of followUps) entries.push(followUp.completedOn ? followUp.updatedAt : null);
    for (const check of eligibilityChecks) entries.push(check.createdAt);
    for (const step of planSteps) entries.push(step.updatedAt);
    for (const entry of entries) {
      const time = entry ? entry.getTime() : 0;
      if (time <= nowTime && time > lastEntry) lastEntry = time;
    }
    const lastEntryAt = new Date(lastEntry);

    const caseRow: CaseRow = {
      id: caseId,
      caseNumber: formatCaseNumber(caseYear, caseSeq),
      caseYear,
      caseSeq,
      status: plan.status,
      statusSince: lastChange.createdAt,
      outcome: plan.outcome,
      adviserId,
      teamId: plan.teamId,
      firstName: applicant.firstName,
      lastName: applicant.lastName,
      birthDate: dateOfDay(applicant.birthDay),
      identityNumber: applicant.identityNumber,
      citizenships: applicant.citizenships,
      countryOfOrigin: country.code,
      languages,
      interpreterLanguage,
      phone: rng.chance(0.92) ? fictionalPhone() : null,
      email: rng.chance(0.35) ? `${asciiSlug(applicant.firstName)}.${asciiSlug(applicant.lastName)}${rng.int(1, 99)}@example.com` : null,
      address: rng.chance(0.9) && profile !== "REJECTED_ASYLUM" ? `${address.street} ${rng.int(1, 80)}, ${address.postcode} ${address.area}` : null,
      isRegisteredInSweden,
      permitGround: applicant.permitGround,
      permitPermanent: applicant.permitPermanent,
      permitGrantedOn: applicant.permitGrantedDay === null ? null : dateOfDay(applicant.permitGrantedDay),
      permitExpiresOn: applicant.permitExpiresDay === null ? null : dateOfDay(applicant.permitExpiresDay),
      asylumStatus: profile === "REJECTED_ASYLUM" ? (rng.chance(0.8) ? "REJECTED" : "WITHDRAWN") : "NONE",
      // Where to go is often still open at intake.
      destinationCountry: lastOpenStage === "INTAKE" && rng.chance(0.5) ? null : destinationCountry,
      destinationIsHomeCountry,
      version: statusChanges.length + planSteps.length,
      openedAt,
      closedAt: isOpen ? null : lastChange.createdAt,
      lastEntryAt,
      createdAt: openedAt,
      updatedAt: lastEntryAt,
    };

    return { case: caseRow, householdMembers, statusChanges, sessions, planSteps, eligibilityChecks, referrals, referralEvents, tasks, followUps };
  }

  /** A number from the range PTS sets aside for use in fiction (070-174 06 05 … 99), in E.164. */
  function fictionalPhone(): string {
    return `+46701740${rng.int(605, 699)}`;
  }

  function buildCase(input: BuildCaseOptions): CaseGraph {
    const plan = planCase(input);
    const graph = expandCase(plan, { caseYear: input.caseYear, caseSeq: input.caseSeq });
    if (input.overrides) Object.assign(graph.case, input.overrides);
    return graph;
  }

  // ── Single builders (also used by expandCase) ──

  function buildHouseholdMember(input: {
    caseId: string;
    relation?: HouseholdRelation;
    country?: string;
    birthDate?: DayLike;
    overrides?: Partial<HouseholdMemberRow>;
  }): HouseholdMemberRow {
    const country = COUNTRIES.find((c) => c.code === input.country) ?? rng.pick(COUNTRIES);
    const relation = input.relation ?? "SPOUSE";
    const birthDay = input.birthDate ? dayOf(input.birthDate) : today - (relation === "CHILD" ? rng.int(200, 17 * 365) : rng.int(20 * 365, 60 * 365));
    const isMale = rng.chance(0.5);
    const granted = Math.max(birthDay + 60, today - rng.int(400, 4000));
    const at = pastTime(today, 10);
    return {
      id: newId(),
      caseId: input.caseId,
      relation,
      firstName: rng.pick(isMale ? country.male : country.female),
      lastName: lastNameFor(country),
      birthDate: dateOfDay(birthDay),
      identityNumber: identityNumberFor(birthDay, isMale),
      citizenships: [country.code],
      permitGround: "FAMILY_TIES",
      permitPermanent: true,
      permitGrantedOn: dateOfDay(Math.min(granted, today - 1)),
      permitExpiresOn: null,
      livesWithApplicant: true,
      createdAt: at,
      updatedAt: at,
      ...input.overrides,
    };
  }

  function buildCounsellingSession(input: {
    caseId: string;
    startsAt: Date;
    authorId?: string | null;
    overrides?: Partial<CounsellingSessionRow>;
  }): CounsellingSessionRow {
    const isPast = input.startsAt.getTime() <= now.getTime();
    const created = isPast ? input.startsAt : pastTime(today, 8);
    return {
      id: newId(),
      caseId: input.caseId,
      startsAt: input.startsAt,
      durationMinutes: rng.pick([45, 60, 60, 90]),
      mode: rng.weighted([["IN_PERSON", 7], ["PHONE", 2], ["VIDEO", 1]] as const),
      interpreterLanguage: null,
      isInterpreterBooked: false,
      participants: "Klienten",
      topics: [rng.pick(["GRANT", "DOCUMENTS", "HOUSING", "TRAVEL", "REINTEGRATION"] as const)],
      notes: isPast ? rng.pick(SESSION_NOTES.COUNSELLING) : "",
      authorId: input.authorId ?? null,
      createdAt: created,
      updatedAt: created,
      ...input.overrides,
    };
  }

  /** The plan steps a case has at a stage (PLANNING or later), with statuses that fit it. */
  function buildPlanStepsAt(input: { caseId: string; stage: OpenStatus; startDay: number; departureDay: number | null; age: number; hasChildren: boolean }): ReturnPlanStepRow[] {
    const kinds: PlanStepKind[] = ["IDENTITY_DOCUMENTS", "HOUSING_HOME_COUNTRY", "TRAVEL_BOOKING", "DEREGISTRATION", "RECEPTION_ON_ARRIVAL"];
    if (rng.chance(input.age >= 60 ? 0.5 : 0.2)) kinds.push("MEDICAL_NEEDS");
    if (input.age < 60 && rng.chance(0.35)) kinds.push("EMPLOYMENT");
    if (rng.chance(0.1)) kinds.push("TRAINING_IN_SWEDEN");
    if (rng.chance(0.08)) kinds.push("TRIAL_PERIOD");
    if (input.hasChildren || rng.chance(0.1)) kinds.push("OTHER_NEEDS");
    const stageIndex = CASE_PATH.indexOf(input.stage);
    const departed = stageIndex >= CASE_PATH.indexOf("DEPARTED");
    const plannedDeparture = input.departureDay ?? input.startDay + rng.int(60, 150);
    const createdAt = officeTime(input.startDay);
    return kinds.map((kind) => {
      let status: PlanStepStatus;
      if (departed) {
        status = kind === "TRIAL_PERIOD" || kind === "TRAINING_IN_SWEDEN" ? rng.pick(["DONE", "NOT_APPLICABLE"] as const) : "DONE";
      } else if (input.stage === "PLANNING") {
        status = kind === "TRAVEL_BOOKING" || kind === "DEREGISTRATION" ? "NOT_STARTED" : rng.weighted([["DONE", 25], ["IN_PROGRESS", 35], ["NOT_STARTED", 40]] as const);
      } else if (stageIndex > CASE_PATH.indexOf("PLANNING")) {
        status =
          kind === "IDENTITY_DOCUMENTS"
            ? "DONE"
            : kind === "DEREGISTRATION" || kind === "RECEPTION_ON_ARRIVAL"
              ? "NOT_STARTED"
              : rng.weighted([["DONE", 45], ["IN_PROGRESS", 45], ["NOT_STARTED", 10]] as const);
      } else {
        status = "NOT_STARTED";
      }
      const dueDay = kind === "DEREGISTRATION" || kind === "TRAVEL_BOOKING" ? plannedDeparture - (kind === "TRAVEL_BOOKING" ? 14 : 0) : input.startDay + rng.int(14, Math.max(15, plannedDeparture - input.startDay));
      const updatedDay = status === "NOT_STARTED" ? input.startDay : Math.min(today, Math.max(input.startDay, departed ? plannedDeparture : input.startDay + rng.int(0, 30)));
      return {
        id: newId(),
        caseId: input.caseId,
        kind,
        status,
        dueOn: status === "NOT_APPLICABLE" ? null : dateOfDay(dueDay),
        note: "",
        createdAt,
        updatedAt: status === "NOT_STARTED" ? createdAt : officeTime(updatedDay),
      };
    });
  }

  function buildPlanSteps(input: { caseId: string; stage?: CaseStatus; startedOn?: DayLike; departedOn?: DayLike | null; age?: number; hasChildren?: boolean }): ReturnPlanStepRow[] {
    const stage = (input.stage === "CLOSED" || input.stage === undefined ? "PLANNING" : input.stage) as OpenStatus;
    return buildPlanStepsAt({
      caseId: input.caseId,
      stage,
      startDay: input.startedOn ? dayOf(input.startedOn) : today - 20,
      departureDay: input.departedOn ? dayOf(input.departedOn) : null,
      age: input.age ?? 40,
      hasChildren: input.hasChildren ?? false,
    });
  }

  function buildTaskAt(input: {
    caseId: string | null;
    assigneeId: string;
    title: string;
    createdDay: number;
    dueDay: number | null;
    status: TaskStatus;
    doneDay: number | null;
    waitingOn?: string | null;
    sessionId?: string | null;
  }): TaskRow {
    const createdAt = officeTime(Math.min(input.createdDay, today));
    const doneAt = input.status === "OPEN" || input.doneDay === null ? null : officeTime(Math.max(input.doneDay, input.createdDay));
    const finished = doneAt && doneAt.getTime() < createdAt.getTime() ? createdAt : doneAt;
    return {
      id: newId(),
      caseId: input.caseId,
      assigneeId: input.assigneeId,
      sessionId: input.sessionId ?? null,
      title: input.title,
      dueOn: input.dueDay === null ? null : dateOfDay(input.dueDay),
      waitingOn: input.waitingOn ?? null,
      status: input.status,
      doneAt: input.status === "DONE" ? finished : null,
      createdAt,
      updatedAt: finished ?? createdAt,
    };
  }

  function buildTask(input: { assigneeId: string; caseId?: string | null; title?: string; dueOn?: DayLike | null; status?: TaskStatus; overrides?: Partial<TaskRow> }): TaskRow {
    const status = input.status ?? "OPEN";
    const dueDay = input.dueOn === undefined ? today + rng.int(-5, 14) : input.dueOn === null ? null : dayOf(input.dueOn);
    const row = buildTaskAt({
      caseId: input.caseId ?? null,
      assigneeId: input.assigneeId,
      title: input.title ?? rng.pick(["Boka nytt samtal", "Begär kopia av pass", "Ring Migrationsverket om ärendet"]),
      createdDay: Math.min(today, (dueDay ?? today) - 7),
      dueDay,
      status,
      doneDay: status === "OPEN" ? null : today,
    });
    return { ...row, ...input.overrides };
  }

  /** Contacts at 1, 3 and 6 months after departure; done ones carry IOM's three scores (1–5). */
  function buildFollowUpsAt(input: { caseId: string; departureDay: number; firstDoneDay: number | null; closedDay: number | null }): FollowUpRow[] {
    const createdAt = officeTime(Math.min(today, input.departureDay));
    const score = (bonus: number) => Math.min(5, rng.weighted([[1, 1], [2, 2], [3, 4], [4, 4], [5, 2]] as const) + (rng.chance(bonus) ? 1 : 0));
    return [1, 3, 6].map((months) => {
      const dueDay = addMonths(input.departureDay, months);
      let completedDay: number | null = null;
      if (months === 1 && input.firstDoneDay !== null) {
        completedDay = input.firstDoneDay;
      } else if (months > 1 && input.firstDoneDay !== null) {
        const limit = input.closedDay ?? today - 2;
        const candidate = dueDay + rng.int(-3, 10);
        if (candidate <= limit && candidate > input.firstDoneDay && rng.chance(months === 3 ? 0.9 : 0.8)) completedDay = candidate;
      }
      const completedAt = completedDay === null ? null : officeTime(completedDay);
      const bonus = months === 6 ? 0.3 : months === 3 ? 0.15 : 0;
      return {
        id: newId(),
        caseId: input.caseId,
        monthsAfterReturn: months,
        dueOn: dateOfDay(dueDay),
        completedOn: completedDay === null ? null : dateOfDay(completedDay),
        economicScore: completedDay === null ? null : score(bonus),
        socialScore: completedDay === null ? null : score(bonus),
        psychosocialScore: completedDay === null ? null : score(bonus),
        notes: completedDay === null ? "" : rng.pick(FOLLOW_UP_NOTES),
        createdAt,
        updatedAt: completedAt ?? createdAt,
      };
    });
  }

  function buildFollowUps(input: { caseId: string; departedOn: DayLike; completedUpTo?: 0 | 1 | 3 | 6 }): FollowUpRow[] {
    const departureDay = dayOf(input.departedOn);
    const rows = buildFollowUpsAt({ caseId: input.caseId, departureDay, firstDoneDay: null, closedDay: null });
    const upTo = input.completedUpTo ?? 0;
    for (const row of rows) {
      if (row.monthsAfterReturn <= upTo) {
        row.completedOn = row.dueOn;
        row.economicScore = rng.int(1, 5);
        row.socialScore = rng.int(1, 5);
        row.psychosocialScore = rng.int(1, 5);
        row.updatedAt = officeTime(dayOf(row.dueOn));
      }
    }
    return rows;
  }

  function buildReferralAt(input: {
    caseId: string;
    organisationId: string;
    type: ReferralType;
    createdById: string | null;
    steps: Array<{ status: ReferralStatus; day: number }>;
    decision?: ReferralDecision | null;
    decisionAmountSek?: number | null;
    agencyReference?: string | null;
    eligibilityCheckId?: string | null;
    note?: string;
  }): { referral: ReferralRow; events: ReferralEventRow[] } {
    const referralId = newId();
    const events: ReferralEventRow[] = [];
    let from: ReferralStatus | null = null;
    let lastAt: Date | null = null;
    let sentDay: number | null = null;
    let decidedDay: number | null = null;
    for (const step of input.steps) {
      const day = Math.min(step.day, today);
      let at = officeTime(day);
      if (lastAt && at.getTime() <= lastAt.getTime()) at = new Date(lastAt.getTime() + 60_000);
      events.push({
        id: newId(),
        referralId,
        fromStatus: from,
        toStatus: step.status,
        occurredOn: dateOfDay(day),
        note: step.status === "DECIDED" ? (input.decision === "GRANTED" ? "Beviljat" : "Avslag") : "",
        byUserId: input.createdById,
        createdAt: at,
        updatedAt: at,
      });
      if (step.status === "SENT") sentDay = day;
      if (step.status === "DECIDED") decidedDay = day;
      from = step.status;
      lastAt = at;
    }
    const first = events[0];
    const last = events[events.length - 1];
    if (!first || !last) throw new RangeError("A referral needs at least one step");
    const consentDay = sentDay ?? (rng.chance(0.5) ? dayOf(first.occurredOn) : null);
    return {
      referral: {
        id: referralId,
        caseId: input.caseId,
        organisationId: input.organisationId,
        type: input.type,
        status: last.toStatus,
        statusSince: last.createdAt,
        consentGivenOn: consentDay === null ? null : dateOfDay(Math.min(consentDay, dayOf(first.occurredOn))),
        consentNote: consentDay === null ? null : "Skriftligt samtycke till att uppgifterna lämnas till mottagaren.",
        eligibilityCheckId: input.eligibilityCheckId ?? null,
        sentOn: sentDay === null ? null : dateOfDay(sentDay),
        decidedOn: decidedDay === null ? null : dateOfDay(decidedDay),
        decision: decidedDay === null ? null : (input.decision ?? null),
        decisionAmountSek: decidedDay === null ? null : (input.decisionAmountSek ?? null),
        agencyReference: input.agencyReference ?? null,
        note: input.note ?? "",
        version: events.length,
        createdById: input.createdById,
        createdAt: first.createdAt,
        updatedAt: last.createdAt,
      },
      events,
    };
  }

  /**
   * A referral walking `statuses` (default DRAFT → SENT), one event per step,
   * the steps a few days apart and ending by `endOn` (default today).
   */
  function buildReferral(input: {
    caseId: string;
    organisationId: string;
    type?: ReferralType;
    statuses?: ReferralStatus[];
    endOn?: DayLike;
    createdById?: string | null;
    decision?: ReferralDecision | null;
    decisionAmountSek?: number | null;
    eligibilityCheckId?: string | null;
  }): { referral: ReferralRow; events: ReferralEventRow[] } {
    const statuses = input.statuses ?? ["DRAFT", "SENT"];
    const end = input.endOn ? dayOf(input.endOn) : today;
    const steps = statuses.map((status, index) => ({ status, day: end - (statuses.length - 1 - index) * 5 }));
    const isDecided = statuses.includes("DECIDED");
    return buildReferralAt({
      caseId: input.caseId,
      organisationId: input.organisationId,
      type: input.type ?? "RETURN_GRANT_APPLICATION",
      createdById: input.createdById ?? null,
      steps,
      decision: input.decision ?? (isDecided ? "GRANTED" : null),
      decisionAmountSek: input.decisionAmountSek ?? (isDecided ? 40_000 : null),
      agencyReference: statuses.includes("RECEIVED") ? String(rng.int(10_000_000, 99_999_999)) : null,
      eligibilityCheckId: input.eligibilityCheckId ?? null,
    });
  }

  return {
    rng,
    newId,
    today: isoOfDay(today),
    /** No past event of these factories is later than this. */
    now,
    buildTeam,
    buildUser,
    buildOrganisations,
    planCase,
    expandCase,
    buildCase,
    buildHouseholdMember,
    buildCounsellingSession,
    buildPlanSteps,
    buildTask,
    buildFollowUps,
    buildReferral,
    buildEligibilityInput,
    /** A saved check for the input, priced by the engine (lib/eligibility). */
    buildEligibilityCheck(input: { caseId: string; input: EligibilityInput; createdById?: string | null }): EligibilityCheckRow {
      const result = checkEligibility(input.input);
      const at = pastTime(dayOf(input.input.applicationDate), 10);
      return {
        id: newId(),
        caseId: input.caseId,
        ruleSetId: result.ruleSet.id,
        applicationDate: dateOfDay(dayOf(input.input.applicationDate)),
        input: input.input as unknown as Prisma.InputJsonValue,
        result: result as unknown as Prisma.InputJsonValue,
        outcome: result.outcome,
        totalSek: result.totalSek,
        createdById: input.createdById ?? null,
        createdAt: at,
        updatedAt: at,
      };
    },
    /** Stockholm wall-clock time on a day, for tests that need "today at 10:30". */
    stockholmTime: (day: DayLike, hour: number, minute = 0) => stockholmTime(dayOf(day), hour, minute),
  };
}

function eligibilityInputFor(
  applicant: { birthDay: number; citizenships: string[]; permitGround: PermitGround | null; permitPermanent: boolean | null; permitGrantedDay: number | null },
  members: ReadonlyArray<{ person: { birthDay: number; citizenships: string[]; permitGround: PermitGround | null; permitPermanent: boolean | null; permitGrantedDay: number | null }; relation: HouseholdRelation; livesWithApplicant: boolean }>,
  context: Pick<EligibilityInput, "applicationDate" | "destination" | "registeredInSweden" | "travelCostSek"> & Partial<Pick<EligibilityInput, "canPayOwnTravel" | "hasDebtsToCsnOrKronofogden" | "hadGrantBefore">>,
): EligibilityInput {
  const permitOf = (person: { permitGround: PermitGround | null; permitPermanent: boolean | null; permitGrantedDay: number | null }) =>
    person.permitGround === null || person.permitGrantedDay === null
      ? null
      : { ground: person.permitGround, permanent: person.permitPermanent ?? false, grantedOn: isoOfDay(person.permitGrantedDay) };
  return {
    applicationDate: context.applicationDate,
    destination: context.destination,
    registeredInSweden: context.registeredInSweden,
    hasDebtsToCsnOrKronofogden: context.hasDebtsToCsnOrKronofogden ?? false,
    canPayOwnTravel: context.canPayOwnTravel ?? false,
    hadGrantBefore: context.hadGrantBefore ?? false,
    travelCostSek: context.travelCostSek,
    members: [
      { role: "APPLICANT", birthDate: isoOfDay(applicant.birthDay), citizenships: applicant.citizenships, permit: permitOf(applicant), livesWithApplicant: true },
      ...members.map(({ person, relation, livesWithApplicant }) => ({
        role: relation,
        birthDate: isoOfDay(person.birthDay),
        citizenships: person.citizenships,
        permit: permitOf(person),
        livesWithApplicant,
      })),
    ],
  };
}

/** The catalog's profile of a country of origin. */
export function countryByCode(code: string): CountryProfile {
  const country = COUNTRIES.find((candidate) => candidate.code === code);
  if (!country) throw new RangeError(`No country profile for "${code}"`);
  return country;
}

/**
 * The engine's input for a case as stored: the applicant from the case row, the
 * household from its members. Flags the database does not hold default to false.
 */
export function buildEligibilityInput(
  caseRow: Pick<CaseRow, "birthDate" | "citizenships" | "permitGround" | "permitPermanent" | "permitGrantedOn" | "isRegisteredInSweden" | "destinationCountry" | "destinationIsHomeCountry" | "countryOfOrigin">,
  members: ReadonlyArray<Pick<HouseholdMemberRow, "relation" | "birthDate" | "citizenships" | "permitGround" | "permitPermanent" | "permitGrantedOn" | "livesWithApplicant">>,
  context: { applicationDate: DayLike; travelCostSek?: number; canPayOwnTravel?: boolean; hasDebtsToCsnOrKronofogden?: boolean; hadGrantBefore?: boolean },
): EligibilityInput {
  const asPerson = (row: { birthDate: Date; citizenships: string[]; permitGround: PermitGround | null; permitPermanent: boolean | null; permitGrantedOn: Date | null }) => ({
    birthDay: dayOf(row.birthDate),
    citizenships: row.citizenships,
    permitGround: row.permitGround,
    permitPermanent: row.permitPermanent,
    permitGrantedDay: row.permitGrantedOn ? dayOf(row.permitGrantedOn) : null,
  });
  return eligibilityInputFor(
    asPerson(caseRow),
    members.map((member) => ({ person: asPerson(member), relation: member.relation, livesWithApplicant: member.livesWithApplicant })),
    {
      applicationDate: typeof context.applicationDate === "string" ? context.applicationDate.slice(0, 10) : isoOfDay(dayOf(context.applicationDate)),
      destination: {
        country: caseRow.destinationCountry ?? caseRow.countryOfOrigin ?? "ZZ",
        isHomeCountry: caseRow.destinationIsHomeCountry,
      },
      registeredInSweden: caseRow.isRegisteredInSweden,
      travelCostSek: context.travelCostSek ?? 8_000 * (1 + members.length),
      canPayOwnTravel: context.canPayOwnTravel,
      hasDebtsToCsnOrKronofogden: context.hasDebtsToCsnOrKronofogden,
      hadGrantBefore: context.hadGrantBefore,
    },
  );
}

// ───────────────────── The shared default instance ─────────────────────
// Tests that do not care about the seed use these. Case numbers start at a
// random high offset so that test files sharing a database do not collide.

function randomCaseSeqOffset(): number {
  const random = new Uint32Array(1);
  globalThis.crypto.getRandomValues(random);
  return 100_000 + ((random[0] ?? 0) % 800_000);
}

let shared = createFactories({ seed: 42, firstCaseSeq: randomCaseSeqOffset() });

/** Starts the shared instance afresh (e.g. in beforeEach, for a fixed seed or day). */
export function resetFactories(options: FactoryOptions = {}): Factories {
  shared = createFactories({ seed: 42, firstCaseSeq: randomCaseSeqOffset(), ...options });
  return shared;
}

export const buildTeam: Factories["buildTeam"] = (...args) => shared.buildTeam(...args);
export const buildUser: Factories["buildUser"] = (...args) => shared.buildUser(...args);
export const buildOrganisations: Factories["buildOrganisations"] = (...args) => shared.buildOrganisations(...args);
export const buildCase: Factories["buildCase"] = (...args) => shared.buildCase(...args);
export const buildHouseholdMember: Factories["buildHouseholdMember"] = (...args) => shared.buildHouseholdMember(...args);
export const buildCounsellingSession: Factories["buildCounsellingSession"] = (...args) => shared.buildCounsellingSession(...args);
export const buildPlanSteps: Factories["buildPlanSteps"] = (...args) => shared.buildPlanSteps(...args);
export const buildTask: Factories["buildTask"] = (...args) => shared.buildTask(...args);
export const buildFollowUps: Factories["buildFollowUps"] = (...args) => shared.buildFollowUps(...args);
export const buildReferral: Factories["buildReferral"] = (...args) => shared.buildReferral(...args);
export const buildEligibilityCheck: Factories["buildEligibilityCheck"] = (...args) => shared.buildEligibilityCheck(...args);

// ───────────────────────────── Writing ─────────────────────────────

/**
 * Writes case graphs with Prisma in one transaction, parents first, and raises
 * CaseNumberSequence to the highest number written. For a few cases in a test;
 * the seed uses its own bulk path.
 */
export async function insertCaseGraphs(prisma: PrismaClient, graphs: readonly CaseGraph[]): Promise<void> {
  const maxSeqByYear = new Map<number, number>();
  for (const { case: row } of graphs) maxSeqByYear.set(row.caseYear, Math.max(maxSeqByYear.get(row.caseYear) ?? 0, row.caseSeq));
  // A batch transaction: no interactive timeout to trip over on a busy machine.
  await prisma.$transaction([
    prisma.case.createMany({ data: graphs.map((graph) => graph.case) }),
    prisma.householdMember.createMany({ data: graphs.flatMap((graph) => graph.householdMembers) }),
    prisma.caseStatusChange.createMany({ data: graphs.flatMap((graph) => graph.statusChanges) }),
    prisma.counsellingSession.createMany({ data: graphs.flatMap((graph) => graph.sessions) }),
    prisma.returnPlanStep.createMany({ data: graphs.flatMap((graph) => graph.planSteps) }),
    prisma.eligibilityCheck.createMany({ data: graphs.flatMap((graph) => graph.eligibilityChecks) }),
    prisma.referral.createMany({ data: graphs.flatMap((graph) => graph.referrals) }),
    prisma.referralEvent.createMany({ data: graphs.flatMap((graph) => graph.referralEvents) }),
    prisma.task.createMany({ data: graphs.flatMap((graph) => graph.tasks) }),
    prisma.followUp.createMany({ data: graphs.flatMap((graph) => graph.followUps) }),
    ...[...maxSeqByYear].map(
      ([year, lastValue]) => prisma.$executeRaw`
        INSERT INTO "CaseNumberSequence" ("year", "lastValue", "createdAt", "updatedAt")
        VALUES (${year}, ${lastValue}, now(), now())
        ON CONFLICT ("year") DO UPDATE SET "lastValue" = GREATEST("CaseNumberSequence"."lastValue", EXCLUDED."lastValue"), "updatedAt" = now()`,
    ),
  ]);
}

/**
 * The office's organisations, created when missing (names are unique), so
 * that many test files can share a database. Returns their ids by key.
 */
export async function ensureOrganisations(prisma: PrismaClient): Promise<OrganisationIds> {
  const { rows } = shared.buildOrganisations();
  const ids = {} as OrganisationIds;
  for (const [index, seed] of ORGANISATIONS.entries()) {
    const row = rows[index] as OrganisationRow;
    const saved = await prisma.organisation.upsert({ where: { name: row.name }, create: row, update: {}, select: { id: true } });
    ids[seed.key] = saved.id;
  }
  return ids;
}

// The demo office: two teams, a demo login for every role and named advisers
// (more for benchmark-sized offices, about 400 cases each), and the plan of
// every case, in the proportions of statuses and outcomes an office like this
// one has. ./index.ts writes it.
import type { CaseOutcome, CaseStatus, Role } from "../generated/prisma/enums";
import { MY_DAY_SLOTS, MY_DAY_STATUSES } from "./batch";
import { DEMO_LOGINS, type DemoLogin } from "./demo-logins";
import type { CasePlan } from "./case-plan";
import type { Factories } from "./factories";
import type { TeamRow, UserRow } from "./rows";

export const MAIN_TEAM = "Återvandringskontoret";
export const SECOND_TEAM = "Rådgivning Söder";

export const DEFAULT_CASE_COUNT = 200;

/** The share of cases in each status (CLOSED split by outcome below). */
const STATUS_WEIGHTS: ReadonlyArray<readonly [CaseStatus, number]> = [
  ["INTAKE", 6],
  ["COUNSELLING", 14],
  ["PLANNING", 9],
  ["REFERRED", 5],
  ["AWAITING_DECISION", 6],
  ["DEPARTED", 4],
  ["FOLLOW_UP", 10],
  ["CLOSED", 46],
];

const OUTCOME_WEIGHTS: ReadonlyArray<readonly [CaseOutcome, number]> = [
  ["RETURNED", 9],
  ["DECIDED_TO_STAY", 4],
  ["REFERRED_ELSEWHERE", 3],
  ["NO_CONTACT", 2],
  ["OTHER", 1],
];

/** Splits n by weight (largest remainder), giving every category at least one when n allows. */
export function allocate<T>(n: number, weights: ReadonlyArray<readonly [T, number]>): Array<[T, number]> {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const exact = weights.map(([key, weight]) => [key, (n * weight) / total] as const);
  const counts = exact.map(([key, value]) => [key, Math.floor(value)] as [T, number]);
  let left = n - counts.reduce((sum, [, count]) => sum + count, 0);
  const byRemainder = exact.map(([, value], index) => [index, value - Math.floor(value)] as const).sort((a, b) => b[1] - a[1]);
  for (const [index] of byRemainder) {
    if (left <= 0) break;
    (counts[index] as [T, number])[1]++;
    left--;
  }
  if (n >= weights.length) {
    for (const entry of counts) {
      if (entry[1] > 0) continue;
      const largest = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
      largest[1]--;
      entry[1]++;
    }
  }
  return counts;
}

export type Staff = { teams: TeamRow[]; users: UserRow[]; advisers: Array<{ user: UserRow; weight: number }>; demoAdviser: UserRow; manager: UserRow };

const SWEDISH_FIRST = ["Anna", "Erik", "Lena", "Johan", "Karin", "Per", "Elin", "Anders", "Lina", "Mikael", "Emma", "Jonas", "Sofia", "Daniel", "Hanna", "Fredrik", "Nadia", "Omar", "Amira", "Dino"];
const SWEDISH_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindberg", "Holm", "Sjöberg", "Lund", "Hassan", "Begović"];

export function buildStaff(factories: Factories, caseCount: number, passwordHash: string): Staff {
  const mainTeam = factories.buildTeam({ name: MAIN_TEAM });
  const secondTeam = factories.buildTeam({ name: SECOND_TEAM });
  const user = (email: string, name: string, role: Role, teamId: string | null, extra: Partial<UserRow> = {}) =>
    factories.buildUser({ email, name, role, teamId, passwordHash, ...extra });

  const [adviserLogin, managerLogin, staffLogin, adminLogin] = DEMO_LOGINS as [DemoLogin, DemoLogin, DemoLogin, DemoLogin];
  const demoAdviser = user(adviserLogin.email, adviserLogin.name, "ADVISER", mainTeam.id);
  const manager = user(managerLogin.email, managerLogin.name, "MANAGER", mainTeam.id);
  const users: UserRow[] = [
    demoAdviser,
    manager,
    user(staffLogin.email, staffLogin.name, "STAFF", null),
    user(adminLogin.email, adminLogin.name, "ADMIN", null),
    user("karin.sjoberg@hemvag.test", "Karin Sjöberg", "MANAGER", secondTeam.id),
    user("per.strom@hemvag.test", "Per Ström", "ADVISER", mainTeam.id, { isActive: false }),
  ];
  const advisers: Staff["advisers"] = [{ user: demoAdviser, weight: 1 }];
  const named: Array<[string, string, TeamRow, Partial<UserRow>]> = [
    ["amina.hassan@hemvag.test", "Amina Hassan", mainTeam, {}],
    ["mikael.johansson@hemvag.test", "Mikael Johansson", mainTeam, {}],
    ["leila.karimi@hemvag.test", "Leila Karimi", mainTeam, {}],
    ["daniel.novak@hemvag.test", "Daniel Novak", mainTeam, { locale: "en" }],
    ["nadia.petrovic@hemvag.test", "Nadia Petrović", secondTeam, {}],
    ["oskar.lund@hemvag.test", "Oskar Lund", secondTeam, {}],
  ];
  for (const [email, name, team, extra] of named) {
    const adviser = user(email, name, "ADVISER", team.id, extra);
    users.push(adviser);
    advisers.push({ user: adviser, weight: 1 });
  }
  // Benchmark-sized offices get more advisers, about 400 cases each.
  const extraAdvisers = Math.max(0, Math.ceil(caseCount / 400) - advisers.length);
  for (let i = 0; i < extraAdvisers; i++) {
    const first = SWEDISH_FIRST[i % SWEDISH_FIRST.length] as string;
    const last = SWEDISH_LAST[Math.floor(i / SWEDISH_FIRST.length) % SWEDISH_LAST.length] as string;
    const slug = `${first}.${last}`.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    const adviser = user(`${slug}.${String(i + 1).padStart(3, "0")}@hemvag.test`, `${first} ${last}`, "ADVISER", i % 10 < 7 ? mainTeam.id : secondTeam.id);
    users.push(adviser);
    advisers.push({ user: adviser, weight: 1 });
  }
  return { teams: [mainTeam, secondTeam], users, advisers, demoAdviser, manager };
}

/** Plans every case, then numbers them per year in order of opening, as the office would have. */
export function planAll(factories: Factories, staff: Staff, caseCount: number): CasePlan[] {
  const statuses: Array<{ status: CaseStatus; outcome?: CaseOutcome }> = [];
  for (const [status, count] of allocate(caseCount, STATUS_WEIGHTS)) {
    if (status !== "CLOSED") {
      for (let i = 0; i < count; i++) statuses.push({ status });
      continue;
    }
    for (const [outcome, closed] of allocate(count, OUTCOME_WEIGHTS)) {
      for (let i = 0; i < closed; i++) statuses.push({ status, outcome });
    }
  }
  factories.rng.shuffle(statuses);
  const adviserWeights = staff.advisers.map(({ user, weight }) => [user, weight] as const);
  const plans = statuses.map(({ status, outcome }) => {
    const adviser = factories.rng.weighted(adviserWeights);
    return factories.planCase({ adviserId: adviser.id, teamId: adviser.teamId as string, status, outcome });
  });
  plans.sort((a, b) => (a.stageStarts[0] as number) - (b.stageStarts[0] as number));
  return plans;
}

/** The demo adviser's most recent open cases, which get today's appointments. */
export function pickMyDay(plans: readonly CasePlan[], demoAdviserId: string): Map<number, number> {
  const slots = new Map<number, number>();
  for (let i = plans.length - 1; i >= 0 && slots.size < MY_DAY_SLOTS; i--) {
    const plan = plans[i] as CasePlan;
    if (plan.adviserId === demoAdviserId && MY_DAY_STATUSES.includes(plan.status)) slots.set(i, slots.size);
  }
  return slots;
}

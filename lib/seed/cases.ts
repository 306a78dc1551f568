// A case as a graph: the case row and everything that hangs off it, expanded
// from its plan (./case-plan.ts) by the builders of each part, in a fixed
// order so that a seed and a day always give the same data. Dates are
// Europe/Stockholm calendar days; timestamps are office hours in Stockholm.
import type { CaseOutcome, CaseStatus } from "../generated/prisma/enums";
import { formatCaseNumber } from "../cases/case-number";
import { ADDRESSES, COUNTRIES } from "./catalog";
import type { BuildContext } from "./context";
import { planCase, stageStartOf, type BuildCaseOptions, type CasePlan, type OpenStatus } from "./case-plan";
import { buildFollowUpsAt, buildPlanStepsAt, tasksForCase } from "./casework";
import { sessionsForCase } from "./counselling";
import { dateOfDay, yearOfDay } from "./days";
import { checksForCase } from "./eligibility";
import { buildApplicant, buildHousehold, householdMemberRows, type Applicant } from "./households";
import { asciiSlug, genderOf } from "./people";
import { referralsForCase } from "./referrals";
import type { CaseGraph, CaseRow, CaseStatusChangeRow } from "./rows";

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

/** A planned case and everything that hangs off it, with `caseYear`/`caseSeq` when the caller numbers the cases. */
export function buildCase(ctx: BuildContext, input: BuildCaseOptions): CaseGraph {
  const plan = planCase(ctx, input);
  const graph = expandCase(ctx, plan, { caseYear: input.caseYear, caseSeq: input.caseSeq });
  if (input.overrides) Object.assign(graph.case, input.overrides);
  return graph;
}

export function expandCase(ctx: BuildContext, plan: CasePlan, numbering: { caseYear?: number; caseSeq?: number } = {}): CaseGraph {
  const { rng, newId, today, officeTime } = ctx;
  const caseId = newId();
  const { path, stageStarts, adviserId } = plan;
  const openedDay = stageStarts[0] as number;
  const lastOpenStage = path.filter((stage) => stage !== "CLOSED").pop() as OpenStatus;
  const isOpen = plan.status !== "CLOSED";
  const planningDay = stageStartOf(plan, "PLANNING");
  const checkDay = planningDay === null ? null : Math.min(today, planningDay + rng.int(0, 7));

  const applicant = buildApplicant(ctx, plan, checkDay);
  const household = buildHousehold(ctx, plan, applicant);
  const openedAt = officeTime(openedDay);
  const householdMembers = householdMemberRows(ctx, caseId, household, openedAt);
  const contact = contactDetailsFor(ctx, plan, applicant.age);

  const caseYear = numbering.caseYear ?? yearOfDay(openedDay);
  let caseSeq = numbering.caseSeq;
  if (caseSeq === undefined) {
    caseSeq = ctx.nextSeqByYear.get(caseYear) ?? ctx.firstCaseSeq;
    ctx.nextSeqByYear.set(caseYear, caseSeq + 1);
  }

  const statusChanges = statusHistoryFor(ctx, plan, caseId, openedAt, contact.destinationCountry);
  const endDay = isOpen ? today : (stageStarts[stageStarts.length - 1] as number);
  const hasSpouse = household.some((member) => member.relation === "SPOUSE");
  const spouse = hasSpouse ? (applicant.person.isMale ? "hustru" : "make") : null;
  const sessions = sessionsForCase(ctx, plan, { caseId, adviserId, interpreterLanguage: contact.interpreterLanguage, spouse }, endDay);
  const destination = { country: contact.destinationCountry, isHomeCountry: contact.destinationIsHomeCountry };
  const { eligibilityChecks, grantCheck } = checksForCase(ctx, { plan, caseId, applicant, household, destination, checkDay, lastOpenStage });
  const { referrals, referralEvents } = referralsForCase(ctx, { plan, caseId, lastOpenStage, grantCheck, destinationIsHomeCountry: contact.destinationIsHomeCountry });
  const hasChildren = household.some((member) => member.relation === "CHILD");
  const planSteps =
    planningDay === null ? [] : buildPlanStepsAt(ctx, { caseId, stage: lastOpenStage, startDay: planningDay, departureDay: plan.departureDay, age: applicant.age, hasChildren });
  const followUps =
    plan.departureDay === null
      ? []
      : buildFollowUpsAt(ctx, {
          caseId,
          departureDay: plan.departureDay,
          firstDoneDay: stageStartOf(plan, "FOLLOW_UP"),
          closedDay: isOpen ? null : (stageStarts[stageStarts.length - 1] as number),
        });
  const tasks = tasksForCase(ctx, { plan, caseId, sessions, followUps, endDay });

  const graph: Omit<CaseGraph, "case"> = { householdMembers, statusChanges, sessions, planSteps, eligibilityChecks, referrals, referralEvents, tasks, followUps };
  const caseRow = caseRowFor(ctx, { plan, caseId, caseYear, caseSeq, applicant, contact, openedAt, lastOpenStage, graph });
  return { case: caseRow, ...graph };
}

type ContactDetails = {
  languages: string[];
  interpreterLanguage: string | null;
  address: (typeof ADDRESSES)[number];
  destinationIsHomeCountry: boolean;
  destinationCountry: string;
};

/** Languages (Swedish for some), whether an interpreter is needed, an address, and where they mean to go. */
function contactDetailsFor(ctx: BuildContext, plan: CasePlan, age: number): ContactDetails {
  const { rng } = ctx;
  const { country, profile } = plan;
  const languages = [country.languages[0] as string];
  if (country.languages.length > 1 && rng.chance(0.25)) languages.push(country.languages[1] as string);
  const speaksSwedish = profile !== "REJECTED_ASYLUM" && profile !== "TEMPORARY_PROTECTION" && rng.chance(age > 60 ? 0.35 : 0.6);
  if (speaksSwedish) languages.push("sv");
  const interpreterLanguage = !speaksSwedish || rng.chance(0.15) ? (languages[0] as string) : null;
  const address = rng.pick(ADDRESSES);
  const destinationIsHomeCountry = rng.chance(0.9);
  const destinationCountry = destinationIsHomeCountry ? country.code : rng.pick(country.otherDestinations);
  return { languages, interpreterLanguage, address, destinationIsHomeCountry, destinationCountry };
}

/** One status change for each stage the case walked, with the reason an adviser would have written. */
function statusHistoryFor(ctx: BuildContext, plan: CasePlan, caseId: string, openedAt: Date, destinationCountry: string): CaseStatusChangeRow[] {
  const { rng, newId, officeTime } = ctx;
  const { path, stageStarts, adviserId } = plan;
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
  return statusChanges;
}

/** The last entry of any kind that has happened on the case. */
function lastEntryAt(graph: Omit<CaseGraph, "case">, lastChange: CaseStatusChangeRow, now: Date): Date {
  const nowTime = now.getTime();
  let lastEntry = lastChange.createdAt.getTime();
  const entries: Array<Date | null> = [];
  for (const session of graph.sessions) entries.push(session.startsAt.getTime() <= nowTime ? session.updatedAt : null);
  for (const event of graph.referralEvents) entries.push(event.createdAt);
  for (const task of graph.tasks) entries.push(task.doneAt ?? task.createdAt);
  for (const followUp of graph.followUps) entries.push(followUp.completedOn ? followUp.updatedAt : null);
  for (const check of graph.eligibilityChecks) entries.push(check.createdAt);
  for (const step of graph.planSteps) entries.push(step.updatedAt);
  for (const entry of entries) {
    const time = entry ? entry.getTime() : 0;
    if (time <= nowTime && time > lastEntry) lastEntry = time;
  }
  return new Date(lastEntry);
}

function caseRowFor(
  ctx: BuildContext,
  input: {
    plan: CasePlan;
    caseId: string;
    caseYear: number;
    caseSeq: number;
    applicant: Applicant;
    contact: ContactDetails;
    openedAt: Date;
    lastOpenStage: OpenStatus;
    graph: Omit<CaseGraph, "case">;
  },
): CaseRow {
  const { rng } = ctx;
  const { plan, caseId, caseYear, caseSeq, contact, openedAt, lastOpenStage, graph } = input;
  const { country, profile } = plan;
  const applicant = input.applicant.person;
  const { languages, interpreterLanguage, address, destinationCountry, destinationIsHomeCountry } = contact;
  const isOpen = plan.status !== "CLOSED";
  const lastChange = graph.statusChanges[graph.statusChanges.length - 1] as CaseStatusChangeRow;
  const lastEntry = lastEntryAt(graph, lastChange, ctx.now);
  return {
    id: caseId,
    caseNumber: formatCaseNumber(caseYear, caseSeq),
    caseYear,
    caseSeq,
    status: plan.status,
    statusSince: lastChange.createdAt,
    outcome: plan.outcome,
    adviserId: plan.adviserId,
    teamId: plan.teamId,
    firstName: applicant.firstName,
    lastName: applicant.lastName,
    birthDate: dateOfDay(applicant.birthDay),
    gender: genderOf(applicant),
    identityNumber: applicant.identityNumber,
    citizenships: applicant.citizenships,
    countryOfOrigin: country.code,
    languages,
    interpreterLanguage,
    // A number from the range PTS sets aside for use in fiction (070-174 06 05 … 99), in E.164.
    phone: rng.chance(0.92) ? `+46701740${rng.int(605, 699)}` : null,
    email: rng.chance(0.35) ? `${asciiSlug(applicant.firstName)}.${asciiSlug(applicant.lastName)}${rng.int(1, 99)}@example.com` : null,
    address: rng.chance(0.9) && profile !== "REJECTED_ASYLUM" ? `${address.street} ${rng.int(1, 80)}, ${address.postcode} ${address.area}` : null,
    isRegisteredInSweden: input.applicant.isRegisteredInSweden,
    permitGround: applicant.permitGround,
    permitPermanent: applicant.permitPermanent,
    permitGrantedOn: applicant.permitGrantedDay === null ? null : dateOfDay(applicant.permitGrantedDay),
    permitExpiresOn: applicant.permitExpiresDay === null ? null : dateOfDay(applicant.permitExpiresDay),
    asylumStatus: profile === "REJECTED_ASYLUM" ? (rng.chance(0.8) ? "REJECTED" : "WITHDRAWN") : "NONE",
    // Where to go is often still open at intake.
    destinationCountry: lastOpenStage === "INTAKE" && rng.chance(0.5) ? null : destinationCountry,
    destinationIsHomeCountry,
    version: graph.statusChanges.length + graph.planSteps.length,
    openedAt,
    closedAt: isOpen ? null : lastChange.createdAt,
    lastEntryAt: lastEntry,
    createdAt: openedAt,
    updatedAt: lastEntry,
  };
}

// Eligibility checks for test and demo cases, priced by the real engine
// (lib/eligibility): the checks an adviser would have saved while counselling
// and planning, the engine's input for a case as stored, and a single check.
import type { Prisma } from "../generated/prisma/client";
import type { HouseholdRelation, PermitGround } from "../generated/prisma/enums";
import { checkEligibility, type EligibilityInput, type EligibilityResult } from "../eligibility";
import type { BuildContext } from "./context";
import { stageStartOf, type CasePlan, type OpenStatus } from "./case-plan";
import { dateOfDay, dayOf, isoOfDay, type DayLike } from "./days";
import type { Applicant, HouseholdPerson } from "./households";
import type { Person } from "./people";
import type { CaseRow, EligibilityCheckRow, HouseholdMemberRow } from "./rows";

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

export type GrantCheck = { row: EligibilityCheckRow | null; result: EligibilityResult };

/**
 * The checks saved on a planned case: when planning began (`checkDay`), the
 * one that prices the grant; before that, sometimes one during counselling,
 * which is how an adviser finds out the grant does not apply.
 */
export function checksForCase(
  ctx: BuildContext,
  input: {
    plan: CasePlan;
    caseId: string;
    applicant: Applicant;
    household: readonly HouseholdPerson[];
    destination: EligibilityInput["destination"];
    checkDay: number | null;
    lastOpenStage: OpenStatus;
  },
): { eligibilityChecks: EligibilityCheckRow[]; grantCheck: GrantCheck | null } {
  const { rng, today, withEligibilityChecks } = ctx;
  const { plan, checkDay } = input;
  const destinationCountry = input.destination.country;
  const memberInputs = input.household.map(({ person, relation, livesWithApplicant }) => ({ person, relation, livesWithApplicant }));
  const perPersonTravel = destinationCountry === "BA" || destinationCountry === "RS" || destinationCountry === "XK" || destinationCountry === "HR" ? rng.int(25, 45) * 100 : rng.int(45, 120) * 100;
  const travelCostSek = perPersonTravel * (1 + memberInputs.length);
  const refusedAfterAssessment = plan.decision === "REFUSED";
  const eligibilityChecks: EligibilityCheckRow[] = [];
  let grantCheck: GrantCheck | null = null;
  const checkContext: CheckContext = {
    caseId: input.caseId,
    adviserId: plan.adviserId,
    applicant: input.applicant.person,
    members: memberInputs,
    destination: input.destination,
    registeredInSweden: input.applicant.isRegisteredInSweden,
    canPayOwnTravel: refusedAfterAssessment,
    travelCostSek,
    into: eligibilityChecks,
  };
  if (checkDay !== null) {
    // Without saved checks the engine is only needed to price a granted referral.
    if (withEligibilityChecks || plan.decision === "GRANTED") grantCheck = runEligibilityCheck(ctx, checkContext, checkDay);
  } else if (withEligibilityChecks && (plan.outcome === "REFERRED_ELSEWHERE" || (input.lastOpenStage === "COUNSELLING" && rng.chance(0.3)))) {
    const counsellingStart = stageStartOf(plan, "COUNSELLING") ?? (plan.stageStarts[0] as number);
    runEligibilityCheck(ctx, checkContext, Math.min(today, counsellingStart + rng.int(0, 10)));
  }
  return { eligibilityChecks, grantCheck };
}

function runEligibilityCheck(ctx: BuildContext, context: CheckContext, day: number): GrantCheck {
  const { newId, officeTime, withEligibilityChecks } = ctx;
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

/** A saved check for the input, priced by the engine. */
export function buildEligibilityCheck(ctx: BuildContext, input: { caseId: string; input: EligibilityInput; createdById?: string | null }): EligibilityCheckRow {
  const result = checkEligibility(input.input);
  const at = ctx.pastTime(dayOf(input.input.applicationDate), 10);
  return {
    id: ctx.newId(),
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

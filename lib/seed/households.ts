// The applicant and their household for a planned case: who lives with whom,
// children's ages that fit the parent's, and permits that follow the
// applicant's where the family came together. Also a single household member
// for tests that add one to a case.
import type { HouseholdRelation } from "../generated/prisma/enums";
import { COUNTRIES } from "./catalog";
import type { BuildContext } from "./context";
import type { CasePlan } from "./case-plan";
import { dateOfDay, dayOf, type DayLike } from "./days";
import {
  PERMIT_CUTOFF_DAY,
  buildPerson,
  childAgesInDays,
  citizenshipsFor,
  genderOf,
  identityKindFor,
  identityNumberFor,
  lastNameFor,
  memberPermitFor,
  permitFor,
  type Permit,
  type Person,
} from "./people";
import type { HouseholdMemberRow } from "./rows";

export type Applicant = { person: Person; age: number; isRegisteredInSweden: boolean; permit: Permit | null };

export type HouseholdPerson = { person: Person; relation: HouseholdRelation; livesWithApplicant: boolean };

/** The person the case is about; `checkDay` is when their eligibility is first checked, if ever. */
export function buildApplicant(ctx: BuildContext, plan: CasePlan, checkDay: number | null): Applicant {
  const { rng } = ctx;
  const { country, profile } = plan;
  const openedDay = plan.stageStarts[0] as number;
  const applicantIsMale = rng.chance(0.6);
  const age = rng.int(country.ageRange[0], country.ageRange[1]);
  const applicantBirthDay = openedDay - Math.floor(age * 365.25) - rng.int(0, 364);
  const applicantLastName = lastNameFor(ctx, country);
  const isRegisteredInSweden = profile === "REJECTED_ASYLUM" ? false : profile === "TEMPORARY_PROTECTION" ? rng.chance(0.4) : true;
  const citizenships = [country.code];
  if (profile === "SWEDISH_CITIZEN") citizenships.push("SE");
  else if (country.secondCitizenship && rng.chance(0.15)) citizenships.push(country.secondCitizenship);
  const applicantPermit =
    profile === "SWEDISH_CITIZEN" || profile === "REJECTED_ASYLUM" ? null : permitFor(ctx, profile, country, applicantBirthDay, openedDay, checkDay);
  const person = buildPerson(ctx, country, applicantBirthDay, applicantIsMale, applicantLastName, applicantPermit, citizenships, identityKindFor(ctx, profile, isRegisteredInSweden));
  return { person, age, isRegisteredInSweden, permit: applicantPermit };
}

/** Everyone besides the applicant: a spouse, children, or another relative, by a household shape that fits the applicant's age. */
export function buildHousehold(ctx: BuildContext, plan: CasePlan, applicant: Applicant): HouseholdPerson[] {
  const { rng } = ctx;
  const { country, profile } = plan;
  const openedDay = plan.stageStarts[0] as number;
  const { age, isRegisteredInSweden, permit: applicantPermit } = applicant;
  const { birthDay: applicantBirthDay, isMale: applicantIsMale, lastName: applicantLastName } = applicant.person;
  const memberPeople: HouseholdPerson[] = [];
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
        ctx,
        country,
        spouseBirth,
        !applicantIsMale,
        keepsOwnName ? lastNameFor(ctx, country) : applicantLastName,
        memberPermitFor(ctx, applicantPermit, profile, openedDay, spouseBirth, rng.chance(0.6)),
        citizenshipsFor(profile, country),
        identityKindFor(ctx, profile, isRegisteredInSweden),
      ),
      relation: "SPOUSE",
      livesWithApplicant: rng.chance(0.97),
    });
  }
  if (shape === "FAMILY" || shape === "SINGLE_PARENT") {
    const children = childAgesInDays(ctx, fixedSize !== undefined ? fixedSize - 1 : rng.int(1, 4), age);
    for (const childAgeDays of children) {
      let birthDay = openedDay - childAgeDays;
      // Children who would need a permit after the 2026 cutoff are left out of grant cases.
      if (profile === "GRANT") birthDay = Math.min(birthDay, PERMIT_CUTOFF_DAY - 120);
      const isMale = rng.chance(0.5);
      const familyName = applicantIsMale ? applicantLastName : lastNameFor(ctx, country);
      memberPeople.push({
        person: buildPerson(ctx, country, birthDay, isMale, familyName, memberPermitFor(ctx, applicantPermit, profile, openedDay, birthDay, true), citizenshipsFor(profile, country), identityKindFor(ctx, profile, isRegisteredInSweden)),
        relation: "CHILD",
        livesWithApplicant: true,
      });
    }
  }
  if (shape === "WITH_RELATIVE") {
    const birthDay = Math.min(applicantBirthDay + rng.int(-20 * 365, 25 * 365), openedDay - 18 * 365);
    memberPeople.push({
      person: buildPerson(ctx, country, birthDay, rng.chance(0.5), applicantLastName, memberPermitFor(ctx, applicantPermit, profile, openedDay, birthDay, false), citizenshipsFor(profile, country), identityKindFor(ctx, profile, isRegisteredInSweden)),
      relation: "OTHER",
      livesWithApplicant: rng.chance(0.8),
    });
  }
  return memberPeople;
}

/** The household's rows, written when the case was opened. */
export function householdMemberRows(ctx: BuildContext, caseId: string, household: readonly HouseholdPerson[], openedAt: Date): HouseholdMemberRow[] {
  return household.map(({ person, relation, livesWithApplicant }) => ({
    id: ctx.newId(),
    caseId,
    relation,
    firstName: person.firstName,
    lastName: person.lastName,
    birthDate: dateOfDay(person.birthDay),
    gender: genderOf(person),
    identityNumber: person.identityNumber,
    citizenships: person.citizenships,
    permitGround: person.permitGround,
    permitPermanent: person.permitPermanent,
    permitGrantedOn: person.permitGrantedDay === null ? null : dateOfDay(person.permitGrantedDay),
    permitExpiresOn: person.permitExpiresDay === null ? null : dateOfDay(person.permitExpiresDay),
    livesWithApplicant,
    createdAt: openedAt,
    updatedAt: openedAt,
  }));
}

export function buildHouseholdMember(ctx: BuildContext, input: {
  caseId: string;
  relation?: HouseholdRelation;
  country?: string;
  birthDate?: DayLike;
  overrides?: Partial<HouseholdMemberRow>;
}): HouseholdMemberRow {
  const { rng, newId, today, pastTime } = ctx;
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
    lastName: lastNameFor(ctx, country),
    birthDate: dateOfDay(birthDay),
    gender: genderOf({ isMale, birthDay }),
    identityNumber: identityNumberFor(ctx, birthDay, isMale),
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

// People for test and demo cases: names from the country's catalog, unique
// identity numbers that fit the birth date and sex, and residence permits that
// fit who the person is (./case-plan.ts's profiles) and when their case opened.
import type { Gender, PermitGround } from "../generated/prisma/enums";
import { makeIdentityNumber } from "../identity-number";
import { NON_QUALIFYING_GROUNDS, type CountryProfile } from "./catalog";
import type { BuildContext } from "./context";
import type { CaseProfile } from "./case-plan";
import { DAY_MS, addYears, dayOf, isoOfDay } from "./days";

export type Person = {
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

/**
 * A person's recorded gender: from the name's sex, and for about one person in
 * sixty "other or not stated". Taken from the birth day rather than a new draw
 * from the random source, so every other seeded value stays what it was.
 */
export function genderOf(person: { isMale: boolean; birthDay: number }): Gender {
  if (person.birthDay % 61 === 0) return "OTHER";
  return person.isMale ? "MAN" : "WOMAN";
}

/** A residence permit in day numbers. */
export type Permit = { ground: PermitGround; granted: number; permanent: boolean; expires: number | null };

export type IdentityKind = "PERSONNUMMER" | "SAMORDNINGSNUMMER" | "NONE";

/** Last day a permit may be granted on to count under the 2026 rules. */
export const PERMIT_CUTOFF_DAY = dayOf("2024-09-12");
const RULES_2026_DAY = dayOf("2026-01-01");
/** The EU's temporary protection for people from Ukraine, as last extended. */
const TEMPORARY_PROTECTION_ENDS = "2027-03-04";

/** Letters and digits only, without accents: for e-mail addresses made from names. */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

export function identityNumberFor(ctx: BuildContext, birthDay: number, isMale: boolean, coordination = false): string {
  const { rng, usedIdentityNumbers } = ctx;
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
}

export function lastNameFor(ctx: BuildContext, country: CountryProfile): string {
  const { rng } = ctx;
  return country.code === "CL" ? `${rng.pick(country.lastNames)} ${rng.pick(country.lastNames)}` : rng.pick(country.lastNames);
}

export function permitFor(ctx: BuildContext, profile: CaseProfile, country: CountryProfile, birthDay: number, openedDay: number, checkDay: number | null): Permit {
  const { rng, today } = ctx;
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

/** A family member's permit: the applicant's ground when they came together, else family ties. */
export function memberPermitFor(
  ctx: BuildContext,
  applicantPermit: Permit | null,
  profile: CaseProfile,
  openedDay: number,
  birthDay: number,
  inheritsGround: boolean,
): Permit | null {
  const { rng, today } = ctx;
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

export function buildPerson(
  ctx: BuildContext,
  country: CountryProfile,
  birthDay: number,
  isMale: boolean,
  lastName: string,
  permit: Permit | null,
  citizenships: string[],
  identity: IdentityKind,
): Person {
  const { rng } = ctx;
  return {
    firstName: rng.pick(isMale ? country.male : country.female),
    lastName,
    birthDay,
    isMale,
    identityNumber: identity === "NONE" ? null : identityNumberFor(ctx, birthDay, isMale, identity === "SAMORDNINGSNUMMER"),
    citizenships,
    permitGround: permit?.ground ?? null,
    permitPermanent: permit ? permit.permanent : null,
    permitGrantedDay: permit?.granted ?? null,
    permitExpiresDay: permit?.expires ?? null,
  };
}

export function identityKindFor(ctx: BuildContext, profile: CaseProfile, isRegisteredInSweden: boolean): IdentityKind {
  const { rng } = ctx;
  if (profile === "REJECTED_ASYLUM") return rng.chance(0.3) ? "SAMORDNINGSNUMMER" : "NONE";
  if (!isRegisteredInSweden) return rng.chance(0.7) ? "SAMORDNINGSNUMMER" : "NONE";
  return rng.chance(0.06) ? "NONE" : "PERSONNUMMER";
}

export function citizenshipsFor(profile: CaseProfile, country: CountryProfile): string[] {
  return profile === "SWEDISH_CITIZEN" ? [country.code, "SE"] : [country.code];
}

export function childAgesInDays(ctx: BuildContext, count: number, parentAge: number): number[] {
  const { rng } = ctx;
  const ages: number[] = [];
  const maxAgeDays = Math.max(400, Math.min(17 * 365, (parentAge - 18) * 365));
  for (let i = 0; i < count; i++) ages.push(rng.int(200, maxAgeDays));
  return ages.sort((a, b) => b - a);
}

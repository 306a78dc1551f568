// Builders for the engine's tests (not part of the public API). Defaults describe a
// household that qualifies under both rule sets, so each test changes only what it tests.
import fc from "fast-check";
import type { EligibilityInput, EligibilityResult, HouseholdMember, Permit, PermitGround } from "./types";
import { PERMIT_GROUNDS } from "./types";
import { formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from "./dates";

export const DATE_2025 = "2025-06-15";
export const DATE_2026 = "2026-02-01";

export function permit(overrides: Partial<Permit> = {}): Permit {
  return { ground: "REFUGEE", permanent: true, grantedOn: "2018-03-01", ...overrides };
}

export function member(overrides: Partial<HouseholdMember> = {}): HouseholdMember {
  return {
    role: "APPLICANT",
    birthDate: "1985-05-05",
    citizenships: ["SY"],
    permit: permit(),
    livesWithApplicant: true,
    ...overrides,
  };
}

export const spouse = (overrides: Partial<HouseholdMember> = {}) =>
  member({ role: "SPOUSE", birthDate: "1987-07-07", permit: permit({ ground: "FAMILY_TIES", grantedOn: "2019-01-10" }), ...overrides });

export const child = (overrides: Partial<HouseholdMember> = {}) =>
  member({ role: "CHILD", birthDate: "2015-04-04", permit: permit({ ground: "FAMILY_TIES", grantedOn: "2019-01-10" }), ...overrides });

export function household(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    applicationDate: DATE_2026,
    destination: { country: "SY", isHomeCountry: true },
    registeredInSweden: true,
    hasDebtsToCsnOrKronofogden: false,
    canPayOwnTravel: false,
    hadGrantBefore: false,
    travelCostSek: 15_000,
    members: [member()],
    ...overrides,
  };
}

export const codes = (reasons: { code: string }[]) => reasons.map((reason) => reason.code);

export function memberCodes(result: EligibilityResult, index: number): string[] {
  const found = result.members[index];
  if (!found) throw new Error(`no member ${index}`);
  return codes(found.reasons);
}

export function shiftYears(date: string, years: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(`not a date: ${date}`);
  return `${String(parsed.year + years).padStart(4, "0")}-${date.slice(5)}`;
}

// Arbitraries for property tests.

const dayNumber = (date: string) => {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new Error(`not a date: ${date}`);
  return toDayNumber(parsed);
};

export const dateBetween = (from: string, to: string) =>
  fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map((n) => formatIsoDate(fromDayNumber(n)));

const QUALIFYING_GROUNDS: PermitGround[] = [
  "REFUGEE",
  "SUBSIDIARY_PROTECTION",
  "QUOTA_REFUGEE",
  "EXCEPTIONALLY_DISTRESSING",
  "UPPER_SECONDARY_SCHOOL_LAW",
  "TEMPORARY_LAW_2016",
];

const mostlyFalse = fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const mostlyTrue = mostlyFalse.map((value) => !value);

const permitArbitrary = (preferred: PermitGround[]) =>
  fc.record({
    ground: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...preferred) },
      { weight: 1, arbitrary: fc.constantFrom(...PERMIT_GROUNDS) },
    ),
    permanent: mostlyTrue,
    grantedOn: fc.oneof(
      { weight: 4, arbitrary: dateBetween("2012-01-01", "2024-09-12") },
      { weight: 1, arbitrary: fc.constantFrom("2024-09-12", "2024-09-13", "2025-03-01") },
    ),
  });

const citizenshipsArbitrary: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 6, arbitrary: fc.subarray(["SY", "AF", "IQ", "SO", "ER"], { minLength: 1 }) },
  { weight: 1, arbitrary: fc.subarray(["SY", "SE"], { minLength: 1 }) },
  { weight: 1, arbitrary: fc.constant<string[]>([]) },
);

// 29 February has no counterpart 18 years earlier; the day before stands in.
const eighteenYearsBefore = (date: string) => {
  const shifted = shiftYears(date, -18);
  return parseIsoDate(shifted) ? shifted : shifted.replace(/-02-29$/, "-02-28");
};

const birthDateArbitrary = (applicationDate: string) =>
  fc.oneof(
    { weight: 6, arbitrary: dateBetween("1945-01-01", applicationDate) },
    // Around the 18th birthday, where child and adult amounts switch.
    {
      weight: 2,
      arbitrary: fc
        .integer({ min: -2, max: 2 })
        .map((offset) => formatIsoDate(fromDayNumber(dayNumber(eighteenYearsBefore(applicationDate)) + offset))),
    },
  );

const memberArbitrary = (applicationDate: string, role: HouseholdMember["role"]) =>
  fc.record({
    role: fc.constant(role),
    birthDate: birthDateArbitrary(applicationDate),
    citizenships: citizenshipsArbitrary,
    permit: fc.oneof(
      { weight: 8, arbitrary: permitArbitrary(role === "APPLICANT" ? QUALIFYING_GROUNDS : ["FAMILY_TIES", "REFUGEE"]) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    livesWithApplicant: mostlyTrue,
  });

/** Households of 1..10 people with exactly one applicant, under either rule set. */
export const householdArbitrary: fc.Arbitrary<EligibilityInput> = fc
  .oneof(
    { weight: 6, arbitrary: dateBetween("2024-01-01", "2027-12-31") },
    { weight: 1, arbitrary: fc.constantFrom("2025-12-31", "2026-01-01") },
  )
  .chain((applicationDate) =>
    fc.record({
      applicationDate: fc.constant(applicationDate),
      destination: fc.record({
        country: fc.constantFrom("SY", "AF", "IQ", "TR", "DE", "NO", "CH", "GB"),
        isHomeCountry: mostlyTrue,
      }),
      registeredInSweden: mostlyTrue,
      hasDebtsToCsnOrKronofogden: mostlyFalse,
      canPayOwnTravel: mostlyFalse,
      hadGrantBefore: mostlyFalse,
      travelCostSek: fc.oneof(
        fc.integer({ min: 0, max: 300_000 }),
        fc.double({ min: 0, max: 300_000, noNaN: true }),
      ),
      members: fc
        .tuple(
          memberArbitrary(applicationDate, "APPLICANT"),
          fc.array(
            fc.constantFrom("SPOUSE", "CHILD", "CHILD", "CHILD", "OTHER" as const).chain((role) => memberArbitrary(applicationDate, role)),
            { maxLength: 9 },
          ),
        )
        .map(([applicant, others]) => [applicant, ...others]),
    }),
  );

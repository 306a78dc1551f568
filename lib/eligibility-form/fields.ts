import type { EligibilityResult } from "@/lib/eligibility";
import type { FormState } from "@/lib/form-state";

// The eligibility form as plain HTML fields, so it works before JavaScript loads: flat,
// dotted names ("members.0.birthDate") that to-input.ts turns into the engine's input and
// drafts.ts into what the form shows. Pure and browser-safe.
//
// Conventions the form and its parsers share:
// - A checkbox sends "true" when ticked and nothing when not, so a missing yes/no is "no".
// - An empty text field is missing, so the schema says "required" rather than "invalid".
// - Permit ground "" means "no permit"; the permit's other fields are then ignored.
// - Member rows may arrive with gaps in their numbers (a row removed without JavaScript
//   renumbering the rest); they are taken in order and issues point back at the original row.

export const FORM_FIELDS = {
  applicationDate: "applicationDate",
  destinationCountry: "destination.country",
  destinationIsHomeCountry: "destination.isHomeCountry",
  registeredInSweden: "registeredInSweden",
  hasDebtsToCsnOrKronofogden: "hasDebtsToCsnOrKronofogden",
  canPayOwnTravel: "canPayOwnTravel",
  hadGrantBefore: "hadGrantBefore",
  travelCostSek: "travelCostSek",
  /** Errors about the household as a whole (no person, no or several applicants). */
  members: "members",
  /** Errors that belong to no single field. */
  form: "_form",
} as const;

export const MEMBER_FIELDS = [
  "role",
  "birthDate",
  "citizenships",
  "permit.ground",
  "permit.permanent",
  "permit.grantedOn",
  "livesWithApplicant",
  /** Display only (a first name in a case); never parsed into the engine's input. */
  "label",
] as const;

export type MemberFieldName = (typeof MEMBER_FIELDS)[number];

export function memberField(index: number, name: MemberFieldName): string {
  return `members.${index}.${name}`;
}

/** What a form row holds before parsing: text as typed, ticks as booleans. */
export type MemberDraft = {
  role: string;
  birthDate: string;
  citizenships: string;
  permitGround: string;
  permitPermanent: boolean;
  permitGrantedOn: string;
  livesWithApplicant: boolean;
  label: string;
};

/** The field each part of a row is posted as. */
export const MEMBER_DRAFT_FIELDS = {
  role: "role",
  birthDate: "birthDate",
  citizenships: "citizenships",
  permitGround: "permit.ground",
  permitPermanent: "permit.permanent",
  permitGrantedOn: "permit.grantedOn",
  livesWithApplicant: "livesWithApplicant",
  label: "label",
} as const satisfies Record<keyof MemberDraft, MemberFieldName>;

/** The facts about the application and the journey, as the form holds them. */
export type CaseFactsDraft = {
  applicationDate: string;
  destinationCountry: string;
  destinationIsHomeCountry: boolean;
  registeredInSweden: boolean;
  hasDebtsToCsnOrKronofogden: boolean;
  canPayOwnTravel: boolean;
  hadGrantBefore: boolean;
  travelCostSek: string;
};

export type EligibilityDraft = CaseFactsDraft & { members: MemberDraft[] };

/** The household's circumstances, each a yes or no, in the order the form asks them. */
export const CIRCUMSTANCES = [
  "registeredInSweden",
  "hasDebtsToCsnOrKronofogden",
  "canPayOwnTravel",
  "hadGrantBefore",
] as const satisfies readonly (keyof CaseFactsDraft)[];

export type FormEntries = Iterable<[string, FormDataEntryValue]> | Record<string, string>;

/** What the eligibility forms' actions return: FormState plus the results to show. */
export type EligibilityFormState = FormState & {
  /** One result, or one per rule set when the application date is near a change of rules. */
  results?: EligibilityResult[];
  /** The first day of the other rules when a change is near, for a notice. */
  ruleChangeOn?: string;
};

export const INITIAL_ELIGIBILITY_FORM_STATE: EligibilityFormState = { status: "idle" };

// ───────────────────────── Reading posted values ─────────────────────────

/** "members.<row>.<field>": the row number and the field. */
export const MEMBER_NAME = /^members\.(\d{1,3})\.(.+)$/;
const TRUE_VALUES = new Set(["true", "on", "yes", "1"]);
const FALSE_VALUES = new Set(["false", "off", "no", "0", ""]);

export function toMap(entries: FormEntries): Map<string, string> {
  const map = new Map<string, string>();
  const pairs: Iterable<[string, unknown]> =
    Symbol.iterator in entries ? (entries as Iterable<[string, unknown]>) : Object.entries(entries);
  for (const [name, value] of pairs) {
    // Files and React's own action fields ("$ACTION_…") are not part of the input.
    if (typeof value === "string" && !name.startsWith("$")) map.set(name, value);
  }
  return map;
}

/** A tick box: absent is "no"; anything unrecognised is passed on for the schema to refuse. */
export function yesNo(value: string | undefined): boolean | string {
  if (value === undefined) return false;
  const normalised = value.trim().toLowerCase();
  if (TRUE_VALUES.has(normalised)) return true;
  if (FALSE_VALUES.has(normalised)) return false;
  return value;
}

/** The row numbers present in the form, in order. */
export function memberIndexes(map: Map<string, string>): number[] {
  const indexes = new Set<number>();
  for (const name of map.keys()) {
    const match = MEMBER_NAME.exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

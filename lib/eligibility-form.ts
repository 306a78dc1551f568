import {
  checkEligibility,
  checkEligibilityWithRuleSet,
  ruleSetsNear,
  type EligibilityInput,
  type EligibilityResult,
  type MemberRole,
} from "@/lib/eligibility";
import {
  MAX_MEMBERS,
  parseEligibilityInput,
  type EligibilityErrorKey,
  type EligibilityIssue,
} from "@/lib/schemas/eligibility";

// The eligibility form as plain HTML fields, so it works before JavaScript loads: flat,
// dotted names ("members.0.birthDate") that this module turns into the schema's shape,
// and zod's issue paths turned back into those names. Pure and browser-safe.
//
// Conventions the form and this parser share:
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

export type EligibilityDraft = {
  applicationDate: string;
  destinationCountry: string;
  destinationIsHomeCountry: boolean;
  registeredInSweden: boolean;
  hasDebtsToCsnOrKronofogden: boolean;
  canPayOwnTravel: boolean;
  hadGrantBefore: boolean;
  travelCostSek: string;
  members: MemberDraft[];
};

export type FormEntries = Iterable<[string, FormDataEntryValue]> | Record<string, string>;

export type EligibilityFormResult =
  | { success: true; data: EligibilityInput }
  | {
      success: false;
      /** Form field name → error keys (ELIGIBILITY_ERROR_MESSAGES), first problem first. */
      fieldErrors: Record<string, EligibilityErrorKey[]>;
      issues: EligibilityIssue[];
    };

const MEMBER_NAME = /^members\.(\d{1,3})\.(.+)$/;
const TRUE_VALUES = new Set(["true", "on", "yes", "1"]);
const FALSE_VALUES = new Set(["false", "off", "no", "0", ""]);

function toMap(entries: FormEntries): Map<string, string> {
  const map = new Map<string, string>();
  const pairs: Iterable<[string, unknown]> =
    Symbol.iterator in entries ? (entries as Iterable<[string, unknown]>) : Object.entries(entries);
  for (const [name, value] of pairs) {
    // Files and React's own action fields ("$ACTION_…") are not part of the input.
    if (typeof value === "string" && !name.startsWith("$")) map.set(name, value);
  }
  return map;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A tick box: absent is "no"; anything unrecognised is passed on for the schema to refuse. */
function yesNo(value: string | undefined): boolean | string {
  if (value === undefined) return false;
  const normalised = value.trim().toLowerCase();
  if (TRUE_VALUES.has(normalised)) return true;
  if (FALSE_VALUES.has(normalised)) return false;
  return value;
}

/** "12 000", "12000", "12000,50"; anything else is passed on for the schema to refuse. */
function amount(value: string | undefined): number | string | undefined {
  const compact = value?.replace(/[\s\u00a0\u202f]/g, "");
  if (!compact) return undefined;
  const dotted = compact.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(dotted) ? Number(dotted) : compact;
}

function countryCode(value: string | undefined): string | undefined {
  return text(value)?.toUpperCase();
}

/** "sy, iq" or "SY IQ" → ["SY", "IQ"]; an empty field is no citizenship (stateless). */
export function splitCountryCodes(value: string | undefined): string[] {
  const codes = (value ?? "")
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  return [...new Set(codes)];
}

/** The row numbers present in the form, in order. */
function memberIndexes(map: Map<string, string>): number[] {
  const indexes = new Set<number>();
  for (const name of map.keys()) {
    const match = MEMBER_NAME.exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

/**
 * The form's fields in the schema's shape, not yet validated. `rows[i]` is the form row
 * number of member i, for pointing issues back at the right fields.
 */
export function formToEligibilityInput(entries: FormEntries): { input: Record<string, unknown>; rows: number[] } {
  const map = toMap(entries);
  const rows = memberIndexes(map);
  const members = rows.map((row) => {
    const field = (name: MemberFieldName) => map.get(memberField(row, name));
    const role = text(field("role"));
    const ground = text(field("permit.ground"));
    return {
      role,
      birthDate: text(field("birthDate")),
      citizenships: splitCountryCodes(field("citizenships")),
      permit: ground
        ? { ground, permanent: yesNo(field("permit.permanent")), grantedOn: text(field("permit.grantedOn")) }
        : null,
      // The engine ignores it for the applicant, who lives with themselves.
      livesWithApplicant: role === "APPLICANT" ? true : yesNo(field("livesWithApplicant")),
    };
  });
  const input = {
    applicationDate: text(map.get(FORM_FIELDS.applicationDate)),
    destination: {
      country: countryCode(map.get(FORM_FIELDS.destinationCountry)),
      isHomeCountry: yesNo(map.get(FORM_FIELDS.destinationIsHomeCountry)),
    },
    registeredInSweden: yesNo(map.get(FORM_FIELDS.registeredInSweden)),
    hasDebtsToCsnOrKronofogden: yesNo(map.get(FORM_FIELDS.hasDebtsToCsnOrKronofogden)),
    canPayOwnTravel: yesNo(map.get(FORM_FIELDS.canPayOwnTravel)),
    hadGrantBefore: yesNo(map.get(FORM_FIELDS.hadGrantBefore)),
    travelCostSek: amount(map.get(FORM_FIELDS.travelCostSek)),
    members,
  };
  return { input, rows };
}

/** The form field an issue belongs to, e.g. ["members", 0, "permit"] → "members.3.permit.ground". */
export function fieldForIssuePath(path: readonly (string | number)[], rows: readonly number[] = []): string {
  const [head, index, name, detail] = path;
  if (head === undefined) return FORM_FIELDS.form;
  if (head === "destination") return name === undefined && index === undefined ? FORM_FIELDS.destinationCountry : `destination.${String(index)}`;
  if (head !== "members") return String(head);
  if (index === undefined) return FORM_FIELDS.members;
  const row = typeof index === "number" ? (rows[index] ?? index) : Number(index);
  if (name === undefined) return memberField(row, "role");
  if (name === "permit") return memberField(row, detail === undefined ? "permit.ground" : (`permit.${String(detail)}` as MemberFieldName));
  // A bad citizenship code belongs to the one field that holds them all.
  if (name === "citizenships") return memberField(row, "citizenships");
  return `members.${row}.${String(name)}`;
}

/** Parses the form into the engine's input, or lists every problem by form field. */
export function parseEligibilityForm(entries: FormEntries, language: "sv" | "en"): EligibilityFormResult {
  const { input, rows } = formToEligibilityInput(entries);
  const parsed = parseEligibilityInput(input, language);
  if (parsed.success) return parsed;
  const fieldErrors: Record<string, EligibilityErrorKey[]> = {};
  for (const issue of parsed.issues) {
    const field = fieldForIssuePath(issue.path, rows);
    const list = (fieldErrors[field] ??= []);
    if (!list.includes(issue.key)) list.push(issue.key);
  }
  return { success: false, fieldErrors, issues: parsed.issues };
}

// ───────────────────────── Drafts: what the form shows ─────────────────────────

export function emptyMember(role: MemberRole = "APPLICANT"): MemberDraft {
  return {
    role,
    birthDate: "",
    citizenships: "",
    permitGround: "",
    permitPermanent: false,
    permitGrantedOn: "",
    livesWithApplicant: true,
    label: "",
  };
}

/** Field values (as the form would post them) for an input, e.g. one pre-filled from a case. */
export function eligibilityInputToFormValues(input: EligibilityInput, labels: readonly (string | null)[] = []): Record<string, string> {
  const values: Record<string, string> = {
    [FORM_FIELDS.applicationDate]: input.applicationDate,
    [FORM_FIELDS.destinationCountry]: input.destination.country,
    [FORM_FIELDS.travelCostSek]: String(input.travelCostSek),
  };
  const tick = (name: string, value: boolean) => {
    if (value) values[name] = "true";
  };
  tick(FORM_FIELDS.destinationIsHomeCountry, input.destination.isHomeCountry);
  tick(FORM_FIELDS.registeredInSweden, input.registeredInSweden);
  tick(FORM_FIELDS.hasDebtsToCsnOrKronofogden, input.hasDebtsToCsnOrKronofogden);
  tick(FORM_FIELDS.canPayOwnTravel, input.canPayOwnTravel);
  tick(FORM_FIELDS.hadGrantBefore, input.hadGrantBefore);
  input.members.forEach((member, index) => {
    values[memberField(index, "role")] = member.role;
    values[memberField(index, "birthDate")] = member.birthDate;
    values[memberField(index, "citizenships")] = member.citizenships.join(", ");
    values[memberField(index, "permit.ground")] = member.permit?.ground ?? "";
    if (member.permit) {
      values[memberField(index, "permit.grantedOn")] = member.permit.grantedOn;
      tick(memberField(index, "permit.permanent"), member.permit.permanent);
    }
    tick(memberField(index, "livesWithApplicant"), member.livesWithApplicant);
    const label = labels[index];
    if (label) values[memberField(index, "label")] = label;
  });
  return values;
}

/** The form's rows and fields from posted (or pre-filled) values, gaps in row numbers closed. */
export function draftFromFormValues(values: Record<string, string>): EligibilityDraft {
  const map = toMap(values);
  const tick = (name: string) => yesNo(map.get(name)) === true;
  const members = memberIndexes(map).map((row): MemberDraft => {
    const field = (name: MemberFieldName) => map.get(memberField(row, name)) ?? "";
    return {
      role: field("role"),
      birthDate: field("birthDate"),
      citizenships: field("citizenships"),
      permitGround: field("permit.ground"),
      permitPermanent: tick(memberField(row, "permit.permanent")),
      permitGrantedOn: field("permit.grantedOn"),
      livesWithApplicant: tick(memberField(row, "livesWithApplicant")),
      label: field("label"),
    };
  });
  return {
    applicationDate: map.get(FORM_FIELDS.applicationDate) ?? "",
    destinationCountry: map.get(FORM_FIELDS.destinationCountry) ?? "",
    destinationIsHomeCountry: tick(FORM_FIELDS.destinationIsHomeCountry),
    registeredInSweden: tick(FORM_FIELDS.registeredInSweden),
    hasDebtsToCsnOrKronofogden: tick(FORM_FIELDS.hasDebtsToCsnOrKronofogden),
    canPayOwnTravel: tick(FORM_FIELDS.canPayOwnTravel),
    hadGrantBefore: tick(FORM_FIELDS.hadGrantBefore),
    travelCostSek: map.get(FORM_FIELDS.travelCostSek) ?? "",
    members: members.length > 0 ? members : [emptyMember()],
  };
}

/**
 * Errors keyed by the row numbers the form posted, re-keyed to the rows as the form shows
 * them again (gaps closed), so each message lands on the field it is about.
 */
export function renumberFieldErrors<T>(errors: Record<string, T>, values: Record<string, string>): Record<string, T> {
  const rows = memberIndexes(toMap(values));
  const position = new Map(rows.map((row, index) => [row, index]));
  const renumbered: Record<string, T> = {};
  for (const [name, value] of Object.entries(errors)) {
    const match = MEMBER_NAME.exec(name);
    const index = match ? position.get(Number(match[1])) : undefined;
    renumbered[match && index !== undefined ? `members.${index}.${match[2]}` : name] = value;
  }
  return renumbered;
}

// ───────────────────── Adding and removing rows without JavaScript ─────────────────────

/** Pressed buttons post `intent`: "calculate", "save", "addMember" or "removeMember:<row>". */
export const INTENTS = { calculate: "calculate", save: "save", addMember: "addMember", removeMember: "removeMember" } as const;

/** The form stops offering rows where the schema stops accepting people. */
export const MAX_FORM_ROWS = MAX_MEMBERS;

export function removeMemberIntent(row: number): string {
  return `${INTENTS.removeMember}:${row}`;
}

/** Values with their member rows renumbered 0, 1, 2… in order. */
function withRows(values: Record<string, string>, rows: Record<string, string>[]): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (!MEMBER_NAME.test(name)) next[name] = value;
  rows.forEach((row, index) => {
    for (const [field, value] of Object.entries(row)) next[`members.${index}.${field}`] = value;
  });
  return next;
}

/** Each posted row as [row number, its fields], in order. */
function rowsOf(values: Record<string, string>): [number, Record<string, string>][] {
  const byRow = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(values)) {
    const match = MEMBER_NAME.exec(name);
    if (!match) continue;
    const row = Number(match[1]);
    const fields = byRow.get(row) ?? {};
    fields[match[2] as string] = value;
    byRow.set(row, fields);
  }
  return [...byRow.entries()].sort(([a], [b]) => a - b);
}

/**
 * The values after an "add" or "remove" button pressed before JavaScript loaded, or null
 * when the intent is not about rows. A new row is a child living with the applicant, or
 * the applicant when there is none yet; the last row cannot be removed.
 */
export function applyRowIntent(intent: unknown, values: Record<string, string>): Record<string, string> | null {
  if (typeof intent !== "string") return null;
  const numbered = rowsOf(values);
  const rows = numbered.map(([, fields]) => fields);
  if (intent === INTENTS.addMember) {
    const hasApplicant = rows.some((row) => row.role === "APPLICANT");
    if (rows.length >= MAX_FORM_ROWS) return withRows(values, rows);
    return withRows(values, [...rows, { role: hasApplicant ? "CHILD" : "APPLICANT", livesWithApplicant: "true" }]);
  }
  if (intent.startsWith(`${INTENTS.removeMember}:`)) {
    const row = Number(intent.slice(INTENTS.removeMember.length + 1));
    if (rows.length <= 1) return withRows(values, rows);
    return withRows(values, numbered.filter(([number]) => number !== row).map(([, fields]) => fields));
  }
  return null;
}

/** What the eligibility forms' actions return: FormState plus the results to show. */
export type EligibilityFormState = {
  status: "idle" | "error" | "success";
  /** Form field name → error keys of ELIGIBILITY_ERROR_MESSAGES. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** A message key in the "eligibility.form" namespace. */
  formError?: string;
  values?: Record<string, string>;
  /** One result, or one per rule set when the application date is near a change of rules. */
  results?: EligibilityResult[];
  /** The first day of the other rules when a change is near, for a notice. */
  ruleChangeOn?: string;
};

export const INITIAL_ELIGIBILITY_FORM_STATE: EligibilityFormState = { status: "idle" };

// ───────────────────────── Results near a change of rules ─────────────────────────

/** How close to a change of rules an application date must be for a side-by-side view. */
export const RULE_CHANGE_WINDOW_DAYS = 60;

/**
 * The household judged by the rules in force on its date and, when another rule set is in
 * force within `days` of it, by each of those too (oldest first), with the day the later
 * rules start. One result and no date when no change is near.
 */
export function resultsNearRuleChange(
  input: EligibilityInput,
  days: number = RULE_CHANGE_WINDOW_DAYS,
): { results: EligibilityResult[]; ruleChangeOn: string | null } {
  const near = ruleSetsNear(input.applicationDate, days);
  if (near.length < 2) return { results: [checkEligibility(input)], ruleChangeOn: null };
  // Each later set starts a change; show the one nearest the date.
  const at = Date.parse(input.applicationDate);
  const distance = (from: string) => Math.abs(Date.parse(from) - at);
  const changes = near.slice(1).map((ruleSet) => ruleSet.validFrom);
  const ruleChangeOn = changes.reduce((nearest, from) => (distance(from) < distance(nearest) ? from : nearest));
  return { results: near.map((ruleSet) => checkEligibilityWithRuleSet(input, ruleSet)), ruleChangeOn };
}

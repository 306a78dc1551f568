import type { EligibilityInput } from "@/lib/eligibility";
import { parseEligibilityInput, type EligibilityErrorKey, type EligibilityIssue } from "@/lib/schemas/eligibility";
import { FORM_FIELDS, memberField, memberIndexes, toMap, yesNo, type FormEntries, type MemberFieldName } from "./fields";

// From the posted fields to the engine's input (lib/eligibility), and zod's issue paths
// back to the fields they are about. The schema (lib/schemas/eligibility.ts) judges; this
// module only reshapes, passing anything it cannot read on for the schema to refuse.

export type EligibilityFormResult =
  | { success: true; data: EligibilityInput }
  | {
      success: false;
      /** Form field name → error keys (ELIGIBILITY_ERROR_MESSAGES), first problem first. */
      fieldErrors: Record<string, EligibilityErrorKey[]>;
      issues: EligibilityIssue[];
    };

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
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

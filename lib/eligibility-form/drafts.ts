import type { EligibilityInput, MemberRole } from "@/lib/eligibility";
import { FORM_FIELDS, MEMBER_NAME, memberField, memberIndexes, toMap, yesNo, type EligibilityDraft, type MemberDraft, type MemberFieldName } from "./fields";

// From the engine's input (or posted values) to what the form shows: field values to
// pre-fill, and the draft the form edits. The reverse of to-input.ts; round-trips unchanged.

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

import "server-only";
import { dbDateOrNull, isoOfDbDateOrNull } from "@/lib/dates";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findCaseInScope, WRITE_SCOPE } from "@/lib/data/casework-scope";
import { recordDenial } from "@/lib/data/denials";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { type CaseForm, type HouseholdMemberForm } from "@/lib/schemas/case";
import { CASE_FORM_FIELDS } from "@/lib/schemas/form-constants";

// What the case modules (cases, intake, household) share: the case's and a
// household member's fields between database rows and the form schemas, the
// version bump every write to a case makes, and the redaction of personal
// values in their audit rows.

export type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

/**
 * The audit trail is read by managers and administrators, who must not get
 * the person's data through it: writes record which fields changed, and
 * whether they were set or cleared, never the values.
 */
export function redactPersonal(changes: Record<string, [unknown, unknown]>): Record<string, [unknown, unknown]> {
  const mark = (value: unknown) => (value === null || value === undefined || value === "" ? null : "[redacted]");
  return Object.fromEntries(Object.entries(changes).map(([field, [before, after]]) => [field, [mark(before), mark(after)]]));
}

// ───────────────────────────── Mapping ─────────────────────────────

/**
 * The fields a case's person and a household member both have, in the two
 * selects' order: who they are, and their residence permit (the form schemas
 * share them the same way, as `identityFields` and `permitFields`).
 */
const IDENTITY_SELECT = {
  firstName: true,
  lastName: true,
  birthDate: true,
  gender: true,
  identityNumber: true,
  citizenships: true,
} as const;

const PERMIT_SELECT = {
  permitGround: true,
  permitPermanent: true,
  permitGrantedOn: true,
  permitExpiresOn: true,
} as const;

export const CASE_FIELDS_SELECT = {
  ...IDENTITY_SELECT,
  countryOfOrigin: true,
  languages: true,
  interpreterLanguage: true,
  phone: true,
  email: true,
  address: true,
  isRegisteredInSweden: true,
  ...PERMIT_SELECT,
  asylumStatus: true,
  destinationCountry: true,
  destinationIsHomeCountry: true,
} as const satisfies Prisma.CaseSelect;

type CaseFieldsRow = Prisma.CaseGetPayload<{ select: typeof CASE_FIELDS_SELECT }>;

/** The dates a case's person and a household member both have: `@db.Date` in the database, "YYYY-MM-DD" in the form. */
type PersonDates<D> = { birthDate: D; permitGrantedOn: D | null; permitExpiresOn: D | null };

function datesForForm(row: PersonDates<Date>) {
  return { birthDate: isoOfDbDateOrNull(row.birthDate)!, permitGrantedOn: isoOfDbDateOrNull(row.permitGrantedOn), permitExpiresOn: isoOfDbDateOrNull(row.permitExpiresOn) };
}

function datesForDb(fields: PersonDates<string>) {
  return { birthDate: dbDateOrNull(fields.birthDate)!, permitGrantedOn: dbDateOrNull(fields.permitGrantedOn), permitExpiresOn: dbDateOrNull(fields.permitExpiresOn) };
}

/** A stored case's editable fields in the form schema's shape (dates as "YYYY-MM-DD"). */
export function toCaseFields(row: CaseFieldsRow): CaseForm {
  return { ...row, ...datesForForm(row) };
}

export function toCaseData(fields: CaseForm) {
  const data: Record<string, unknown> = {};
  for (const key of CASE_FORM_FIELDS) data[key] = fields[key];
  return { ...(data as CaseForm), ...datesForDb(fields) };
}

export const MEMBER_SELECT = {
  id: true,
  relation: true,
  ...IDENTITY_SELECT,
  ...PERMIT_SELECT,
  livesWithApplicant: true,
} as const satisfies Prisma.HouseholdMemberSelect;

type MemberRow = Prisma.HouseholdMemberGetPayload<{ select: typeof MEMBER_SELECT }>;

export function toMemberFields(row: MemberRow) {
  return { ...row, ...datesForForm(row) };
}
export type HouseholdMemberFields = ReturnType<typeof toMemberFields>;

export type MemberInput = Omit<HouseholdMemberForm, "caseVersion">;

/** A member form's fields without the case version it carries for the conflict check. */
export function withoutCaseVersion({ caseVersion: _ignored, ...fields }: HouseholdMemberForm): MemberInput {
  void _ignored;
  return fields;
}

export function toMemberData(input: HouseholdMemberForm) {
  const fields = withoutCaseVersion(input);
  return { ...fields, ...datesForDb(fields) };
}

/** Every write to a case bumps its version, so an open edit form notices. */
export async function bumpVersion(tx: Tx, caseId: string, expectedVersion: number): Promise<boolean> {
  const { count } = await tx.case.updateMany({
    where: { id: caseId, version: expectedVersion },
    data: { version: { increment: 1 }, lastEntryAt: new Date() },
  });
  return count === 1;
}

/** The case a write works on, within the user's scope without emergency grants: null when it is not theirs to change. */
export async function findCaseForWrite(tx: Tx | ReturnType<typeof getDb>, user: SignedInUser, caseId: string) {
  const found = await findCaseInScope(tx, user, caseId, { select: { id: true, version: true, status: true, teamId: true, adviserId: true }, ...WRITE_SCOPE });
  if (!found) await recordDenial(user, { action: "write.refused", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
  return found;
}

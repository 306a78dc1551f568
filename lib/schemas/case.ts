import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { urlDate, urlText } from "@/lib/schemas/url-values";
import { decodeCursor } from "@/lib/cases/case-search";
import { isCountryCode } from "@/lib/countries";
import { officeToday } from "@/lib/dates";
import { ATTENTION_FILTERS } from "@/lib/statistics/caseload";
import { formatIdentityNumber, parseIdentityNumber } from "@/lib/identity-number";
import { isLanguageCode } from "@/lib/languages";
import { dateField } from "@/lib/schemas/date-field";
import { formatPhone, parsePhone } from "@/lib/phone";
import { ASYLUM_STATUSES } from "@/lib/vocabularies/asylum-statuses";
import { CASE_OUTCOMES, CASE_STATUSES } from "@/lib/vocabularies/case-statuses";
import { HOUSEHOLD_RELATIONS } from "@/lib/vocabularies/household-relations";
import { GENDER_NOT_STATED, GENDERS } from "@/lib/vocabularies/genders";
import { PERMIT_GROUNDS, PERMIT_KINDS } from "@/lib/vocabularies/permit-grounds";
import { ADDRESS_MAX, MULTI_FIELD_COUNT, REASON_MAX } from "@/lib/schemas/form-constants";

// One schema per form, shared by the form and its server action. Inputs are
// FormData strings; outputs are what the data layer stores. Messages are keys
// under "cases.errors".

export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
/** Earlier dates are typing errors, not people. */
export const EARLIEST_DATE = "1900-01-01";

/** Letters of any script, with the marks some scripts need, spaces, hyphens, apostrophes and dots. */
const NAME_CHARACTERS = /^[\p{L}\p{M}](?:[\p{L}\p{M} '’.-]*[\p{L}\p{M}.])?$/u;
/** Control characters and angle brackets have no place in an address. */
const ADDRESS_FORBIDDEN = /[<>\p{Cc}]/u;

/** A missing field (an unchecked box, a field the form did not send) reads as empty. */
const input = safeString()
  .optional()
  .transform((value) => (value ?? "").trim());

function personName(requiredKey: string) {
  return input.pipe(
    safeString()
      .min(1, { message: requiredKey, abort: true })
      .max(NAME_MAX, { message: "nameTooLong", abort: true })
      .regex(NAME_CHARACTERS, "nameCharacters")
      // Collapse runs of spaces so the same name is stored the same way.
      .transform((value) => value.replace(/\s+/g, " ")),
  );
}

type DateRule = { required?: string; notFuture?: boolean };

/** A typed date (lib/schemas/date-field), not before 1900 and (by default) not after today in Stockholm. */
function isoDate({ required, notFuture = true }: DateRule) {
  return dateField({ required, notFuture, earliest: EARLIEST_DATE });
}

const optionalDate = (rule: DateRule = {}) => isoDate(rule).transform((value) => value || null);

function optionalCode(check: (value: string) => boolean, message: string) {
  return input.transform((value) => value.toUpperCase()).refine((value): boolean => value === "" || check(value), message).transform((value) => value || null);
}

const country = optionalCode(isCountryCode, "countryInvalid");
const language = input.refine((value): boolean => value === "" || isLanguageCode(value), "languageInvalid").transform((value) => value || null);

function optionalEnum<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return input
    .refine((value) => value === "" || (values as readonly string[]).includes(value), message)
    .transform((value) => (value || null) as T[number] | null);
}

/** Checkboxes send "on" (or a value) when ticked and nothing otherwise. */
/** Woman, man, or other/not stated; an empty choice is "not stated". */
const gender = input.transform((value) => value || GENDER_NOT_STATED).pipe(z.enum(GENDERS, { error: "genderInvalid" }));

const checkbox = safeString()
  .optional()
  .transform((value) => value !== undefined && value !== "" && value !== "false");

const identityNumber = input.transform((value, ctx) => {
  if (!value) return null;
  const parsed = parseIdentityNumber(value, officeToday());
  if (parsed.ok) return parsed.normalized;
  ctx.addIssue({ code: "custom", message: `identityNumber${parsed.error[0]!.toUpperCase()}${parsed.error.slice(1)}` });
  return z.NEVER;
});

const phone = input.transform((value, ctx) => {
  if (!value) return null;
  // Any Swedish or international way of writing it; the stored form is E.164 (lib/phone).
  const e164 = parsePhone(value);
  if (e164) return e164;
  ctx.addIssue({ code: "custom", message: "phoneFormat" });
  return z.NEVER;
});

const email = input.pipe(
  z.union([z.literal(""), safeString().toLowerCase().max(EMAIL_MAX, "emailInvalid").pipe(z.email("emailInvalid"))]).transform((value) => value || null),
);

const address = input.pipe(
  safeString()
    .max(ADDRESS_MAX, "addressTooLong")
    .refine((value) => !ADDRESS_FORBIDDEN.test(value), "addressCharacters")
    .transform((value) => value || null),
);

/** Keeps the given codes in order, without blanks and repeats. */
function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}

/** The permit fields, shared by the person and their household members. */
const permitFields = {
  permitGround: optionalEnum(PERMIT_GROUNDS, "permitGroundInvalid"),
  permitKind: optionalEnum(PERMIT_KINDS, "permitKindInvalid"),
  permitGrantedOn: optionalDate(),
  // An expiry date lies ahead as often as behind: it may be in the future.
  permitExpiresOn: optionalDate({ notFuture: false }),
};

type PermitInput = {
  permitGround: (typeof PERMIT_GROUNDS)[number] | null;
  permitKind: (typeof PERMIT_KINDS)[number] | null;
  permitGrantedOn: string | null;
  permitExpiresOn: string | null;
};

function checkPermit(value: PermitInput, ctx: z.RefinementCtx) {
  const hasDetails = value.permitKind || value.permitGrantedOn || value.permitExpiresOn;
  if (!value.permitGround && hasDetails) ctx.addIssue({ code: "custom", path: ["permitGround"], message: "permitGroundRequired" });
  if (value.permitGround && !value.permitKind) ctx.addIssue({ code: "custom", path: ["permitKind"], message: "permitKindRequired" });
  if (value.permitExpiresOn && value.permitKind === "PERMANENT")
    ctx.addIssue({ code: "custom", path: ["permitExpiresOn"], message: "permitExpiryOnlyTemporary" });
  if (value.permitGrantedOn && value.permitExpiresOn && value.permitExpiresOn < value.permitGrantedOn)
    ctx.addIssue({ code: "custom", path: ["permitExpiresOn"], message: "permitExpiryBeforeGranted" });
}

function checkIdentityMatchesBirthDate(value: { identityNumber: string | null; birthDate: string }, ctx: z.RefinementCtx) {
  if (!value.identityNumber || !value.birthDate) return;
  const parsed = parseIdentityNumber(value.identityNumber, officeToday());
  if (parsed.ok && parsed.birthDate !== value.birthDate)
    ctx.addIssue({ code: "custom", path: ["identityNumber"], message: "identityNumberBirthDateMismatch" });
}

function permitOutput<T extends PermitInput>({ permitKind, ...rest }: T) {
  return { ...rest, permitPermanent: permitKind === null ? null : permitKind === "PERMANENT" };
}

// ───────────────────────────── The person ─────────────────────────────

/** Who a person is: the case's main person and each household member alike. */
const identityFields = {
  firstName: personName("firstNameRequired"),
  lastName: personName("lastNameRequired"),
  birthDate: isoDate({ required: "birthDateRequired" }),
  gender,
  identityNumber,
  citizenship1: country,
  citizenship2: country,
  citizenship3: country,
};

const personFields = {
  ...identityFields,
  countryOfOrigin: country,
  language1: language,
  language2: language,
  language3: language,
  interpreterLanguage: language,
  phone,
  email,
  address,
  isRegisteredInSweden: checkbox,
  ...permitFields,
  asylumStatus: input.transform((value) => value || "NONE").pipe(z.enum(ASYLUM_STATUSES, { error: "asylumStatusInvalid" })),
  destinationCountry: country,
  destinationIsHomeCountry: checkbox,
};

const CaseFieldsSchema = z.object(personFields).superRefine((value, ctx) => {
  checkIdentityMatchesBirthDate(value, ctx);
  checkPermit(value, ctx);
});

function caseOutput({ citizenship1, citizenship2, citizenship3, language1, language2, language3, ...rest }: z.output<typeof CaseFieldsSchema>) {
  return {
    ...permitOutput(rest),
    citizenships: distinct([citizenship1, citizenship2, citizenship3]),
    languages: distinct([language1, language2, language3]),
  };
}

/** The intake form: the person, their permit and destination. */
export const CaseFormSchema = CaseFieldsSchema.transform(caseOutput);
export type CaseForm = z.output<typeof CaseFormSchema>;

const version = input.pipe(safeString().regex(/^[1-9]\d{0,8}$/, "versionInvalid").transform(Number));

/** The edit form: the same fields and the version the user started from. */
export const CaseEditFormSchema = z
  .object({ ...personFields, version })
  .superRefine((value, ctx) => {
    checkIdentityMatchesBirthDate(value, ctx);
    checkPermit(value, ctx);
  })
  .transform(({ version: v, ...rest }) => ({ ...caseOutput(rest), version: v }));
export type CaseEditForm = z.output<typeof CaseEditFormSchema>;

// A case's person and a household member are entered with the same identity
// and permit fields (identityFields, permitFields), so a stored one goes back
// into them the same way.

/** Who the person is, as the identity fields hold it (the identity number formatted as typed). */
function identityFormValues(person: Pick<CaseForm, "firstName" | "lastName" | "birthDate" | "gender" | "identityNumber">) {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    birthDate: person.birthDate,
    gender: person.gender,
    identityNumber: person.identityNumber ? formatIdentityNumber(person.identityNumber) : "",
  };
}

/** The residence permit as the permit fields hold it: the ground, permanent or temporary, and its dates. */
function permitFormValues(person: Pick<CaseForm, "permitGround" | "permitPermanent" | "permitGrantedOn" | "permitExpiresOn">) {
  return {
    permitGround: person.permitGround ?? "",
    permitKind: person.permitPermanent === null ? "" : person.permitPermanent ? "PERMANENT" : "TEMPORARY",
    permitGrantedOn: person.permitGrantedOn ?? "",
    permitExpiresOn: person.permitExpiresOn ?? "",
  };
}

/** A stored case (dates as "YYYY-MM-DD") as the strings its form fields hold. */
export function caseToFormValues(fields: CaseForm): Record<string, string> {
  const values: Record<string, string> = {
    ...identityFormValues(fields),
    countryOfOrigin: fields.countryOfOrigin ?? "",
    interpreterLanguage: fields.interpreterLanguage ?? "",
    phone: fields.phone ? formatPhone(fields.phone) : "",
    email: fields.email ?? "",
    address: fields.address ?? "",
    isRegisteredInSweden: fields.isRegisteredInSweden ? "on" : "",
    ...permitFormValues(fields),
    asylumStatus: fields.asylumStatus,
    destinationCountry: fields.destinationCountry ?? "",
    destinationIsHomeCountry: fields.destinationIsHomeCountry ? "on" : "",
  };
  for (let i = 0; i < MULTI_FIELD_COUNT; i++) {
    values[`citizenship${i + 1}`] = fields.citizenships[i] ?? "";
    values[`language${i + 1}`] = fields.languages[i] ?? "";
  }
  return values;
}

// ─────────────────────────── Duplicate search ───────────────────────────

/** The search before intake: an identity number, or a name with a birth date. */
export const DuplicateSearchSchema = z
  .object({
    firstName: personName("firstNameRequired"),
    lastName: personName("lastNameRequired"),
    birthDate: isoDate({ required: "birthDateRequired" }),
    identityNumber,
  })
  .superRefine(checkIdentityMatchesBirthDate);
export type DuplicateSearch = z.output<typeof DuplicateSearchSchema>;

// ─────────────────────────── Household members ───────────────────────────

export const HouseholdMemberFormSchema = z
  .object({
    relation: input.pipe(z.enum(HOUSEHOLD_RELATIONS, { error: "relationRequired" })),
    ...identityFields,
    ...permitFields,
    livesWithApplicant: checkbox,
    caseVersion: version,
  })
  .superRefine((value, ctx) => {
    checkIdentityMatchesBirthDate(value, ctx);
    checkPermit(value, ctx);
  })
  .transform(({ citizenship1, citizenship2, citizenship3, ...rest }) => ({
    ...permitOutput(rest),
    citizenships: distinct([citizenship1, citizenship2, citizenship3]),
  }));
export type HouseholdMemberForm = z.output<typeof HouseholdMemberFormSchema>;

/** A stored household member (dates as "YYYY-MM-DD") as the strings its form fields hold. */
export function memberToFormValues(member: Omit<HouseholdMemberForm, "caseVersion">): Record<string, string> {
  const values: Record<string, string> = {
    relation: member.relation,
    ...identityFormValues(member),
    ...permitFormValues(member),
    livesWithApplicant: member.livesWithApplicant ? "on" : "",
  };
  for (let i = 0; i < MULTI_FIELD_COUNT; i++) values[`citizenship${i + 1}`] = member.citizenships[i] ?? "";
  return values;
}

/** Removing a member: only the case version, so a stale page cannot remove blindly. */
export const CaseVersionSchema = z.object({ caseVersion: version });

// ───────────────────────────── Status change ─────────────────────────────

export const StatusChangeFormSchema = z
  .object({
    toStatus: input.pipe(z.enum(CASE_STATUSES, { error: "statusRequired" })),
    effectiveOn: isoDate({ required: "effectiveOnRequired" }),
    reason: input.pipe(safeString().min(1, "reasonRequired").max(REASON_MAX, "reasonTooLong")),
    outcome: optionalEnum(CASE_OUTCOMES, "outcomeInvalid"),
    version,
  })
  .superRefine((value, ctx) => {
    if (value.toStatus === "CLOSED" && !value.outcome) ctx.addIssue({ code: "custom", path: ["outcome"], message: "outcomeRequired" });
    if (value.toStatus !== "CLOSED" && value.outcome) ctx.addIssue({ code: "custom", path: ["outcome"], message: "outcomeOnlyOnClose" });
  });
export type StatusChangeForm = z.output<typeof StatusChangeFormSchema>;

/** Undoing the last status change: a new change back, with its own reason. */
export const UndoStatusFormSchema = z.object({
  reason: input.pipe(safeString().min(1, "reasonRequired").max(REASON_MAX, "reasonTooLong")),
  version,
});
export type UndoStatusForm = z.output<typeof UndoStatusFormSchema>;

// ────────────────────────────── Reassignment ──────────────────────────────

export const ReassignFormSchema = z.object({
  adviserId: input.pipe(safeString().min(1, "adviserRequired").max(40, "adviserRequired")),
  version,
});
export type ReassignForm = z.output<typeof ReassignFormSchema>;

// ────────────────────────────── The case list ──────────────────────────────

export const CASE_SORTS = ["updated", "number", "name", "relevance"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export const STATUS_FILTERS = ["open", "all", ...CASE_STATUSES] as const;
export const CASE_LIST_DATED = ["opened", "departed", "closed"] as const;
export const NO_COUNTRY = "none";

/**
 * The case list's view, read from the URL so it can be bookmarked and works
 * without JavaScript. A bad value is dropped, never an error page.
 */
export const CaseListFilterSchema = z.object({
  q: urlText(100),
  status: z.enum(STATUS_FILTERS).catch("open").default("open"),
  adviser: urlText(40),
  team: urlText(40),
  /** A country code, or "none" for cases without a destination (a bar of the dashboard's returns by country). */
  country: urlText(4).transform((value) => (value === NO_COUNTRY ? value : value && isCountryCode(value.toUpperCase()) ? value.toUpperCase() : undefined)),
  from: urlDate,
  to: urlDate,
  /** Which event from–to dates: the opening (default), or the standing departure or closing, as the dashboard's figures date them. */
  dated: z.enum(CASE_LIST_DATED).optional().catch(undefined),
  /** With dated=closed, the closing's outcome. */
  outcome: z.enum(CASE_OUTCOMES).optional().catch(undefined),
  /** What needs the manager (lib/statistics/caseload.ts): cases with late journal drafts, or without activity. */
  needs: z.enum(ATTENTION_FILTERS).optional().catch(undefined),
  overdue: safeString()
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
  sort: z.enum(CASE_SORTS).optional().catch(undefined),
  after: urlText(400).transform((value) => (value && decodeCursor(value) ? value : undefined)),
});
export type CaseListFilter = z.output<typeof CaseListFilterSchema>;

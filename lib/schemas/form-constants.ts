// What a form needs to know of its schema without loading zod (and the phone
// library) into the browser: lengths, counts and the small fixed lists. The
// schemas in lib/schemas/* take their limits from here; client components
// import these and never a schema module.
import type { CaseForm } from "@/lib/schemas/case";

export const MERGE_REASON_MAX = 1000;

/** How many citizenship and language fields the forms show. */
export const MULTI_FIELD_COUNT = 3;

/** The fields a case form edits, in the order forms and comparisons show them. */
export const CASE_FORM_FIELDS = [
  "firstName",
  "lastName",
  "birthDate",
  "gender",
  "identityNumber",
  "citizenships",
  "countryOfOrigin",
  "languages",
  "interpreterLanguage",
  "phone",
  "email",
  "address",
  "isRegisteredInSweden",
  "permitGround",
  "permitPermanent",
  "permitGrantedOn",
  "permitExpiresOn",
  "asylumStatus",
  "destinationCountry",
  "destinationIsHomeCountry",
] as const satisfies readonly (keyof CaseForm)[];

/** The form fields behind each stored field, for showing a conflict field by field. */
export const FORM_FIELDS_OF: Record<(typeof CASE_FORM_FIELDS)[number], string[]> = {
  firstName: ["firstName"],
  lastName: ["lastName"],
  birthDate: ["birthDate"],
  gender: ["gender"],
  identityNumber: ["identityNumber"],
  citizenships: ["citizenship1", "citizenship2", "citizenship3"],
  countryOfOrigin: ["countryOfOrigin"],
  languages: ["language1", "language2", "language3"],
  interpreterLanguage: ["interpreterLanguage"],
  phone: ["phone"],
  email: ["email"],
  address: ["address"],
  isRegisteredInSweden: ["isRegisteredInSweden"],
  permitGround: ["permitGround"],
  permitPermanent: ["permitKind"],
  permitGrantedOn: ["permitGrantedOn"],
  permitExpiresOn: ["permitExpiresOn"],
  asylumStatus: ["asylumStatus"],
  destinationCountry: ["destinationCountry"],
  destinationIsHomeCountry: ["destinationIsHomeCountry"],
};

export const REASON_MAX = 1000;

export const ADDRESS_MAX = 300;

export const BODY_MAX = 20_000;

export const TITLE_MAX = 200;

export const TASK_TITLE_MAX = 200;

export const DOCUMENT_DESCRIPTION_MAX = 500;

export const CORRECTION_REASON_MAX = 500;

/** A manager's sign-off of an emergency grant (issue 12 M1): the verdict and why. */
export const EMERGENCY_VERDICTS = ["JUSTIFIED", "NOT_JUSTIFIED"] as const;

export const FOLLOW_UP_NOTES_MAX = 10_000;

/** IOM's Reintegration Sustainability Survey: three dimensions, each scored 1 (very poor) to 5 (very good). */
export const REINTEGRATION_DIMENSIONS = ["economic", "social", "psychosocial"] as const;

export const SCORES = [1, 2, 3, 4, 5] as const;

export const SLUG_MAX = 80;

export const SOURCES_MAX = 4_000;

export const JOURNAL_KINDS = ["CASE_NOTE", "SESSION_NOTE", "FOLLOW_UP_NOTE"] as const;

export const JOURNAL_TEXT_MAX = 10_000;

export const CONTACT_ROUTES_MAX = 4000;

export const ORGANISATION_NAME_MAX = 200;

export const PLAN_NOTE_MAX = 2000;

export const AGENCY_REFERENCE_MAX = 100;

export const CONSENT_NOTE_MAX = 500;

export const EVENT_NOTE_MAX = 1000;

export const REFERRAL_NOTE_MAX = 2000;

export const DECISION_CORRECTION_REASON_MAX = 1000;

export const TRANSFER_REASON_MAX = 500;

export const SESSION_MIN_MINUTES = 5;

export const SESSION_MAX_MINUTES = 600;

export const PARTICIPANTS_MAX = 500;

export const NOTES_MAX = 10_000;

export const INTERPRETER_DIALECT_MAX = 100;

export const INTERPRETER_AGENCY_MAX = 200;

/** Rows the form offers for agreed next steps; more can be added as tasks later. */
export const MAX_NEXT_STEPS = 10;

import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { checkbox, formInput, isoDate, plainText } from "@/lib/schemas/casework-fields";
import { MAX_DECISION_AMOUNT_SEK, REFERRAL_DECISIONS, REFERRAL_STATUSES, REFERRAL_TYPES, type ReferralTransitionError } from "@/lib/referrals/status-machine";
import { AGENCY_REFERENCE_MAX, CONSENT_NOTE_MAX, DECISION_CORRECTION_REASON_MAX, EVENT_NOTE_MAX, REFERRAL_NOTE_MAX } from "@/lib/schemas/form-constants";

// The referral forms and the referral list's URL. Inputs are FormData (or
// search-param) strings; messages are keys under "referrals.errors". Free text
// is stored as typed and always rendered as text.

/** Agencies' reference numbers: letters, digits and the usual separators. Anything else is a typing (or pasting) error. */
const AGENCY_REFERENCE = /^[\p{L}\p{N}][\p{L}\p{N} ./:_#-]*$/u;

function oneOf<const T extends readonly [string, ...string[]]>(values: T, requiredKey: string, invalidKey: string) {
  return formInput.transform((value, ctx) => {
    if (!value) {
      ctx.addIssue({ code: "custom", message: requiredKey });
      return z.NEVER;
    }
    if (!(values as readonly string[]).includes(value)) {
      ctx.addIssue({ code: "custom", message: invalidKey });
      return z.NEVER;
    }
    return value as T[number];
  });
}

const version = formInput.pipe(safeString().regex(/^\d{1,9}$/, "staleForm").transform(Number));

/** The day the person consented: not in the future (consent is recorded, not planned). */
const consentDate = (required?: string) => isoDate({ required, notFuture: true, maxDaysBack: 365 * 3 });

export const NewReferralFormSchema = z
  .object({
    organisationId: formInput.pipe(safeString().min(1, "organisationRequired").max(40, "organisationRequired")),
    type: oneOf(REFERRAL_TYPES, "typeRequired", "typeRequired"),
    note: plainText(REFERRAL_NOTE_MAX, "noteTooLong"),
    consentGivenOn: consentDate(),
    consentNote: plainText(CONSENT_NOTE_MAX, "consentNoteTooLong"),
  })
  .superRefine((value, ctx) => {
    if (value.consentNote && !value.consentGivenOn) ctx.addIssue({ code: "custom", path: ["consentGivenOn"], message: "consentDateForNote" });
  });
export type NewReferralForm = z.output<typeof NewReferralFormSchema>;

export const ConsentFormSchema = z.object({
  consentGivenOn: consentDate("consentDateRequired"),
  consentNote: plainText(CONSENT_NOTE_MAX, "consentNoteTooLong"),
  version,
});
export type ConsentForm = z.output<typeof ConsentFormSchema>;

/** A whole number of kronor, typed with or without thousands separators ("40 000"). */
const amountSek = formInput.transform((value, ctx) => {
  const digits = value.replace(/[\s\u00a0\u202f]/g, "");
  if (!digits) return null;
  if (!/^\d{1,9}$/.test(digits)) {
    ctx.addIssue({ code: "custom", message: "amountInvalid" });
    return z.NEVER;
  }
  const amount = Number(digits);
  if (amount > MAX_DECISION_AMOUNT_SEK) {
    ctx.addIssue({ code: "custom", message: "amountInvalid" });
    return z.NEVER;
  }
  return amount;
});

const agencyReference = plainText(AGENCY_REFERENCE_MAX, "referenceTooLong")
  .refine((value) => value === "" || AGENCY_REFERENCE.test(value), "referenceCharacters")
  .transform((value) => value || null);

const optionalDecision = formInput.transform((value, ctx) => {
  if (!value) return null;
  if (!(REFERRAL_DECISIONS as readonly string[]).includes(value)) {
    ctx.addIssue({ code: "custom", message: "decisionRequired" });
    return z.NEVER;
  }
  return value as (typeof REFERRAL_DECISIONS)[number];
});

/**
 * One status change, the decision included. Whether the move is allowed, and
 * whether a decision needs an amount, is the status machine's call in the
 * data layer, not the schema's.
 */
export const ReferralStatusFormSchema = z.object({
  toStatus: oneOf(REFERRAL_STATUSES, "toStatusRequired", "transitionNotAllowed"),
  occurredOn: isoDate({ required: "occurredOnRequired", notFuture: true, maxDaysBack: 365 * 3 }),
  note: plainText(EVENT_NOTE_MAX, "eventNoteTooLong"),
  decision: optionalDecision,
  decisionAmountSek: amountSek,
  agencyReference,
  /** With a decision: move the case's status along with it (lib/cases/decision-status.ts). */
  changeCaseStatus: checkbox,
  version,
});
export type ReferralStatusForm = z.output<typeof ReferralStatusFormSchema>;

// ───────────────────────────── The referral list ─────────────────────────────

export const REFERRAL_LIST_SCOPES = ["mine", "team"] as const;
export const REFERRAL_STATUS_FILTERS = ["active", "all", ...REFERRAL_STATUSES] as const;

/** The list's URL: anything unknown falls back to the default rather than failing. */
export const ReferralListFilterSchema = z.object({
  scope: z.enum(REFERRAL_LIST_SCOPES).optional().catch(undefined),
  status: z.enum(REFERRAL_STATUS_FILTERS).catch("active").default("active"),
  overdue: safeString()
    .optional()
    .catch(undefined)
    .transform((value) => value === "1"),
});
export type ReferralListFilter = z.output<typeof ReferralListFilterSchema>;

// ───────────────────────────── Correcting a decision ─────────────────────────────

/** A recorded decision corrected: the decision as it should read, and why (issue 11 §3). Keys under "caseRecord.decision.errors" or "referrals.errors". */
export const DecisionCorrectionFormSchema = z.object({
  decision: oneOf(REFERRAL_DECISIONS, "decisionRequired", "decisionRequired"),
  decidedOn: isoDate({ required: "occurredOnRequired", notFuture: true, maxDaysBack: 365 * 3 }),
  decisionAmountSek: amountSek,
  agencyReference,
  reason: plainText(DECISION_CORRECTION_REASON_MAX, "reasonTooLong", "reasonRequired"),
  version,
});
export type DecisionCorrectionForm = z.output<typeof DecisionCorrectionFormSchema>;

/** Where `checkDecision`'s refusals are shown, on both forms that record a decision: a status change to decided, and a correction. */
export const DECISION_ERROR_FIELD = {
  decisionRequired: "decision",
  amountRequired: "decisionAmountSek",
  amountInvalid: "decisionAmountSek",
  amountOnlyWhenGranted: "decisionAmountSek",
} as const satisfies Partial<Record<ReferralTransitionError, keyof ReferralStatusForm & keyof DecisionCorrectionForm>>;

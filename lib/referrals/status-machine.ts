// The life of a referral as a state machine. Pure and browser-safe: the forms
// offer only what this table allows, and the data layer checks every change
// against it again, whatever the browser sends.
//
// Decisions:
// - DRAFT → SENT needs the person's recorded consent: nothing about them goes
//   to the receiver without it.
// - SENT → DECIDED is allowed as well as RECEIVED → DECIDED: agencies often
//   send their decision without ever confirming receipt, and the adviser
//   should not have to invent a receipt date to record it.
// - A decision is GRANTED (with the amount in whole kronor, ≥ 0, and
//   optionally the agency's reference) or REFUSED (no amount).
// - DRAFT, SENT and RECEIVED may be withdrawn; a decided or withdrawn
//   referral can only be closed; CLOSED is final. Nothing goes backwards: a
//   mistaken entry is withdrawn (or closed) with a note, and a new referral
//   is made, which keeps the trail honest.
import { REFERRAL_DECISIONS, REFERRAL_STATUSES, REFERRAL_TYPES, type ReferralDecision, type ReferralStatus } from "@/lib/vocabularies/referrals";

export { REFERRAL_DECISIONS, REFERRAL_STATUSES, REFERRAL_TYPES };

/** Statuses in which the referral waits on the receiver. */
export const AWAITING_RESPONSE: readonly ReferralStatus[] = ["SENT", "RECEIVED"];
/** Statuses that still need the adviser's attention. */
export const ACTIVE_STATUSES: readonly ReferralStatus[] = ["DRAFT", "SENT", "RECEIVED"];

/** A granted amount above this is a typing error (the 2026 household cap is 600,000 SEK plus travel). */
export const MAX_DECISION_AMOUNT_SEK = 5_000_000;

const TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  DRAFT: ["SENT", "WITHDRAWN"],
  SENT: ["RECEIVED", "DECIDED", "WITHDRAWN"],
  RECEIVED: ["DECIDED", "WITHDRAWN"],
  DECIDED: ["CLOSED"],
  WITHDRAWN: ["CLOSED"],
  CLOSED: [],
};

/** The statuses a referral may move to next, in the order the forms offer them. */
export function nextReferralStatuses(from: ReferralStatus): ReferralStatus[] {
  return [...TRANSITIONS[from]];
}

export function canReferralTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export type ReferralTransitionInput = {
  from: ReferralStatus;
  to: ReferralStatus;
  /** The day the person consented, if recorded. */
  consentGivenOn: string | null;
  decision?: ReferralDecision | null;
  decisionAmountSek?: number | null;
  agencyReference?: string | null;
};

export type ReferralTransitionError =
  | "transitionNotAllowed"
  | "consentRequired"
  | "decisionRequired"
  | "amountRequired"
  | "amountInvalid"
  | "amountOnlyWhenGranted"
  | "decisionOnlyWhenDeciding";

/**
 * Checks one status change. Returns null when it is allowed, otherwise the
 * reason (a message key under "referrals.errors").
 */
export function checkReferralTransition(input: ReferralTransitionInput): ReferralTransitionError | null {
  const { from, to, decision, decisionAmountSek: amount, agencyReference } = input;
  if (!canReferralTransition(from, to)) return "transitionNotAllowed";
  if (to === "SENT" && !input.consentGivenOn) return "consentRequired";
  const hasAmount = amount !== null && amount !== undefined;
  if (to !== "DECIDED") {
    return decision || hasAmount || agencyReference ? "decisionOnlyWhenDeciding" : null;
  }
  return checkDecision(decision, amount);
}

/** What a recorded decision needs, when it is first recorded and when it is corrected: a grant has its amount, a refusal none. */
export function checkDecision(decision: ReferralTransitionInput["decision"], amount: number | null | undefined): ReferralTransitionError | null {
  const hasAmount = amount !== null && amount !== undefined;
  if (!decision) return "decisionRequired";
  if (decision === "GRANTED") {
    if (!hasAmount) return "amountRequired";
    if (!Number.isInteger(amount) || amount < 0 || amount > MAX_DECISION_AMOUNT_SEK) return "amountInvalid";
  } else if (hasAmount) {
    return "amountOnlyWhenGranted";
  }
  return null;
}

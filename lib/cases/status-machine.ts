// The life of a return case as a state machine. Pure and browser-safe: the
// status form offers only what this table allows, and the data layer refuses
// anything else, whatever the browser sends.
//
// Decisions (see also docs in the report of issue 4):
// - The forward path is INTAKE → COUNSELLING → PLANNING → REFERRED →
//   AWAITING_DECISION → DEPARTED → FOLLOW_UP → CLOSED.
// - Backward steps exist where the work really goes back: more counselling
//   while planning; a referral returned or withdrawn (REFERRED → PLANNING); a
//   grant refused or the agency asking for more (AWAITING_DECISION → PLANNING
//   or → REFERRED).
// - PLANNING → DEPARTED: a person may leave without applying for a grant (they
//   pay the trip themselves); the follow-up after return still applies.
// - Nothing leads back from DEPARTED: the departure is a fact. A mistaken entry
//   is corrected by closing with outcome OTHER and a reason, which keeps the trail.
// - CLOSED is reachable from every open status and needs an outcome; which
//   outcomes fit depends on whether the person has left (RETURNED only after
//   DEPARTED or FOLLOW_UP; DECIDED_TO_STAY and REFERRED_ELSEWHERE only before).
// - A closed case is reopened into COUNSELLING, with a reason like every change.
import { CASE_STATUSES, type CaseOutcome, type CaseStatus } from "@/lib/vocabularies/case-statuses";

export const OPEN_STATUSES = CASE_STATUSES.filter((status) => status !== "CLOSED");

/** Every allowed move except closing, which is allowed from any open status. */
const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  INTAKE: ["COUNSELLING"],
  COUNSELLING: ["PLANNING"],
  PLANNING: ["REFERRED", "DEPARTED", "COUNSELLING"],
  REFERRED: ["AWAITING_DECISION", "PLANNING"],
  AWAITING_DECISION: ["DEPARTED", "PLANNING", "REFERRED"],
  DEPARTED: ["FOLLOW_UP"],
  FOLLOW_UP: [],
  CLOSED: ["COUNSELLING"],
};

const AFTER_DEPARTURE: readonly CaseStatus[] = ["DEPARTED", "FOLLOW_UP"];

export function isOpenStatus(status: CaseStatus): boolean {
  return status !== "CLOSED";
}

/** The statuses a case may move to next, in the order the form offers them. */
export function nextStatuses(from: CaseStatus): CaseStatus[] {
  const moves = [...TRANSITIONS[from]];
  if (isOpenStatus(from)) moves.push("CLOSED");
  return moves;
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return nextStatuses(from).includes(to);
}

/** The outcomes a case may be closed with, given the status it is closed from. */
export function allowedOutcomes(from: CaseStatus): CaseOutcome[] {
  if (!isOpenStatus(from)) return [];
  return AFTER_DEPARTURE.includes(from)
    ? ["RETURNED", "NO_CONTACT", "OTHER"]
    : ["DECIDED_TO_STAY", "REFERRED_ELSEWHERE", "NO_CONTACT", "OTHER"];
}

export type TransitionError = "transitionNotAllowed" | "outcomeRequired" | "outcomeNotAllowed" | "outcomeOnlyOnClose";

/**
 * Checks one status change. Returns null when it is allowed, otherwise the
 * reason (a translation key under "cases.errors").
 */
export function checkTransition(from: CaseStatus, to: CaseStatus, outcome: CaseOutcome | null | undefined): TransitionError | null {
  if (!canTransition(from, to)) return "transitionNotAllowed";
  if (to === "CLOSED") {
    if (!outcome) return "outcomeRequired";
    if (!allowedOutcomes(from).includes(outcome)) return "outcomeNotAllowed";
  } else if (outcome) {
    return "outcomeOnlyOnClose";
  }
  return null;
}

// Which case status a decision of Migrationsverket on a return-grant
// application leads to, and the steps of the status machine that get there
// (issue 11 §3: the adviser records the decision and, in the same step, the
// case follows, instead of several status changes by hand). Pure and
// browser-safe: the decision form shows the offer, the data layer walks it.
//
// - REFUSED: back to PLANNING (the machine's "grant refused" step).
// - GRANTED: AWAITING_DECISION, the status from which the departure follows;
//   the status set has no "granted" of its own (decision 019). A case already
//   there has nothing to change.
// A case that has left (DEPARTED, FOLLOW_UP) or is closed gets no offer: the
// walk never passes through closing or departing.
import type { CaseStatus } from "@/lib/vocabularies/case-statuses";
import type { ReferralDecision } from "@/lib/generated/prisma/enums";
import { nextStatuses } from "@/lib/cases/status-machine";

const TARGET: Record<ReferralDecision, CaseStatus> = { GRANTED: "AWAITING_DECISION", REFUSED: "PLANNING" };
const NEVER_PASSED: readonly CaseStatus[] = ["CLOSED", "DEPARTED", "FOLLOW_UP"];

/** The status a decision leads to. */
export function statusForDecision(decision: ReferralDecision): CaseStatus {
  return TARGET[decision];
}

/**
 * The statuses to move through, in order, from `from` to the decision's
 * status (the shortest walk the status machine allows); empty when the case
 * is there already or cannot get there without departing or closing.
 */
export function decisionStatusPath(from: CaseStatus, decision: ReferralDecision): CaseStatus[] {
  const target = TARGET[decision];
  if (from === target || NEVER_PASSED.includes(from)) return [];
  const cameFrom = new Map<CaseStatus, CaseStatus>();
  const queue: CaseStatus[] = [from];
  while (queue.length) {
    const current = queue.shift()!;
    for (const next of nextStatuses(current)) {
      if (NEVER_PASSED.includes(next) || next === from || cameFrom.has(next)) continue;
      cameFrom.set(next, current);
      if (next === target) {
        const path: CaseStatus[] = [next];
        while (path[0] !== from && cameFrom.get(path[0]!) !== from) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      queue.push(next);
    }
  }
  return [];
}

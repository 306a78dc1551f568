import type { PlanStepKindValue } from "@/lib/schemas/plan-step";

import type { PlanStepStatus } from "@/lib/vocabularies/plan-steps";
import { PLAN_STEP_KINDS } from "@/lib/vocabularies/plan-steps";

type Step = { kind: PlanStepKindValue; status: PlanStepStatus; dueOn: Date | null };

export type PlanSummary = {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  notApplicable: number;
  /** Steps not done (nor set aside) whose due date has passed. */
  overdue: number;
  /** Done steps as a share of the steps that apply, 0–100; 100 when none apply, 0 for an empty plan. */
  percentDone: number;
};

/** How far the return plan has come. `today` is a Stockholm "YYYY-MM-DD". */
export function summarizePlan(steps: readonly Step[], today: string): PlanSummary {
  const count = (status: Step["status"]) => steps.filter((step) => step.status === status).length;
  const done = count("DONE");
  const notApplicable = count("NOT_APPLICABLE");
  const applicable = steps.length - notApplicable;
  const overdue = steps.filter(
    (step) => (step.status === "NOT_STARTED" || step.status === "IN_PROGRESS") && step.dueOn !== null && step.dueOn.toISOString().slice(0, 10) < today,
  ).length;
  return {
    total: steps.length,
    done,
    inProgress: count("IN_PROGRESS"),
    notStarted: count("NOT_STARTED"),
    notApplicable,
    overdue,
    percentDone: applicable === 0 ? (steps.length === 0 ? 0 : 100) : Math.round((done / applicable) * 100),
  };
}

/** Steps in the office's order (the order of the 2009 working model), not the order they were saved. */
export function inPlanOrder<T extends { kind: PlanStepKindValue }>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => PLAN_STEP_KINDS.indexOf(a.kind) - PLAN_STEP_KINDS.indexOf(b.kind));
}

import { PlanStepKind, PlanStepStatus } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// The return plan: the office's 2009 working model, then the steps IOM's pre-departure
// and arrival stages add (the enum's order is the plan's order), and where each step stands.
export const PLAN_STEP_KINDS = enumValues(PlanStepKind);
export const PLAN_STEP_STATUSES = enumValues(PlanStepStatus);
export type { PlanStepKind, PlanStepStatus };

import { z } from "zod";
import { formInput, isoDate, plainText, savedAt } from "@/lib/schemas/casework-fields";

import { PLAN_STEP_KINDS, PLAN_STEP_STATUSES } from "@/lib/vocabularies/plan-steps";
import { PLAN_NOTE_MAX } from "@/lib/schemas/form-constants";

export type PlanStepKindValue = (typeof PLAN_STEP_KINDS)[number];

/** One step of the return plan as the adviser edits it. */
export const PlanStepFormSchema = z.object({
  status: formInput.pipe(z.enum(PLAN_STEP_STATUSES, { error: "planStatusRequired" })),
  dueOn: isoDate({ maxDaysBack: 365 * 2, maxDaysAhead: 365 * 3 }),
  note: plainText(PLAN_NOTE_MAX, "planNoteTooLong"),
  savedAt,
});
export type PlanStepForm = z.output<typeof PlanStepFormSchema>;

/** Adding a step the plan does not have yet (plans made before a step existed, or from imported data). */
export const AddPlanStepFormSchema = z.object({
  kind: formInput.pipe(z.enum(PLAN_STEP_KINDS, { error: "planKindRequired" })),
});

"use server";

import { authorizeBound } from "@/lib/gate";
import { addPlanStep, updatePlanStep } from "@/lib/data/plan-steps";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { AddPlanStepFormSchema, PlanStepFormSchema } from "@/lib/schemas/plan-step";
import { revalidateCase } from "@/lib/revalidate-case";

export async function updatePlanStepAction(caseId: string, stepId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId, stepId] = await authorizeBound("plan.write", caseId, stepId);
  return formAction(formData, PlanStepFormSchema, {
    write: (form) => updatePlanStep(caseId, stepId, form),
    revalidate: () => revalidateCase(caseId),
    success: (result, values) => ({ status: "success", values: { ...values, savedAt: result.savedAt?.toISOString() ?? values.savedAt ?? "" } }),
  });
}

export async function addPlanStepAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("plan.write", caseId);
  return formAction(formData, AddPlanStepFormSchema, {
    write: (form) => addPlanStep(caseId, form.kind),
    revalidate: () => revalidateCase(caseId),
  });
}

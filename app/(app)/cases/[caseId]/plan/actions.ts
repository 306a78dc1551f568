"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { addPlanStep, updatePlanStep } from "@/lib/data/plan-steps";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { AddPlanStepFormSchema, PlanStepFormSchema } from "@/lib/schemas/plan-step";

export async function updatePlanStepAction(caseId: string, stepId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("plan.write");
  caseId = boundId(caseId);
  stepId = boundId(stepId);
  return formAction(formData, PlanStepFormSchema, {
    write: (form) => updatePlanStep(caseId, stepId, form),
    revalidate: () => revalidatePath(`/cases/${caseId}`, "layout"),
    success: (result, values) => ({ status: "success", values: { ...values, savedAt: result.savedAt?.toISOString() ?? values.savedAt ?? "" } }),
  });
}

export async function addPlanStepAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("plan.write");
  caseId = boundId(caseId);
  return formAction(formData, AddPlanStepFormSchema, {
    write: (form) => addPlanStep(caseId, form.kind),
    revalidate: () => revalidatePath(`/cases/${caseId}`, "layout"),
  });
}

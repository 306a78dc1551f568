"use server";

import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";

import { revalidatePath } from "next/cache";
import { addPlanStep, updatePlanStep } from "@/lib/data/plan-steps";
import { AddPlanStepFormSchema, PlanStepFormSchema } from "@/lib/schemas/plan-step";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";

export async function updatePlanStepAction(caseId: string, stepId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("plan.write");
  caseId = boundId(caseId);
  stepId = boundId(stepId);
  const values = formValues(formData);
  const parsed = PlanStepFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await updatePlanStep(caseId, stepId, parsed.data);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath(`/cases/${caseId}`, "layout");
  return { status: "success", values: { ...values, savedAt: result.savedAt?.toISOString() ?? values.savedAt ?? "" } };
}

export async function addPlanStepAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("plan.write");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = AddPlanStepFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await addPlanStep(caseId, parsed.data.kind);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath(`/cases/${caseId}`, "layout");
  return { status: "success" };
}

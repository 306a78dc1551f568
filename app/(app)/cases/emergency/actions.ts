"use server";

import { authorize } from "@/lib/gate";

import { redirect } from "next/navigation";
import { openCaseInEmergency } from "@/lib/data/emergency-access";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { EmergencyAccessFormSchema } from "@/lib/schemas/emergency-access";

export async function openEmergencyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.emergencyAccess");
  const values = formValues(formData);
  const parsed = EmergencyAccessFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await openCaseInEmergency(parsed.data);
  if (!result.ok) return { status: "error", fieldErrors: { caseNumber: [result.error] }, values };
  redirect(`/cases/${result.caseId}`);
}

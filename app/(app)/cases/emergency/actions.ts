"use server";

import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { openCaseInEmergency } from "@/lib/data/emergency-access";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { EmergencyAccessFormSchema } from "@/lib/schemas/emergency-access";

export async function openEmergencyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.emergencyAccess");
  return formAction(formData, EmergencyAccessFormSchema, {
    write: openCaseInEmergency,
    fields: { caseNotFound: "caseNumber", dailyLimit: "caseNumber" },
    success: (result) => redirect(`/cases/${result.caseId}`),
  });
}

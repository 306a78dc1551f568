"use server";

import { authorizeBound } from "@/lib/gate";
import { recordFollowUp } from "@/lib/data/follow-ups";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { FollowUpFormSchema } from "@/lib/schemas/follow-up";
import { revalidateCase } from "@/lib/revalidate-case";

export async function recordFollowUpAction(caseId: string, followUpId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId, followUpId] = await authorizeBound("followUp.write", caseId, followUpId);
  return formAction(formData, FollowUpFormSchema, {
    write: (form) => recordFollowUp(caseId, followUpId, form),
    fields: { completedBeforeReturn: "completedOn" },
    revalidate: () => revalidateCase(caseId, "/my-day"),
    success: (result, values) => ({ status: "success", values: { ...values, savedAt: result.savedAt.toISOString() } }),
  });
}

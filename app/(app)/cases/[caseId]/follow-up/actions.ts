"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { recordFollowUp } from "@/lib/data/follow-ups";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { FollowUpFormSchema } from "@/lib/schemas/follow-up";

export async function recordFollowUpAction(caseId: string, followUpId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("followUp.write");
  caseId = boundId(caseId);
  followUpId = boundId(followUpId);
  return formAction(formData, FollowUpFormSchema, {
    write: (form) => recordFollowUp(caseId, followUpId, form),
    fields: { completedBeforeReturn: "completedOn" },
    revalidate: () => {
      revalidatePath(`/cases/${caseId}`, "layout");
      revalidatePath("/my-day");
    },
    success: (result, values) => ({ status: "success", values: { ...values, savedAt: result.savedAt.toISOString() } }),
  });
}

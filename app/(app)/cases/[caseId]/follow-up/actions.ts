"use server";

import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";

import { revalidatePath } from "next/cache";
import { recordFollowUp } from "@/lib/data/follow-ups";
import { FollowUpFormSchema } from "@/lib/schemas/follow-up";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";

export async function recordFollowUpAction(caseId: string, followUpId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("followUp.write");
  caseId = boundId(caseId);
  followUpId = boundId(followUpId);
  const values = formValues(formData);
  const parsed = FollowUpFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await recordFollowUp(caseId, followUpId, parsed.data);
  if (!result.ok) {
    if (result.error === "completedBeforeReturn") return { status: "error", fieldErrors: { completedOn: [result.error] }, values };
    return { status: "error", formError: result.error, values };
  }
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/my-day");
  return { status: "success", values: { ...values, savedAt: result.savedAt.toISOString() } };
}

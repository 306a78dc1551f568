"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { reviewEmergencyAccess } from "@/lib/data/emergency-access";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { EmergencyReviewFormSchema } from "@/lib/schemas/emergency-access";

/** A manager signs an emergency grant off: justified or not, with a comment (issue 12 M1). */
export async function reviewEmergencyAccessAction(grantId: unknown, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("emergencyAccess.review");
  const id = boundId(grantId);
  const values = formValues(formData);
  const parsed = EmergencyReviewFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await reviewEmergencyAccess(id, parsed.data);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath("/emergency-access");
  revalidatePath("/dashboard");
  return { status: "success" };
}

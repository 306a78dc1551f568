"use server";

import { revalidatePath } from "next/cache";
import { authorizeBound } from "@/lib/gate";
import { reviewEmergencyAccess } from "@/lib/data/emergency-access";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { EmergencyReviewFormSchema } from "@/lib/schemas/emergency-access";

/** A manager signs an emergency grant off: justified or not, with a comment (issue 12 M1). */
export async function reviewEmergencyAccessAction(grantId: unknown, _prev: FormState, formData: FormData): Promise<FormState> {
  const [id] = await authorizeBound("emergencyAccess.review", grantId);
  return formAction(formData, EmergencyReviewFormSchema, {
    write: (form) => reviewEmergencyAccess(id, form),
    revalidate: () => {
      revalidatePath("/emergency-access");
      revalidatePath("/dashboard");
    },
  });
}

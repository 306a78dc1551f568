"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { updateLogReviewSettings } from "@/lib/data/log-review";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { LogReviewSettingsFormSchema } from "@/lib/schemas/log-review";

/** The access-log review's settings (issue 13 part 2): sample size, office hours, the "many cases" threshold. */
export async function updateLogReviewSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  const values = formValues(formData);
  const parsed = LogReviewSettingsFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  await updateLogReviewSettings(parsed.data);
  revalidatePath("/admin/settings");
  return { status: "success", values };
}

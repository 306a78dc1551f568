"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { updateLogReviewSettings } from "@/lib/data/log-review";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { LogReviewSettingsFormSchema } from "@/lib/schemas/log-review";

/** The access-log review's settings (issue 13 part 2): sample size, office hours, the "many cases" threshold. */
export async function updateLogReviewSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  return formAction(formData, LogReviewSettingsFormSchema, {
    write: updateLogReviewSettings,
    revalidate: () => revalidatePath("/admin/settings"),
    success: (_result, values) => ({ status: "success", values }),
  });
}

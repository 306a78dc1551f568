"use server";

import { authorize } from "@/lib/gate";
import { updateLogReviewSettings } from "@/lib/data/log-review";
import type { FormState } from "@/lib/form-state";
import { LogReviewSettingsFormSchema } from "@/lib/schemas/log-review";
import { saveSettings } from "./save-settings";

/** The access-log review's settings (issue 13 part 2): sample size, office hours, the "many cases" threshold. */
export async function updateLogReviewSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  return saveSettings(formData, LogReviewSettingsFormSchema, updateLogReviewSettings);
}

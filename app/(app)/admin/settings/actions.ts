"use server";

import { authorize } from "@/lib/gate";
import { updateReferralSettings, updateRetentionSettings, updateStatisticsSettings } from "@/lib/data/settings";
import type { FormState } from "@/lib/form-state";
import { ReferralSettingsFormSchema, RetentionSettingsFormSchema, StatisticsSettingsFormSchema } from "@/lib/schemas/settings";
import { saveSettings } from "./save-settings";

export async function updateReferralSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  return saveSettings(formData, ReferralSettingsFormSchema, updateReferralSettings);
}

/** The statistics settings shape the yearly report too. */
export async function updateStatisticsSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  return saveSettings(formData, StatisticsSettingsFormSchema, updateStatisticsSettings, "/statistics/report");
}

export async function updateRetentionSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  return saveSettings(formData, RetentionSettingsFormSchema, updateRetentionSettings);
}

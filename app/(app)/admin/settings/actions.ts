"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { updateReferralSettings, updateRetentionSettings, updateStatisticsSettings } from "@/lib/data/settings";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { ReferralSettingsFormSchema, RetentionSettingsFormSchema, StatisticsSettingsFormSchema } from "@/lib/schemas/settings";

export async function updateReferralSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  const values = formValues(formData);
  const parsed = ReferralSettingsFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  await updateReferralSettings(parsed.data);
  revalidatePath("/admin/settings");
  return { status: "success", values };
}

export async function updateStatisticsSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  const values = formValues(formData);
  const parsed = StatisticsSettingsFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  await updateStatisticsSettings(parsed.data);
  revalidatePath("/admin/settings");
  revalidatePath("/statistics/report");
  return { status: "success", values };
}

export async function updateRetentionSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  const values = formValues(formData);
  const parsed = RetentionSettingsFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  await updateRetentionSettings(parsed.data);
  revalidatePath("/admin/settings");
  return { status: "success", values };
}

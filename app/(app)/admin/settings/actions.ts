"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { updateReferralSettings, updateRetentionSettings, updateStatisticsSettings } from "@/lib/data/settings";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { ReferralSettingsFormSchema, RetentionSettingsFormSchema, StatisticsSettingsFormSchema } from "@/lib/schemas/settings";

export async function updateReferralSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  return formAction(formData, ReferralSettingsFormSchema, {
    write: updateReferralSettings,
    revalidate: () => revalidatePath("/admin/settings"),
    success: (_result, values) => ({ status: "success", values }),
  });
}

export async function updateStatisticsSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  return formAction(formData, StatisticsSettingsFormSchema, {
    write: updateStatisticsSettings,
    revalidate: () => {
      revalidatePath("/admin/settings");
      revalidatePath("/statistics/report");
    },
    success: (_result, values) => ({ status: "success", values }),
  });
}

export async function updateRetentionSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("settings.manage");
  return formAction(formData, RetentionSettingsFormSchema, {
    write: updateRetentionSettings,
    revalidate: () => revalidatePath("/admin/settings"),
    success: (_result, values) => ({ status: "success", values }),
  });
}

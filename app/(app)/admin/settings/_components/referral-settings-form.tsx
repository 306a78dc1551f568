"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { SettingsFormFrame } from "./settings-form-frame";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { MAX_RESPONSE_DAYS, MIN_RESPONSE_DAYS } from "@/lib/referrals/overdue";
import { updateReferralSettingsAction } from "../actions";

export function ReferralSettingsForm({ responseDays, defaultResponseDays }: { responseDays: number; defaultResponseDays: number }) {
  const t = useTranslations("settings");
  const [state, formAction, isPending] = useActionState(updateReferralSettingsAction, INITIAL_FORM_STATE);
  const errorKey = state.fieldErrors?.responseDays?.[0];
  return (
    <SettingsFormFrame id="referral-settings" title={t("referralsTitle")} state={state} formAction={formAction} isPending={isPending} text={{ saved: t("saved"), hasErrors: t("formHasErrors"), save: t("save") }}>
      <TextField
        label={t("responseDays")}
        name="responseDays"
        hint={t("responseDaysHint", { min: MIN_RESPONSE_DAYS, max: MAX_RESPONSE_DAYS, fallback: defaultResponseDays })}
        defaultValue={state.values?.responseDays ?? String(responseDays)}
        error={errorKey ? t(`errors.${errorKey}`, { min: MIN_RESPONSE_DAYS, max: MAX_RESPONSE_DAYS }) : undefined}
        inputMode="numeric"
        autoComplete="off"
        className="max-w-xs"
      />
    </SettingsFormFrame>
  );
}

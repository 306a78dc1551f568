"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextField } from "@/components/ui/field";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { MAX_RESPONSE_DAYS, MIN_RESPONSE_DAYS } from "@/lib/referrals/overdue";
import { updateReferralSettingsAction } from "../actions";

export function ReferralSettingsForm({ responseDays, defaultResponseDays }: { responseDays: number; defaultResponseDays: number }) {
  const t = useTranslations("settings");
  const [state, formAction, isPending] = useActionState(updateReferralSettingsAction, INITIAL_FORM_STATE);
  const errorKey = state.fieldErrors?.responseDays?.[0];
  return (
    <EditForm state={state} action={formAction} className="grid gap-4" noValidate aria-labelledby="referral-settings-heading">
      <h2 id="referral-settings-heading" className="text-lg font-semibold">
        {t("referralsTitle")}
      </h2>
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("saved")}</Alert> : null}
        {state.status === "error" ? <Alert tone="error">{t("formHasErrors")}</Alert> : null}
      </div>
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
      <div>
        <Button type="submit" disabled={isPending}>
          {t("save")}
        </Button>
      </div>
    </EditForm>
  );
}

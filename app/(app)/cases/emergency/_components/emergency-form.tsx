"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { openEmergencyAction } from "../actions";
import { SubmitForm } from "@/components/ui/submit-form";

export function EmergencyForm() {
  const t = useTranslations("cases");
  const [state, action, isPending] = useActionState(openEmergencyAction, INITIAL_FORM_STATE);
  const values = state.values ?? {};
  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    // The emergency reason has its own, shorter limit.
    return key ? t(`errors.${name === "reason" && key === "reasonTooLong" ? "emergencyReasonTooLong" : key}`) : undefined;
  };
  return (
    <SubmitForm state={state} action={action} className="flex max-w-xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div aria-live="polite">{state.status === "error" ? <Alert tone="error">{t("formHasErrors")}</Alert> : null}</div>
      <TextField label={t("caseNumber")} name="caseNumber" hint={t("caseNumberHint")} defaultValue={values.caseNumber} error={error("caseNumber")} autoComplete="off" />
      <TextareaField label={t("emergencyReason")} name="reason" hint={t("emergencyReasonHint")} rows={3} defaultValue={values.reason} error={error("reason")} />
      <SubmitRow pending={isPending} variant="danger">{t("openEmergency")}</SubmitRow>
    </SubmitForm>
  );
}

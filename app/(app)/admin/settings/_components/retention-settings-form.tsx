"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextField } from "@/components/ui/field";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { AUDIT_YEARS_RANGE, REMOVE_AFTER_YEARS_RANGE } from "@/lib/retention/limits";
import { updateRetentionSettingsAction } from "../actions";

/** The retention rules (gallring): years after the last entry's year, the research sample's birth days, the audit log's years. */
export function RetentionSettingsForm({ removeAfterYears, researchSampleDays, auditYears }: { removeAfterYears: number; researchSampleDays: readonly number[]; auditYears: number }) {
  const t = useTranslations("retentionSettings");
  const [state, formAction, isPending] = useActionState(updateRetentionSettingsAction, INITIAL_FORM_STATE);
  const error = (field: string, range?: { min: number; max: number }) => {
    const key = state.fieldErrors?.[field]?.[0];
    return key ? t(`errors.${key}`, range ?? { min: 0, max: 0 }) : undefined;
  };
  return (
    <EditForm state={state} action={formAction} className="grid gap-4" noValidate aria-labelledby="retention-settings-heading">
      <h2 id="retention-settings-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("saved")}</Alert> : null}
        {state.status === "error" ? <Alert tone="error">{t("formHasErrors")}</Alert> : null}
      </div>
      <TextField
        label={t("removeAfterYears")}
        name="removeAfterYears"
        hint={t("removeAfterYearsHint")}
        defaultValue={state.values?.removeAfterYears ?? String(removeAfterYears)}
        error={error("removeAfterYears", REMOVE_AFTER_YEARS_RANGE)}
        inputMode="numeric"
        autoComplete="off"
        className="max-w-xs"
      />
      <TextField
        label={t("researchSampleDays")}
        name="researchSampleDays"
        hint={t("researchSampleDaysHint")}
        defaultValue={state.values?.researchSampleDays ?? researchSampleDays.join(", ")}
        error={error("researchSampleDays")}
        autoComplete="off"
        className="max-w-xs"
      />
      <TextField
        label={t("auditYears")}
        name="auditYears"
        hint={t("auditYearsHint")}
        defaultValue={state.values?.auditYears ?? String(auditYears)}
        error={error("auditYears", AUDIT_YEARS_RANGE)}
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

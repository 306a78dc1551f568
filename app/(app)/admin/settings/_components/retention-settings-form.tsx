"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { SettingsFormFrame } from "./settings-form-frame";
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
    <SettingsFormFrame id="retention-settings" title={t("title")} state={state} formAction={formAction} isPending={isPending} text={{ saved: t("saved"), hasErrors: t("formHasErrors"), save: t("save") }}>
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
    </SettingsFormFrame>
  );
}

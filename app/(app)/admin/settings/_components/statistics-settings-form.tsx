"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextField } from "@/components/ui/field";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { MAX_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from "@/lib/statistics/suppression";
import { updateStatisticsSettingsAction } from "../actions";

/** The small-count threshold of the yearly report and the statistics exports. */
export function StatisticsSettingsForm({ threshold, defaultThreshold }: { threshold: number; defaultThreshold: number }) {
  const t = useTranslations("reportSettings");
  const [state, formAction, isPending] = useActionState(updateStatisticsSettingsAction, INITIAL_FORM_STATE);
  const errorKey = state.fieldErrors?.suppressionThreshold?.[0];
  const range = { min: MIN_SUPPRESSION_THRESHOLD, max: MAX_SUPPRESSION_THRESHOLD };
  return (
    <EditForm state={state} action={formAction} className="grid gap-4" noValidate aria-labelledby="statistics-settings-heading">
      <h2 id="statistics-settings-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("saved")}</Alert> : null}
        {state.status === "error" ? <Alert tone="error">{t("formHasErrors")}</Alert> : null}
      </div>
      <TextField
        label={t("threshold")}
        name="suppressionThreshold"
        hint={t("thresholdHint", { ...range, fallback: defaultThreshold })}
        defaultValue={state.values?.suppressionThreshold ?? String(threshold)}
        error={errorKey ? t(errorKey === "daysRequired" ? "thresholdRequired" : "thresholdRange", range) : undefined}
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

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { SettingsFormFrame } from "./settings-form-frame";
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
    <SettingsFormFrame id="statistics-settings" title={t("title")} state={state} formAction={formAction} isPending={isPending} text={{ saved: t("saved"), hasErrors: t("formHasErrors"), save: t("save") }}>
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
    </SettingsFormFrame>
  );
}

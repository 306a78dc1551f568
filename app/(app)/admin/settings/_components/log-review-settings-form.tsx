"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { SettingsFormFrame } from "./settings-form-frame";
import { INITIAL_FORM_STATE, fieldErrorText } from "@/lib/form-state";
import type { LogReviewSettingsForm as Settings } from "@/lib/schemas/log-review";
import { updateLogReviewSettingsAction } from "../log-review-actions";

const FIELDS = ["sampleSize", "officeStartHour", "officeEndHour", "burstCases", "burstMinutes"] as const;

export function LogReviewSettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations("logReview");
  const [state, formAction, isPending] = useActionState(updateLogReviewSettingsAction, INITIAL_FORM_STATE);
  const error = fieldErrorText(state, t);
  return (
    <SettingsFormFrame id="log-review-settings" title={t("settingsTitle")} intro={t("settingsIntro")} state={state} formAction={formAction} isPending={isPending} text={{ saved: t("settings.saved"), hasErrors: t("errors.numberRange"), save: t("settings.save") }}>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((name) => (
          <TextField
            key={name}
            id={`log-review-${name}`}
            label={t(`settings.${name}`)}
            name={name}
            defaultValue={state.values?.[name] ?? String(settings[name])}
            error={error(name)}
            inputMode="numeric"
            autoComplete="off"
          />
        ))}
      </div>
    </SettingsFormFrame>
  );
}

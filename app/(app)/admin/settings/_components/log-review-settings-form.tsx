"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextField } from "@/components/ui/field";
import { INITIAL_FORM_STATE, fieldErrorText } from "@/lib/form-state";
import type { LogReviewSettingsForm as Settings } from "@/lib/schemas/log-review";
import { updateLogReviewSettingsAction } from "../log-review-actions";

const FIELDS = ["sampleSize", "officeStartHour", "officeEndHour", "burstCases", "burstMinutes"] as const;

export function LogReviewSettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations("logReview");
  const [state, formAction, isPending] = useActionState(updateLogReviewSettingsAction, INITIAL_FORM_STATE);
  const error = fieldErrorText(state, t);
  return (
    <EditForm state={state} action={formAction} className="grid gap-4" noValidate aria-labelledby="log-review-settings-heading">
      <div>
        <h2 id="log-review-settings-heading" className="text-lg font-semibold">
          {t("settingsTitle")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("settingsIntro")}</p>
      </div>
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("settings.saved")}</Alert> : null}
        {state.status === "error" ? <Alert tone="error">{t("errors.numberRange")}</Alert> : null}
      </div>
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
      <div>
        <Button type="submit" disabled={isPending}>
          {t("settings.save")}
        </Button>
      </div>
    </EditForm>
  );
}

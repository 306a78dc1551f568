"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextareaField } from "@/components/ui/textarea-field";
import { fieldErrorText, INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

import { DateField } from "@/components/ui/date-field";
import { FOLLOW_UP_NOTES_MAX, REINTEGRATION_DIMENSIONS, SCORES } from "@/lib/schemas/form-constants";
import { formField } from "@/components/ui/form-field";

type Props = {
  months: number;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
};

/** One contact after return: when it happened, IOM's three scores with what each score means, and notes. */
export function FollowUpForm({ months, action, initial }: Props) {
  const t = useTranslations("followUps");
  const tc = useTranslations("casework");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const values = state.values ?? initial;
  const error = fieldErrorText(state, tc);
  const prefix = `follow-up-${months}`;
  return (
    <EditForm state={state} action={formAction} className="flex flex-col gap-4" noValidate>
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("saved", { months })}</Alert> : null}
        <FormErrorAlert state={state} namespace="casework" />
      </div>
      <input type="hidden" name="savedAt" value={values.savedAt ?? ""} />
      <DateField
        id={`${prefix}-completedOn`}
        label={t("completedOn")}
        {...formField("completedOn", values, error)}
        hint={tc("dateHint")}
        className="max-w-xs"
      />
      {REINTEGRATION_DIMENSIONS.map((dimension) => (
        <ChoiceGroup
          key={dimension}
          idPrefix={prefix}
          legend={t(`dimensions.${dimension}.title`)}
          hint={t(`dimensions.${dimension}.description`)}
          name={`${dimension}Score`}
          type="radio"
          options={SCORES.map((score) => ({
            value: String(score),
            label: `${score} – ${t(`scoreLabels.${score}`)}`,
            description: t(`dimensions.${dimension}.scores.${score}`),
          }))}
          defaultValue={values[`${dimension}Score`] ? [values[`${dimension}Score`] as string] : []}
          error={error(`${dimension}Score`)}
          className="rounded-md border border-slate-200 p-3"
        />
      ))}
      <TextareaField
        id={`${prefix}-notes`}
        label={t("notes")}
        {...formField("notes", values, error)}
        hint={t("notesHint", { max: FOLLOW_UP_NOTES_MAX.toLocaleString("sv-SE") })}
        rows={4}
      />
      <SubmitRow pending={isPending}>{t("save", { months })}</SubmitRow>
    </EditForm>
  );
}

"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { Button, SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { ComboboxField } from "@/components/ui/combobox-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { fieldErrorText, INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { INTERPRETER_MODES } from "@/lib/vocabularies/client-material";

import { DateField } from "@/components/ui/date-field";
import { TASK_TITLE_MAX } from "@/lib/schemas/form-constants";
import { INTERPRETER_AGENCY_MAX, INTERPRETER_DIALECT_MAX, MAX_NEXT_STEPS, NOTES_MAX, PARTICIPANTS_MAX, SESSION_MAX_MINUTES, SESSION_MIN_MINUTES } from "@/lib/schemas/form-constants";
import { COUNSELLING_TOPICS, SESSION_MODES } from "@/lib/vocabularies/counselling";
import { formChoice, formField } from "@/components/ui/form-field";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Field values to start from: "topics" comma-joined, "isInterpreterBooked" "on" or "". */
  initial: Record<string, string>;
  languages: { value: string; label: string }[];
  submitLabel: string;
  /** Empty next-step rows shown before anything is typed. */
  nextStepRows: number;
};

export function SessionForm({ action, initial, languages, submitLabel, nextStepRows }: Props) {
  const t = useTranslations("counselling");
  const tc = useTranslations("casework");
  const tm = useTranslations("clientMaterial");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const values = state.values ?? initial;
  const typedRows = Object.keys(values).filter((key) => /^nextSteps\.\d+\.title$/.test(key)).length;
  const [extraRows, setExtraRows] = useState(0);
  const rows = Math.min(MAX_NEXT_STEPS, Math.max(nextStepRows, typedRows) + extraRows);

  const error = fieldErrorText(state, tc);
  const topics = (values.topics ?? "").split(",").filter(Boolean);

  return (
    <EditForm state={state} action={formAction} className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div aria-live="polite">
        <FormErrorAlert state={state} namespace="casework" />
      </div>
      {values.savedAt ? <input type="hidden" name="savedAt" value={values.savedAt} /> : null}

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t("when")}</legend>
        <DateField label={t("date")} name="date" hint={tc("dateHint")} defaultValue={values.date} error={error("date")} />
        <TextField label={t("time")} name="time" hint={tc("timeHint")} defaultValue={values.time} error={error("time")} inputMode="numeric" autoComplete="off" />
        <TextField
          label={t("duration")}
          {...formField("durationMinutes", values, error)}
          hint={t("durationHint", { min: SESSION_MIN_MINUTES, max: SESSION_MAX_MINUTES })}
          inputMode="numeric"
          autoComplete="off"
        />
      </fieldset>

      <ChoiceGroup
        legend={t("mode")}
        {...formChoice("mode", values, error)}
        type="radio"
        options={SESSION_MODES.map((mode) => ({ value: mode, label: tc(`modes.${mode}`) }))}
        columns
      />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("interpreter")}</legend>
        <ComboboxField
          label={t("interpreterLanguage")}
          name="interpreterLanguage"
          options={[{ value: "", label: t("noInterpreter") }, ...languages]}
          defaultValue={values.interpreterLanguage ?? ""}
          error={error("interpreterLanguage")}
        />
        <CheckboxField
          label={t("interpreterBooked")}
          name="isInterpreterBooked"
          defaultChecked={values.isInterpreterBooked === "on" || values.isInterpreterBooked === "true"}
          className="sm:self-end sm:pb-2"
        />
        <TextField
          label={tm("interpreter.dialect")}
          {...formField("interpreterDialect", values, error)}
          hint={tm("interpreter.dialectHint", { max: INTERPRETER_DIALECT_MAX })}
          autoComplete="off"
        />
        <TextField
          label={tm("interpreter.agency")}
          {...formField("interpreterAgency", values, error)}
          hint={tm("interpreter.agencyHint", { max: INTERPRETER_AGENCY_MAX })}
          autoComplete="off"
        />
        <ChoiceGroup
          legend={tm("interpreter.mode")}
          {...formChoice("interpreterMode", values, error)}
          type="radio"
          options={INTERPRETER_MODES.map((mode) => ({ value: mode, label: tm(`interpreterModes.${mode}`) }))}
        />
        <TextField
          label={tm("interpreter.idNumber")}
          {...formField("interpreterIdNumber", values, error)}
          hint={tm("interpreter.idNumberHint")}
          autoComplete="off"
        />
      </fieldset>

      <TextareaField
        label={t("participants")}
        {...formField("participants", values, error)}
        hint={t("participantsHint", { max: PARTICIPANTS_MAX })}
        rows={2}
      />

      <ChoiceGroup
        legend={t("topics")}
        hint={t("topicsHint")}
        name="topics"
        type="checkbox"
        options={COUNSELLING_TOPICS.map((topic) => ({ value: topic, label: tc(`topics.${topic}`) }))}
        defaultValue={topics}
        error={error("topics") ?? error("topics.0")}
        columns
      />

      <TextareaField label={t("notes")} name="notes" hint={t("notesHint", { max: NOTES_MAX.toLocaleString("sv-SE") })} defaultValue={values.notes} error={error("notes")} rows={8} />

      <fieldset className="flex flex-col gap-3" aria-describedby="next-steps-hint">
        <legend className="text-lg font-semibold">{t("nextSteps")}</legend>
        <p id="next-steps-hint" className="text-sm text-slate-700">
          {t("nextStepsHint", { max: TASK_TITLE_MAX })}
        </p>
        {error("nextSteps") ? <p className="text-sm text-red-800">{error("nextSteps")}</p> : null}
        <ol className="flex flex-col gap-3">
          {Array.from({ length: rows }, (_, index) => (
            <li key={index} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_12rem]">
              <TextField
                id={`next-step-${index}-title`}
                label={t("nextStepTitle", { number: index + 1 })}
                name="nextStepTitle"
                defaultValue={values[`nextSteps.${index}.title`]}
                error={error(`nextSteps.${index}.title`)}
                autoComplete="off"
              />
              <DateField
                id={`next-step-${index}-due`}
                label={t("nextStepDueOn", { number: index + 1 })}
                name="nextStepDueOn"
                defaultValue={values[`nextSteps.${index}.dueOn`]}
                error={error(`nextSteps.${index}.dueOn`)}
              />
            </li>
          ))}
        </ol>
        {rows < MAX_NEXT_STEPS ? (
          <div>
            <Button type="button" variant="secondary" onClick={() => setExtraRows((n) => n + 1)}>
              {t("addNextStep")}
            </Button>
          </div>
        ) : null}
      </fieldset>

      <SubmitRow pending={isPending}>{submitLabel}</SubmitRow>
    </EditForm>
  );
}

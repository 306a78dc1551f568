"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { Button } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { fieldErrorText, INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

import { DateField } from "@/components/ui/date-field";
import { PLAN_NOTE_MAX } from "@/lib/schemas/form-constants";
import { PLAN_STEP_STATUSES } from "@/lib/vocabularies/plan-steps";
import { formField } from "@/components/ui/form-field";

type Props = {
  kind: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  initial: { status: string; dueOn: string; note: string; savedAt: string };
};

/** One step of the return plan: its own small form, so saving one never touches another. */
export function PlanStepForm({ kind, action, initial }: Props) {
  const t = useTranslations("plan");
  const tc = useTranslations("casework");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const values = state.values ?? initial;
  const error = fieldErrorText(state, tc);
  const prefix = `step-${kind}`;
  const title = t(`kinds.${kind}.title`);
  return (
    <EditForm state={state} action={formAction} className="grid gap-3 sm:grid-cols-[12rem_12rem_1fr_auto] sm:items-start" noValidate>
      <input type="hidden" name="savedAt" value={values.savedAt ?? ""} />
      <SelectField
        id={`${prefix}-status`}
        label={t("status")}
        {...formField("status", values, error)}
        options={PLAN_STEP_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
      />
      <DateField id={`${prefix}-due`} label={t("dueOn")} name="dueOn" hint={tc("dateHint")} defaultValue={values.dueOn} error={error("dueOn")} />
      <TextareaField id={`${prefix}-note`} label={t("note")} name="note" hint={t("noteHint", { max: PLAN_NOTE_MAX })} defaultValue={values.note} error={error("note")} rows={2} />
      <div className="flex flex-col gap-2 sm:pt-6">
        <Button type="submit" variant="secondary" disabled={isPending} aria-label={`${t("save")}: ${title}`}>
          {t("save")}
        </Button>
      </div>
      <div aria-live="polite" className="sm:col-span-4">
        {state.status === "success" ? <Alert tone="success">{t("stepSaved", { step: title })}</Alert> : null}
        <FormErrorAlert state={state} namespace="casework" />
      </div>
    </EditForm>
  );
}

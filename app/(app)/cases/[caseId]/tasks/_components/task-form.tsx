"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextField } from "@/components/ui/field";
import { fieldErrorText, INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

import { DateField } from "@/components/ui/date-field";
import { TASK_TITLE_MAX } from "@/lib/schemas/form-constants";
import { formField } from "@/components/ui/form-field";

export function TaskForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("tasks");
  const tc = useTranslations("casework");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const values = state.status === "success" ? {} : (state.values ?? {});
  const error = fieldErrorText(state, tc);
  return (
    <EditForm state={state} action={formAction} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_12rem_1fr]" noValidate>
      <h3 className="text-lg font-semibold sm:col-span-3">{t("addTask")}</h3>
      <div aria-live="polite" className="sm:col-span-3">
        {state.status === "success" ? <Alert tone="success">{t("taskAdded")}</Alert> : null}
        <FormErrorAlert state={state} namespace="casework" />
      </div>
      <TextField
        key={`title-${state.status}`}
        label={t("taskTitle")}
        {...formField("title", values, error)}
        hint={t("taskTitleHint", { max: TASK_TITLE_MAX })}
        autoComplete="off"
      />
      <DateField
        key={`due-${state.status}`}
        label={t("taskDueOn")}
        {...formField("dueOn", values, error)}
        hint={tc("dateHint")}
      />
      <TextField
        key={`waiting-${state.status}`}
        label={t("waitingOn")}
        {...formField("waitingOn", values, error)}
        hint={t("waitingOnHint")}
        autoComplete="off"
      />
      <SubmitRow pending={isPending} className="sm:col-span-3">{t("addTask")}</SubmitRow>
    </EditForm>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { DateField } from "@/components/ui/date-field";
import { formField } from "@/components/ui/form-field";

type Task = { id: string; title: string; dueOn: string; waitingOn: string; assigneeId: string; updatedAt: string };

/** One task's correction form, folded away until asked for. */
export function TaskEditForm({
  task,
  assignees,
  action,
}: {
  task: Task;
  assignees: { id: string; name: string }[];
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("tasks");
  const tc = useTranslations("casework");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  // After an error the typed values; otherwise the task as the server has it now.
  const values = state.status === "error" ? { ...task, ...state.values } : task;
  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? tc(`errors.${key}`) : undefined;
  };
  const id = (name: string) => `task-${task.id}-${name}`;
  return (
    <details className="text-sm" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer text-brand-700 underline" aria-label={`${t("edit")}: ${task.title}`}>
        {t("edit")}
      </summary>
      {/* Keyed by the saved version, so fresh server values replace the fields after a save. */}
      <form key={`${task.updatedAt}:${state.status}`} action={formAction} className="mt-2 grid gap-2" noValidate>
        <p className="font-medium">{t("editTitle")}</p>
        <div aria-live="polite">
          {state.status === "success" ? <Alert tone="success">{t("taskSaved")}</Alert> : null}
          {state.status === "error" && state.formError ? <Alert tone="error">{tc(`errors.${state.formError}`)}</Alert> : null}
        </div>
        <input type="hidden" name="updatedAt" value={task.updatedAt} />
        <TextField id={id("title")} label={t("taskTitle")} name="title" defaultValue={values.title} error={error("title")} autoComplete="off" />
        <DateField id={id("dueOn")} label={t("taskDueOn")} name="dueOn" defaultValue={values.dueOn} error={error("dueOn")} />
        <TextField id={id("waitingOn")} label={t("waitingOn")} name="waitingOn" defaultValue={values.waitingOn} error={error("waitingOn")} autoComplete="off" />
        <SelectField
          id={id("assigneeId")}
          label={t("assignee")}
          {...formField("assigneeId", values, error)}
          options={assignees.map((colleague) => ({ value: colleague.id, label: colleague.name }))}
        />
        <SubmitRow pending={isPending}>{t("saveTask")}</SubmitRow>
      </form>
    </details>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * The records tab's forms are one required text and a button: the reason for
 * setting or releasing a legal hold, and the archive's reference when a
 * transfer to the archive is recorded. `field` is the form field's name and the
 * schema's; every text is a key under "records".
 */
export function RecordsReasonForm({
  action,
  field,
  labelKey,
  hintKey,
  buttonKey,
  secondary = false,
  maxLength,
}: {
  action: Action;
  field: "reason" | "reference";
  labelKey: string;
  hintKey?: string;
  buttonKey: string;
  secondary?: boolean;
  maxLength: number;
}) {
  const t = useTranslations("records");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const error = state.fieldErrors?.[field]?.[0];
  return (
    <EditForm state={state} action={formAction} className="grid max-w-xl gap-3" noValidate aria-label={t(buttonKey)}>
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("holdSaved")}</Alert> : null}
        {state.status === "error" && state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      </div>
      <TextareaField
        id={`records-${field}`}
        label={t(labelKey)}
        hint={hintKey ? t(hintKey) : undefined}
        name={field}
        rows={2}
        maxLength={maxLength}
        defaultValue={state.values?.[field]}
        error={error ? t(`errors.${error}`) : undefined}
      />
      <div>
        <Button type="submit" variant={secondary ? "secondary" : "primary"} disabled={isPending}>
          {t(buttonKey)}
        </Button>
      </div>
    </EditForm>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { SubmitForm } from "@/components/ui/submit-form";

export function AddPlanStepForm({ action, kinds }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; kinds: string[] }) {
  const t = useTranslations("plan");
  const tc = useTranslations("casework");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const error = state.fieldErrors?.kind?.[0];
  return (
    <SubmitForm state={state} action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <SelectField
        id="add-step-kind"
        label={t("addStep")}
        name="kind"
        options={kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}.title`) }))}
        error={error ? tc(`errors.${error}`) : undefined}
      />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("add")}
      </Button>
      <div aria-live="polite" className="w-full">
        {state.formError ? <Alert tone="error">{tc(`errors.${state.formError}`)}</Alert> : null}
      </div>
    </SubmitForm>
  );
}

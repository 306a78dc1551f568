"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

import { SubmitForm } from "@/components/ui/submit-form";
import { CORRECTION_REASON_MAX } from "@/lib/schemas/form-constants";

/** One document's "registered in error" form, folded away until asked for. */
export function WithdrawForm({ documentId, name, action }: { documentId: string; name: string; action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("documents");
  const tc = useTranslations("casework");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const reasonError = state.fieldErrors?.reason?.[0];
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 underline">{t("withdraw")}</summary>
      <SubmitForm state={state} action={formAction} className="mt-2 grid gap-2" noValidate>
        <p className="font-medium">{t("withdrawTitle", { name })}</p>
        <p className="text-xs text-slate-700">{t("withdrawHint")}</p>
        <div aria-live="polite">
          {state.status === "error" && state.formError ? <Alert tone="error">{tc(`errors.${state.formError}`)}</Alert> : null}
        </div>
        <TextareaField
          id={`withdraw-reason-${documentId}`}
          label={t("withdrawReason")}
          name="reason"
          rows={2}
          maxLength={CORRECTION_REASON_MAX}
          defaultValue={state.values?.reason}
          error={reasonError ? tc(`errors.${reasonError}`) : undefined}
        />
        <SubmitRow pending={isPending} variant="danger">{t("withdrawButton")}</SubmitRow>
      </SubmitForm>
    </details>
  );
}

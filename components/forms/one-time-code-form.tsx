"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { SubmitForm } from "@/components/ui/submit-form";

/** A code from the authenticator app, asked for at sign-in and before turning the second factor off. */
export function OneTimeCodeForm({
  action,
  submitLabel,
  variant,
  className,
  field,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  variant?: "danger";
  className: string;
  field: { id?: string; inputMode: "text" | "numeric"; hint?: string };
}) {
  const t = useTranslations("twoFactor");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const key = state.fieldErrors?.code?.[0];
  return (
    <SubmitForm state={state} action={formAction} className={className} noValidate>
      <TextField label={t("code")} name="code" autoComplete="one-time-code" {...field} error={key ? t(`errors.${key}`) : undefined} />
      <Button type="submit" variant={variant} disabled={isPending}>
        {submitLabel}
      </Button>
    </SubmitForm>
  );
}

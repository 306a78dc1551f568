"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { fieldErrorText, INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { SubmitForm } from "@/components/ui/submit-form";

/** Used at the forced first-sign-in change and on the profile page. */
export function ChangePasswordForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("profile");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const error = fieldErrorText(state, t);
  return (
    <SubmitForm state={state} action={formAction} className="flex max-w-sm flex-col gap-4" noValidate>
      <div aria-live="polite">{state.status === "success" ? <Alert tone="success">{t("passwordChanged")}</Alert> : null}</div>
      <TextField label={t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" error={error("currentPassword")} />
      <TextField
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={error("newPassword")}
      />
      <TextField label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" error={error("confirmPassword")} />
      <Button type="submit" disabled={isPending}>
        {t("changePassword")}
      </Button>
    </SubmitForm>
  );
}

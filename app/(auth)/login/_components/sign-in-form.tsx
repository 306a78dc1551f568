"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { signInAction } from "../actions";
import { SubmitForm } from "@/components/ui/submit-form";

export function SignInForm() {
  const t = useTranslations("signIn");
  const [state, action, isPending] = useActionState(signInAction, INITIAL_FORM_STATE);
  const fieldError = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? t(`errors.${key}`) : undefined;
  };
  return (
    <SubmitForm state={state} action={action} className="flex flex-col gap-4" noValidate>
      <div aria-live="assertive">{state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}</div>
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        error={fieldError("email")}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError("password")}
      />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </SubmitForm>
  );
}

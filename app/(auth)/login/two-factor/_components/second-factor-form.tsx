"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { verifySecondFactorAction } from "../actions";
import { SubmitForm } from "@/components/ui/submit-form";

export function SecondFactorForm() {
  const t = useTranslations("twoFactor");
  const [state, action, isPending] = useActionState(verifySecondFactorAction, INITIAL_FORM_STATE);
  const key = state.fieldErrors?.code?.[0];
  return (
    <SubmitForm state={state} action={action} className="flex flex-col gap-4" noValidate>
      <TextField
        label={t("code")}
        name="code"
        autoComplete="one-time-code"
        inputMode="text"
        hint={t("codeHint")}
        error={key ? t(`errors.${key}`) : undefined}
      />
      <Button type="submit" disabled={isPending}>
        {t("verify")}
      </Button>
    </SubmitForm>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { verifySecondFactorAction } from "../actions";

export function SecondFactorForm() {
  const t = useTranslations("twoFactor");
  const [state, action, isPending] = useActionState(verifySecondFactorAction, INITIAL_FORM_STATE);
  const key = state.fieldErrors?.code?.[0];
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
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
    </form>
  );
}

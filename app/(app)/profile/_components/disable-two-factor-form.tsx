"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { disableTwoFactorAction } from "../actions";
import { SubmitForm } from "@/components/ui/submit-form";

export function DisableTwoFactorForm() {
  const t = useTranslations("twoFactor");
  const [state, action, isPending] = useActionState(disableTwoFactorAction, INITIAL_FORM_STATE);
  const key = state.fieldErrors?.code?.[0];
  return (
    <SubmitForm state={state} action={action} className="flex max-w-sm flex-col gap-3" noValidate>
      <TextField label={t("code")} name="code" id="disable-code" autoComplete="one-time-code" inputMode="numeric" error={key ? t(`errors.${key}`) : undefined} />
      <Button type="submit" variant="danger" disabled={isPending}>
        {t("disable")}
      </Button>
    </SubmitForm>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { INITIAL_FORM_STATE, fieldErrorText } from "@/lib/form-state";
import { drawMonthAction } from "../actions";

export function DrawMonthForm({ suggested }: { suggested: string }) {
  const t = useTranslations("logReview");
  const [state, action, isPending] = useActionState(drawMonthAction, INITIAL_FORM_STATE);
  const error = fieldErrorText(state, t);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div aria-live="polite" className="basis-full empty:hidden">
        {state.status === "error" && state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      </div>
      <TextField label={t("monthLabel")} name="month" hint={t("monthHint")} defaultValue={state.values?.month ?? suggested} error={error("month")} inputMode="numeric" autoComplete="off" />
      <Button type="submit" disabled={isPending}>
        {t("draw")}
      </Button>
    </form>
  );
}

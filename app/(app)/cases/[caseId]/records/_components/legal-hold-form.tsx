"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

/** Sets or releases the case's legal hold; either way a reason is required. */
export function LegalHoldForm({ isHeld, action }: { isHeld: boolean; action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("records");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const reasonError = state.fieldErrors?.reason?.[0];
  return (
    <EditForm state={state} action={formAction} className="grid max-w-xl gap-3" noValidate aria-label={isHeld ? t("releaseHold") : t("setHold")}>
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("holdSaved")}</Alert> : null}
        {state.status === "error" && state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      </div>
      <TextareaField
        id="legal-hold-reason"
        label={isHeld ? t("releaseReason") : t("holdReason")}
        hint={isHeld ? undefined : t("holdReasonHint")}
        name="reason"
        rows={2}
        maxLength={500}
        defaultValue={state.values?.reason}
        error={reasonError ? t(`errors.${reasonError}`) : undefined}
      />
      <div>
        <Button type="submit" variant={isHeld ? "secondary" : "primary"} disabled={isPending}>
          {isHeld ? t("releaseHold") : t("setHold")}
        </Button>
      </div>
    </EditForm>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { EditForm } from "@/components/ui/edit-form";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE, fieldErrorText } from "@/lib/form-state";

import { reviewEmergencyAccessAction } from "../actions";
import { EMERGENCY_VERDICTS } from "@/lib/schemas/form-constants";
import { formChoice } from "@/components/ui/form-field";

/** The sign-off of one emergency grant: the verdict and a comment. */
export function SignOffForm({ grantId }: { grantId: string }) {
  const t = useTranslations("emergencySignOff");
  const [state, action, isPending] = useActionState(reviewEmergencyAccessAction.bind(null, grantId), INITIAL_FORM_STATE);
  const error = fieldErrorText(state, t);
  const values = state.values ?? {};
  return (
    <EditForm action={action} state={state} className="flex flex-col gap-3" noValidate>
      <div aria-live="polite">
        <FormErrorAlert state={state} namespace="emergencySignOff" />
      </div>
      <ChoiceGroup
        legend={t("verdict")}
        {...formChoice("verdict", values, error)}
        type="radio"
        idPrefix={`verdict-${grantId}`}
        options={EMERGENCY_VERDICTS.map((verdict) => ({ value: verdict, label: t(`verdicts.${verdict}`) }))}
      />
      <TextareaField label={t("comment")} name="comment" id={`comment-${grantId}`} rows={2} defaultValue={values.comment} error={error("comment")} hint={t("commentHint")} />
      <SubmitRow pending={isPending}>{t("submit")}</SubmitRow>
    </EditForm>
  );
}

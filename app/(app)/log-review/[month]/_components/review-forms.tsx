"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE, fieldErrorText } from "@/lib/form-state";
import { LOG_REVIEW_VERDICTS, type LogReviewVerdict } from "@/lib/vocabularies/protected-identity";
import { markPickAction, signOffAction } from "../../actions";

/** The verdict on one picked read: justified or needs follow-up, with a comment. */
export function PickVerdictForm({ month, pickId, version, verdict, comment }: { month: string; pickId: string; version: number; verdict: LogReviewVerdict | null; comment: string | null }) {
  const t = useTranslations("logReview");
  const [state, action, isPending] = useActionState(markPickAction.bind(null, month, pickId), INITIAL_FORM_STATE);
  const error = fieldErrorText(state, t);
  return (
    <form action={action} className="grid gap-2" noValidate>
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("saved")}</Alert> : null}
        {state.status === "error" && state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      </div>
      <input type="hidden" name="version" value={version} />
      <ChoiceGroup
        legend={t("verdict")}
        name="verdict"
        type="radio"
        columns
        idPrefix={`verdict-${pickId}`}
        defaultValue={[state.values?.verdict ?? verdict ?? ""].filter(Boolean)}
        options={LOG_REVIEW_VERDICTS.map((value) => ({ value, label: t(`verdicts.${value}`) }))}
        error={error("verdict")}
      />
      <TextareaField id={`comment-${pickId}`} label={t("comment")} name="comment" hint={t("commentHint")} rows={2} maxLength={1000} defaultValue={state.values?.comment ?? comment ?? ""} error={error("comment")} />
      <SubmitRow pending={isPending} variant="secondary">{t("save")}</SubmitRow>
    </form>
  );
}

export function SignOffForm({ month, version }: { month: string; version: number }) {
  const t = useTranslations("logReview");
  const [state, action, isPending] = useActionState(signOffAction.bind(null, month), INITIAL_FORM_STATE);
  return (
    <form action={action} className="grid gap-2" noValidate>
      <div aria-live="polite">{state.status === "error" && state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}</div>
      <input type="hidden" name="version" value={version} />
      <SubmitRow pending={isPending}>{t("signOff")}</SubmitRow>
    </form>
  );
}

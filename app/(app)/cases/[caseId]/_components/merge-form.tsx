"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

import { proposeMergeAction, type MergeFormState } from "../merge-actions";
import { MERGE_REASON_MAX } from "@/lib/schemas/form-constants";

/** "The same person registered twice": the adviser proposes merging this case into another; folded away until asked for. */
export function MergeForm({ caseId }: { caseId: string }) {
  const t = useTranslations("caseRecord.merge");
  const [state, action, isPending] = useActionState<MergeFormState, FormData>(proposeMergeAction.bind(null, caseId), INITIAL_FORM_STATE);
  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? t(`errors.${key}`, { max: MERGE_REASON_MAX }) : undefined;
  };
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer font-medium text-brand-700">{t("title")}</summary>
      <EditForm state={state} action={action} className="mt-2 grid gap-3" noValidate aria-label={t("title")}>
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
        <div aria-live="polite">
          {state.status === "success" ? <Alert tone="success">{t("proposed")}</Alert> : null}
          <FormErrorAlert state={state} namespace="caseRecord.merge" />
        </div>
        <TextField
          key={`into-${state.status}`}
          id="merge-intoCaseNumber"
          label={t("intoCaseNumber")}
          name="intoCaseNumber"
          hint={t("intoCaseNumberHint")}
          defaultValue={state.status === "success" ? "" : state.values?.intoCaseNumber}
          error={error("intoCaseNumber")}
          autoComplete="off"
          className="max-w-xs"
        />
        <TextareaField
          key={`reason-${state.status}`}
          id="merge-reason"
          label={t("reason")}
          name="reason"
          hint={t("reasonHint", { max: MERGE_REASON_MAX })}
          rows={2}
          defaultValue={state.status === "success" ? "" : state.values?.reason}
          error={error("reason")}
        />
        <SubmitRow pending={isPending} variant="secondary">{t("submit")}</SubmitRow>
      </EditForm>
    </details>
  );
}

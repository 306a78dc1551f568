"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { INITIAL_FORM_STATE } from "@/lib/form-state";

import { undoStatusAction } from "../actions";
import { SubmitForm } from "@/components/ui/submit-form";
import { REASON_MAX } from "@/lib/schemas/form-constants";

/** "Undo" on the last status change: a new change back, with a reason; folded away until asked for. */
export function UndoStatusForm({ caseId, version, from, to }: { caseId: string; version: number; from: CaseStatus; to: CaseStatus }) {
  const t = useTranslations("cases");
  const tStatus = useTranslations("caseStatus");
  const [state, action, isPending] = useActionState(undoStatusAction.bind(null, caseId), INITIAL_FORM_STATE);
  const reasonError = state.fieldErrors?.reason?.[0];
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer font-medium text-brand-700">{t("undoStatus")}</summary>
      <SubmitForm state={state} action={action} className="mt-2 grid gap-3" noValidate>
        <p className="text-slate-700">{t("undoStatusIntro", { from: tStatus(from), to: tStatus(to) })}</p>
        <div aria-live="polite">
          {state.status === "success" ? <Alert tone="success">{t("statusUndone")}</Alert> : null}
          <FormErrorAlert state={state} namespace="cases" />
        </div>
        <input type="hidden" name="version" value={version} />
        <TextareaField
          id="undo-status-reason"
          label={t("undoReason")}
          name="reason"
          rows={2}
          maxLength={REASON_MAX}
          defaultValue={state.values?.reason}
          error={reasonError ? t(`errors.${reasonError}`) : undefined}
        />
        <SubmitRow pending={isPending} variant="secondary">{t("undoButton")}</SubmitRow>
      </SubmitForm>
    </details>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { fieldErrorText, INITIAL_FORM_STATE } from "@/lib/form-state";
import { reassignAction } from "../actions";
import { SubmitForm } from "@/components/ui/submit-form";
import { FormHeading } from "@/components/ui/form-heading";

export function ReassignForm({ caseId, version, advisers }: { caseId: string; version: number; advisers: { id: string; name: string }[] }) {
  const t = useTranslations("cases");
  const [state, action, isPending] = useActionState(reassignAction.bind(null, caseId), INITIAL_FORM_STATE);
  const error = fieldErrorText(state, t);
  return (
    <SubmitForm state={state} action={action} className="flex flex-col gap-3" noValidate aria-labelledby="assign-heading">
      <FormHeading id="assign-heading" title={t("assign")} intro={t("assignIntro")} />
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("assigned")}</Alert> : null}
        {state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      </div>
      <input type="hidden" name="version" value={version} />
      <SelectField
        id="assign-adviserId"
        label={t("assignTo")}
        name="adviserId"
        options={advisers.map((adviser) => ({ value: adviser.id, label: adviser.name }))}
        error={error("adviserId")}
      />
      <SubmitRow pending={isPending} variant="secondary">{t("assignButton")}</SubmitRow>
    </SubmitForm>
  );
}

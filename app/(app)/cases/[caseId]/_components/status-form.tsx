"use client";

import { useActionState } from "react";
import { fieldErrorText } from "@/lib/form-state";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { FormHeading } from "@/components/ui/form-heading";
import { SubmitRow } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { CaseOutcome, CaseStatus } from "@/lib/generated/prisma/enums";

import { changeStatusAction, type StatusFormState } from "../actions";
import { DateField } from "@/components/ui/date-field";
import { SubmitForm } from "@/components/ui/submit-form";
import { REASON_MAX } from "@/lib/schemas/form-constants";
import { formField } from "@/components/ui/form-field";

const INITIAL: StatusFormState = { status: "idle" };

type Props = { caseId: string; version: number; today: string; nextStatuses: CaseStatus[]; outcomes: CaseOutcome[] };

/** Offers only the moves the status machine allows from here; the data layer checks again. */
export function StatusForm({ caseId, version, today, nextStatuses, outcomes }: Props) {
  const t = useTranslations("cases");
  const tStatus = useTranslations("caseStatus");
  const tOutcome = useTranslations("caseOutcome");
  const [state, action, isPending] = useActionState(changeStatusAction.bind(null, caseId), INITIAL);
  const values = state.values ?? {};
  const error = fieldErrorText(state, t);
  return (
    <SubmitForm state={state} action={action} className="grid gap-4 sm:grid-cols-2" noValidate aria-labelledby="status-form-heading">
      <FormHeading id="status-form-heading" title={t("changeStatus")} intro={t("changeStatusIntro")} wide />
      <div aria-live="polite" className="sm:col-span-2">
        {state.status === "success" ? (
          <Alert tone="success">
            {t("statusChanged")} {state.followUpsScheduled ? t("followUpsScheduled") : null}
          </Alert>
        ) : null}
        <FormErrorAlert state={state} namespace="cases" />
      </div>
      <input type="hidden" name="version" value={version} />
      <SelectField
        key={`toStatus:${nextStatuses.join()}:${values.toStatus ?? ""}`}
        id="status-toStatus"
        label={t("toStatus")}
        name="toStatus"
        options={nextStatuses.map((status) => ({ value: status, label: tStatus(status) }))}
        defaultValue={values.toStatus ?? nextStatuses[0]}
        error={error("toStatus")}
      />
      <DateField
        id="status-effectiveOn"
        label={t("effectiveOn")}
        name="effectiveOn"
        hint={t("hints.date")}
        defaultValue={values.effectiveOn ?? today}
        error={error("effectiveOn")}
      />
      <TextareaField
        id="status-reason"
        label={t("reason")}
        {...formField("reason", values, error)}
        hint={t("reasonHint")}
        rows={3}
        maxLength={REASON_MAX * 2}
        className="sm:col-span-2"
      />
      {outcomes.length ? (
        <SelectField
          key={`outcome:${values.outcome ?? ""}`}
          id="status-outcome"
          label={t("outcome")}
          name="outcome"
          options={[{ value: "", label: t("noOutcome") }, ...outcomes.map((outcome) => ({ value: outcome, label: tOutcome(outcome) }))]}
          defaultValue={values.outcome ?? ""}
          error={error("outcome")}
          aria-describedby={error("outcome") ? "status-outcome-error status-outcome-hint" : "status-outcome-hint"}
        />
      ) : null}
      {outcomes.length ? (
        <p id="status-outcome-hint" className="self-end text-xs text-slate-600">
          {t("outcomeHint")}
        </p>
      ) : null}
      <SubmitRow pending={isPending} className="sm:col-span-2">{t("saveStatus")}</SubmitRow>
    </SubmitForm>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { fieldErrorText, INITIAL_FORM_STATE } from "@/lib/form-state";

import { releaseToQueueAction, requestTransferAction } from "../handover-actions";
import { formatOfficeDay } from "@/lib/dates";
import { TRANSFER_REASON_MAX } from "@/lib/schemas/form-constants";
import { FormHeading } from "@/components/ui/form-heading";

/** The adviser puts their case back in the team's intake queue. */
export function ReleaseToQueueForm({ caseId, version }: { caseId: string; version: number }) {
  const t = useTranslations("workflow");
  const [state, action, isPending] = useActionState(releaseToQueueAction.bind(null, caseId), INITIAL_FORM_STATE);
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="release-heading">
      <FormHeading id="release-heading" title={t("release.heading")} intro={t("release.intro")} />
      <div aria-live="polite">{state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}</div>
      <input type="hidden" name="version" value={version} />
      <SubmitRow pending={isPending} variant="secondary">{t("release.button")}</SubmitRow>
    </form>
  );
}

/** Offers the case to another team, whose manager decides. */
export function TransferRequestForm({
  caseId,
  version,
  teams,
  pending,
}: {
  caseId: string;
  version: number;
  teams: { id: string; name: string }[];
  pending: { teamName: string; createdAt: Date } | null;
}) {
  const t = useTranslations("workflow");
  const [state, action, isPending] = useActionState(requestTransferAction.bind(null, caseId), INITIAL_FORM_STATE);
  const error = fieldErrorText(state, t);
  return (
    <section className="flex flex-col gap-3" aria-labelledby="transfer-heading">
      <FormHeading id="transfer-heading" title={t("transfer.heading")} />
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("transfer.requested")}</Alert> : null}
        {state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      </div>
      {pending ? (
        <p className="text-sm text-slate-700">{t("transfer.pending", { team: pending.teamName, date: formatOfficeDay(pending.createdAt) })}</p>
      ) : state.status === "success" ? null : (
        <form action={action} className="flex flex-col gap-3" noValidate>
          <p className="text-sm text-slate-700">{t("transfer.intro")}</p>
          <input type="hidden" name="version" value={version} />
          <SelectField
            id="transfer-teamId"
            label={t("transfer.team")}
            name="teamId"
            defaultValue={state.values?.teamId ?? ""}
            options={[{ value: "", label: "–" }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
            error={error("teamId")}
          />
          <TextareaField id="transfer-reason" label={t("transfer.reason")} name="reason" rows={2} maxLength={TRANSFER_REASON_MAX} defaultValue={state.values?.reason ?? ""} error={error("reason")} />
          <SubmitRow pending={isPending} variant="secondary">{t("transfer.button")}</SubmitRow>
        </form>
      )}
    </section>
  );
}

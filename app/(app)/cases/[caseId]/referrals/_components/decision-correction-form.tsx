"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { EditForm } from "@/components/ui/edit-form";
import { TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { REFERRAL_DECISIONS } from "@/lib/referrals/status-machine";

import type { CorrectionFormState } from "../decision-actions";
import { AGENCY_REFERENCE_MAX, DECISION_CORRECTION_REASON_MAX } from "@/lib/schemas/form-constants";
import { formField } from "@/components/ui/form-field";

type Current = { decision: string; decidedOn: string; decisionAmountSek: number | null; agencyReference: string | null };
type Action = (prev: CorrectionFormState, formData: FormData) => Promise<CorrectionFormState>;

/**
 * Correcting a recorded decision: the fields start as the decision reads now;
 * a reason is required. Folded away until asked for. The page keys it by the
 * referral's version, so after a save it starts afresh.
 */
export function DecisionCorrectionForm({ action, version, current }: { action: Action; version: number; current: Current }) {
  const t = useTranslations("caseRecord.decision");
  const tReferrals = useTranslations("referrals");
  const [state, formAction, isPending] = useActionState<CorrectionFormState, FormData>(action, INITIAL_FORM_STATE);
  const values = state.values ?? {};
  const message = (key: string) =>
    t.has(`errors.${key}`) ? t(`errors.${key}`, { max: DECISION_CORRECTION_REASON_MAX }) : tReferrals(`errors.${key}`, { max: AGENCY_REFERENCE_MAX });
  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? message(key) : undefined;
  };
  /** A field of the decision, starting as it reads now. */
  const correctedField = (name: "decisionAmountSek" | "agencyReference" | "decidedOn", now: string) => ({
    id: `fix-${name}`,
    label: tReferrals(`fields.${name}`),
    name,
    defaultValue: values[name] ?? now,
    error: error(name),
  });
  const describe = (decision: Current | null) =>
    decision
      ? [tReferrals(`decisions.${decision.decision}`), decision.decidedOn, decision.decisionAmountSek === null ? "" : `${decision.decisionAmountSek} kr`, decision.agencyReference ?? ""].filter(Boolean).join(", ")
      : "–";
  const banner =
    state.status !== "error"
      ? null
      : state.formError === "staleForm" && state.conflict
        ? t("errors.staleForm", { name: state.conflict.name, at: state.conflict.at, current: describe(state.conflict.current) })
        : state.formError
          ? message(state.formError)
          : t("formHasErrors");
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer text-lg font-semibold text-brand-700">{t("correctTitle")}</summary>
      <EditForm state={state} action={formAction} className="mt-3 grid gap-4 sm:grid-cols-2" noValidate aria-label={t("correctTitle")}>
        <p className="text-sm text-slate-700 sm:col-span-2">{t("correctIntro")}</p>
        <div aria-live="polite" className="sm:col-span-2">
          {banner ? <Alert tone="error">{banner}</Alert> : null}
        </div>
        <input type="hidden" name="version" value={version} />
        <ChoiceGroup
          key={`fix-decision-${values.decision ?? current.decision}`}
          legend={tReferrals("fields.decision")}
          name="decision"
          type="radio"
          options={REFERRAL_DECISIONS.map((decision) => ({ value: decision, label: tReferrals(`decisions.${decision}`) }))}
          defaultValue={[values.decision ?? current.decision]}
          error={error("decision")}
          idPrefix="fix-decision"
          className="sm:col-span-2"
        />
        <TextField key={`fix-amount-${state.status}`} {...correctedField("decisionAmountSek", current.decisionAmountSek === null ? "" : String(current.decisionAmountSek))} hint={tReferrals("hints.amount")} inputMode="numeric" autoComplete="off" />
        <TextField key={`fix-reference-${state.status}`} {...correctedField("agencyReference", current.agencyReference ?? "")} hint={tReferrals("hints.agencyReference", { max: AGENCY_REFERENCE_MAX })} autoComplete="off" />
        <TextField key={`fix-decidedOn-${state.status}`} {...correctedField("decidedOn", current.decidedOn)} hint={tReferrals("hints.date")} inputMode="numeric" autoComplete="off" />
        <TextareaField
          key={`fix-reason-${state.status}`}
          id="fix-reason"
          label={t("reason")}
          {...formField("reason", values, error)}
          hint={t("reasonHint", { max: DECISION_CORRECTION_REASON_MAX })}
          rows={2}
          className="sm:col-span-2"
        />
        <SubmitRow pending={isPending} className="sm:col-span-2">{t("submit")}</SubmitRow>
      </EditForm>
    </details>
  );
}

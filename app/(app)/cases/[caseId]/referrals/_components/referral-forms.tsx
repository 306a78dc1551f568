"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { REFERRAL_DECISIONS } from "@/lib/referrals/status-machine";

import { DateField } from "@/components/ui/date-field";
import { AGENCY_REFERENCE_MAX, CONSENT_NOTE_MAX, EVENT_NOTE_MAX } from "@/lib/schemas/form-constants";
import { formChoice, formField } from "@/components/ui/form-field";
import { FormHeading } from "@/components/ui/form-heading";

// The forms on a referral's page: consent, a status change and the decision.
// Each offers only what the status machine allows from here; the data layer
// checks everything again. The page keys them by the referral's version, so
// after a saved change they start afresh.

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const MAX: Record<string, number> = { note: EVENT_NOTE_MAX, consentNote: CONSENT_NOTE_MAX, agencyReference: AGENCY_REFERENCE_MAX };

function useReferralForm(action: Action) {
  const t = useTranslations("referrals");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  // After a success the page shows the new state; the form starts afresh.
  const values = state.status === "success" ? {} : (state.values ?? {});
  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? t(`errors.${key}`, { max: MAX[name] ?? 0 }) : undefined;
  };
  return { t, state, formAction, isPending, values, error };
}

/**
 * What the three forms share: the heading that names the form, what went wrong
 * (a success redirects to the page, which has its own confirmation), the version
 * the form was shown with, and the save button under the fields.
 */
function ReferralFormShell({
  id,
  title,
  intro,
  form,
  version,
  submitLabel,
  children,
}: {
  id: string;
  title: string;
  intro?: React.ReactNode;
  form: ReturnType<typeof useReferralForm>;
  version: number;
  submitLabel: string;
  children: React.ReactNode;
}) {
  const { state, formAction, isPending } = form;
  return (
    <EditForm state={state} action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate aria-labelledby={`${id}-heading`}>
      <FormHeading id={`${id}-heading`} title={title} wide />
      {intro}
      <div className="sm:col-span-2">
        <div aria-live="polite">
          <FormErrorAlert state={state} namespace="referrals" />
        </div>
      </div>
      <input type="hidden" name="version" value={version} />
      {children}
      <SubmitRow pending={isPending} className="sm:col-span-2">{submitLabel}</SubmitRow>
    </EditForm>
  );
}

/** The day of a status change or a decision: today unless the adviser says otherwise. */
function EventDateField({ id, label, today, form }: { id: string; label: string; today: string; form: ReturnType<typeof useReferralForm> }) {
  const { t, state, values, error } = form;
  return <DateField key={`${id}-${state.status}`} id={id} label={label} name="occurredOn" hint={t("hints.date")} defaultValue={values.occurredOn ?? today} error={error("occurredOn")} />;
}

/** The comment on a status change or a decision: on the case's timeline, never in the letter. */
function EventNoteField({ id, form }: { id: string; form: ReturnType<typeof useReferralForm> }) {
  const { t, state, values, error } = form;
  return (
    <TextareaField
      key={`${id}-${state.status}`}
      id={id}
      label={t("fields.eventNote")}
      {...formField("note", values, error)}
      hint={t("hints.eventNote", { max: EVENT_NOTE_MAX })}
      rows={2}
      className="sm:col-span-2"
    />
  );
}

export function ConsentForm({ action, version, consentGivenOn, consentNote }: { action: Action; version: number; consentGivenOn: string | null; consentNote: string | null }) {
  const form = useReferralForm(action);
  const { t, state, values, error } = form;
  return (
    <ReferralFormShell
      id="consent-form"
      title={consentGivenOn ? t("consentCorrect") : t("consentRecord")}
      intro={<p className="text-sm text-slate-700 sm:col-span-2">{t("consentIntro")}</p>}
      form={form}
      version={version}
      submitLabel={t("saveConsent")}
    >
      <DateField
        key={`consentGivenOn-${state.status}`}
        id="consent-consentGivenOn"
        label={t("fields.consentGivenOn")}
        name="consentGivenOn"
        hint={t("hints.date")}
        defaultValue={values.consentGivenOn ?? consentGivenOn ?? ""}
        error={error("consentGivenOn")}
      />
      <TextareaField
        key={`consentNote-${state.status}`}
        id="consent-consentNote"
        label={t("fields.consentNote")}
        name="consentNote"
        hint={t("hints.consentNote", { max: CONSENT_NOTE_MAX })}
        rows={2}
        defaultValue={values.consentNote ?? consentNote ?? ""}
        error={error("consentNote")}
        className="sm:col-span-2"
      />
    </ReferralFormShell>
  );
}

type StatusProps = { action: Action; version: number; today: string; nextStatuses: ReferralStatus[]; hasConsent: boolean };

/** Every allowed next step except the decision, which has its own form. */
export function StatusChangeForm({ action, version, today, nextStatuses, hasConsent }: StatusProps) {
  const form = useReferralForm(action);
  const { t, values, error } = form;
  const tStatus = useTranslations("referrals.statuses");
  const options = nextStatuses.filter((status) => status !== "DECIDED");
  if (options.length === 0) return null;
  return (
    <ReferralFormShell
      id="status-form"
      title={t("changeStatus")}
      intro={options.includes("SENT") && !hasConsent ? <p className="text-sm text-slate-700 sm:col-span-2">{t("sendNeedsConsent")}</p> : null}
      form={form}
      version={version}
      submitLabel={t("saveStatus")}
    >
      <SelectField
        // A select keeps its first default through React's form reset: remount it with the echoed choice.
        key={`toStatus-${values.toStatus ?? ""}`}
        id="status-toStatus"
        label={t("fields.toStatus")}
        name="toStatus"
        options={options.map((status) => ({ value: status, label: tStatus(status) }))}
        defaultValue={values.toStatus ?? options[0]}
        error={error("toStatus")}
      />
      <EventDateField id="status-occurredOn" label={t("fields.occurredOn")} today={today} form={form} />
      <EventNoteField id="status-note" form={form} />
    </ReferralFormShell>
  );
}

/** A decision the case's status can follow, and the statuses it walks through (lib/cases/decision-status.ts). */
type StatusOffer = { decision: string; path: string };

export function DecisionForm({ action, version, today, statusOffers = [] }: { action: Action; version: number; today: string; statusOffers?: StatusOffer[] }) {
  const form = useReferralForm(action);
  const { t, state, values, error } = form;
  const tRecord = useTranslations("caseRecord.decision");
  return (
    <ReferralFormShell id="decision-form" title={t("recordDecision")} form={form} version={version} submitLabel={t("saveDecision")}>
      <input type="hidden" name="toStatus" value="DECIDED" />
      <ChoiceGroup
        key={`decision-${state.status}`}
        legend={t("fields.decision")}
        {...formChoice("decision", values, error)}
        type="radio"
        options={REFERRAL_DECISIONS.map((decision) => ({ value: decision, label: t(`decisions.${decision}`) }))}
        idPrefix="decision"
        className="sm:col-span-2"
      />
      <TextField
        key={`amount-${state.status}`}
        id="decision-decisionAmountSek"
        label={t("fields.decisionAmountSek")}
        {...formField("decisionAmountSek", values, error)}
        hint={t("hints.amount")}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextField
        key={`reference-${state.status}`}
        id="decision-agencyReference"
        label={t("fields.agencyReference")}
        {...formField("agencyReference", values, error)}
        hint={t("hints.agencyReference", { max: AGENCY_REFERENCE_MAX })}
        autoComplete="off"
      />
      <EventDateField id="decision-occurredOn" label={t("fields.decidedOn")} today={today} form={form} />
      <EventNoteField id="decision-note" form={form} />
      {statusOffers.length ? (
        // Offered, and ticked, by default: the case follows the decision in the same step, with the note as its one reason.
        <div className="sm:col-span-2">
          <CheckboxField
            key={`decision-status-${state.status}`}
            id="decision-changeCaseStatus"
            name="changeCaseStatus"
            label={tRecord("statusOfferLabel")}
            defaultChecked={state.status === "error" ? values.changeCaseStatus === "on" : true}
          />
          <p className="mt-1 text-sm text-slate-700">
            {tRecord("statusOfferHint", { offers: statusOffers.map((offer) => `${offer.decision}: ${offer.path}`).join("; ") })}
          </p>
        </div>
      ) : null}
    </ReferralFormShell>
  );
}

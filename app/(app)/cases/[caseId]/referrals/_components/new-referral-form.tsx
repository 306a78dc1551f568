"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { REFERRAL_TYPES } from "@/lib/referrals/status-machine";

import { DateField } from "@/components/ui/date-field";
import { SubmitForm } from "@/components/ui/submit-form";
import { CONSENT_NOTE_MAX, REFERRAL_NOTE_MAX } from "@/lib/schemas/form-constants";
import { formChoice, formField } from "@/components/ui/form-field";
import { FormHeading } from "@/components/ui/form-heading";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  organisations: { id: string; name: string }[];
  /** Shown under the grant-application choice when a saved check will be linked. */
  linkedCheckHint: string | null;
};

export function NewReferralForm({ action, organisations, linkedCheckHint }: Props) {
  const t = useTranslations("referrals");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const values = state.values ?? {};
  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? t(`errors.${key}`, { max: name === "note" ? REFERRAL_NOTE_MAX : CONSENT_NOTE_MAX }) : undefined;
  };
  return (
    <SubmitForm state={state} action={formAction} className="grid gap-5 rounded-lg border border-slate-200 bg-white p-4" noValidate aria-labelledby="new-referral-heading">
      <FormHeading id="new-referral-heading" title={t("newTitle")} />
      <div aria-live="polite">
        <FormErrorAlert state={state} namespace="referrals" />
      </div>
      <SelectField
        // A select keeps its first default through React's form reset: remount it with the echoed choice.
        key={`organisation-${values.organisationId ?? ""}`}
        label={t("fields.organisation")}
        name="organisationId"
        options={[{ value: "", label: t("chooseOrganisation") }, ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))]}
        defaultValue={values.organisationId ?? ""}
        error={error("organisationId")}
        className="max-w-xl"
      />
      <ChoiceGroup
        legend={t("fields.type")}
        {...formChoice("type", values, error)}
        type="radio"
        options={REFERRAL_TYPES.map((type) => ({
          value: type,
          label: t(`types.${type}`),
          description: type === "RETURN_GRANT_APPLICATION" && linkedCheckHint ? `${t(`typeHints.${type}`)} ${linkedCheckHint}` : t(`typeHints.${type}`),
        }))}
        idPrefix="new-referral"
      />
      <TextareaField
        label={t("fields.note")}
        {...formField("note", values, error)}
        hint={t("hints.note", { max: REFERRAL_NOTE_MAX })}
        rows={3}
      />
      <fieldset className="grid gap-4 rounded-md border border-slate-200 p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("consentLegend")}</legend>
        <p className="text-sm text-slate-700 sm:col-span-2">{t("consentIntro")}</p>
        <DateField
          label={t("fields.consentGivenOn")}
          {...formField("consentGivenOn", values, error)}
          hint={t("hints.date")}
        />
        <TextareaField
          label={t("fields.consentNote")}
          {...formField("consentNote", values, error)}
          hint={t("hints.consentNote", { max: CONSENT_NOTE_MAX })}
          rows={2}
          className="sm:col-span-2"
        />
      </fieldset>
      <SubmitRow pending={isPending}>{t("create")}</SubmitRow>
    </SubmitForm>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { fieldErrorText, INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

import { HOUSEHOLD_RELATIONS } from "@/lib/vocabularies/household-relations";
import { GenderField, PermitFields, type Option } from "../../_components/case-fields";
import { DateField } from "@/components/ui/date-field";
import { ComboboxField } from "@/components/ui/combobox-field";
import { MULTI_FIELD_COUNT } from "@/lib/schemas/form-constants";
import { formField } from "@/components/ui/form-field";

type MemberFormProps = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Unique per form on the page, for the fields' ids. */
  idPrefix: string;
  caseVersion: number;
  initial: Record<string, string>;
  countries: Option[];
  submitLabel: string;
  /** The disclosure's summary. The form is rendered open, when asked for (the case page's `?member=`); it can be folded away. */
  summary: string;
  children?: React.ReactNode;
};

/** Adds a household member or edits one, with the member's own permit. */
export function MemberForm({ action, idPrefix, caseVersion, initial, countries, submitLabel, summary, children }: MemberFormProps) {
  const t = useTranslations("cases");
  const tRelation = useTranslations("householdRelation");
  const tGround = useTranslations("permitGround");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const values = state.status === "success" && !state.values ? initial : (state.values ?? initial);
  const error = fieldErrorText(state, t);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <details id={idPrefix} className="scroll-mt-4 rounded-md border border-slate-200 p-3" open>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{summary}</summary>
      <div className="mt-3 flex flex-col gap-4">
        <EditForm state={state} action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
          <div aria-live="polite" className="sm:col-span-2">
            {state.status === "success" ? <Alert tone="success">{t("memberSaved")}</Alert> : null}
            <FormErrorAlert state={state} namespace="cases" />
          </div>
          <input type="hidden" name="caseVersion" value={caseVersion} />
          <SelectField
            key={`relation:${values.relation ?? ""}`}
            id={id("relation")}
            label={t("fields.relation")}
            name="relation"
            options={[{ value: "", label: t("noneSelected") }, ...HOUSEHOLD_RELATIONS.map((relation) => ({ value: relation, label: tRelation(relation) }))]}
            defaultValue={values.relation ?? ""}
            error={error("relation")}
          />
          <CheckboxField
            id={id("livesWithApplicant")}
            label={t("fields.livesWithApplicant")}
            name="livesWithApplicant"
            defaultChecked={values.livesWithApplicant === "on"}
            className="sm:self-end"
          />
          <TextField id={id("firstName")} label={t("fields.firstName")} name="firstName" defaultValue={values.firstName} error={error("firstName")} hint={t("hints.name")} autoComplete="off" />
          <TextField id={id("lastName")} label={t("fields.lastName")} name="lastName" defaultValue={values.lastName} error={error("lastName")} autoComplete="off" />
          <DateField
            id={id("birthDate")}
            label={t("fields.birthDate")}
            {...formField("birthDate", values, error)}
            hint={t("hints.date")}
          />
          <GenderField id={id("gender")} value={values.gender} error={error("gender")} />
          <TextField
            id={id("identityNumber")}
            label={t("fields.identityNumber")}
            {...formField("identityNumber", values, error)}
            hint={t("hints.identityNumber")}
            inputMode="numeric"
            autoComplete="off"
          />
          {Array.from({ length: MULTI_FIELD_COUNT }, (_, i) => i + 1).map((slot) => (
            <ComboboxField
              key={`citizenship${slot}:${values[`citizenship${slot}`] ?? ""}`}
              id={id(`citizenship${slot}`)}
              label={t(`fields.citizenship${slot}`)}
              name={`citizenship${slot}`}
              options={[{ value: "", label: t("noneSelected") }, ...countries]}
              defaultValue={values[`citizenship${slot}`] ?? ""}
              error={error(`citizenship${slot}`)}
            />
          ))}
          <PermitFields values={values} error={error} groundLabel={(ground) => tGround(ground)} idPrefix={idPrefix} />
          <SubmitRow pending={isPending} className="sm:col-span-2">{submitLabel}</SubmitRow>
        </EditForm>
        {children}
      </div>
    </details>
  );
}

export function RemoveMemberForm({
  action,
  caseVersion,
  label,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  caseVersion: number;
  label: string;
}) {
  const t = useTranslations("cases");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <EditForm state={state} action={formAction} className="flex flex-col gap-2">
      <p className="text-xs text-slate-600">{t("removeMemberHint")}</p>
      <div aria-live="polite">{state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}</div>
      <input type="hidden" name="caseVersion" value={caseVersion} />
      <SubmitRow pending={isPending} variant="danger">{label}</SubmitRow>
    </EditForm>
  );
}

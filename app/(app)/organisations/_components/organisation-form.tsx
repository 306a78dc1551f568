"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

import { ComboboxField } from "@/components/ui/combobox-field";
import { ADDRESS_MAX, CONTACT_ROUTES_MAX, ORGANISATION_NAME_MAX } from "@/lib/schemas/form-constants";
import { ORGANISATION_KINDS } from "@/lib/vocabularies/organisation-kinds";

export type OrganisationValues = {
  name: string;
  kind: string;
  country: string;
  phone: string;
  email: string;
  website: string;
  address: string;
  contactRoutes: string;
  isActive: boolean;
  /** The row's updatedAt when the form was loaded; absent for a new organisation. */
  savedAt?: string;
};

const MAX: Record<string, number> = { name: ORGANISATION_NAME_MAX, address: ADDRESS_MAX, contactRoutes: CONTACT_ROUTES_MAX };

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  initial: OrganisationValues;
  countries: { value: string; label: string }[];
  submitLabel: string;
};

export function OrganisationForm({ action, initial, countries, submitLabel }: Props) {
  const t = useTranslations("organisations");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const values: Record<string, string> = state.values ?? {};
  const value = (name: keyof OrganisationValues) => (state.values ? (values[name] ?? "") : String(initial[name] ?? ""));
  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? t(`errors.${key}`, { max: MAX[name] ?? 0 }) : undefined;
  };
  const isActive = state.values ? values.isActive === "on" : initial.isActive;
  return (
    <EditForm state={state} action={formAction} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2" noValidate>
      <div aria-live="polite" className="sm:col-span-2">
        <FormErrorAlert state={state} namespace="organisations" />
      </div>
      {initial.savedAt ? <input type="hidden" name="savedAt" value={initial.savedAt} /> : null}
      <TextField label={t("fields.name")} name="name" defaultValue={value("name")} error={error("name")} className="sm:col-span-2" autoComplete="off" />
      <SelectField
        // Selects keep their first default through React's form reset: remount them with the echoed choice.
        key={`kind-${value("kind")}`}
        label={t("fields.kind")}
        name="kind"
        options={[{ value: "", label: t("chooseKind") }, ...ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))]}
        defaultValue={value("kind")}
        error={error("kind")}
      />
      <ComboboxField key={`country-${value("country")}`} label={t("fields.country")} name="country" options={countries} defaultValue={value("country") || "SE"} error={error("country")} />
      <TextField label={t("fields.phone")} name="phone" type="tel" defaultValue={value("phone")} error={error("phone")} autoComplete="off" />
      <TextField label={t("fields.email")} name="email" type="email" defaultValue={value("email")} error={error("email")} autoComplete="off" />
      <TextField label={t("fields.website")} name="website" hint={t("hints.website")} defaultValue={value("website")} error={error("website")} className="sm:col-span-2" autoComplete="off" />
      <TextareaField label={t("fields.address")} name="address" rows={2} defaultValue={value("address")} error={error("address")} className="sm:col-span-2" />
      <TextareaField
        label={t("fields.contactRoutes")}
        name="contactRoutes"
        hint={t("hints.contactRoutes", { max: CONTACT_ROUTES_MAX })}
        rows={5}
        defaultValue={value("contactRoutes")}
        error={error("contactRoutes")}
        className="sm:col-span-2"
      />
      <CheckboxField label={t("fields.isActive")} name="isActive" defaultChecked={isActive} className="sm:col-span-2" />
      <SubmitRow pending={isPending} className="sm:col-span-2">{submitLabel}</SubmitRow>
    </EditForm>
  );
}

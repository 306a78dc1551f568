"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { EditForm } from "@/components/ui/edit-form";
import { SelectField } from "@/components/ui/select-field";
import { fieldErrorText, INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import "./give-form.css";
import { CLIENT_MATERIAL_KINDS, CONSENT_ANSWERS, CONSENT_RECIPIENTS, type ClientMaterialKind } from "@/lib/vocabularies/client-material";
import { formChoice } from "@/components/ui/form-field";

export type LanguageChoice = {
  code: string;
  nativeName: string;
  name: string;
  /** Per kind: a translation no translator has reviewed in its current version. */
  unreviewed: Record<ClientMaterialKind, boolean>;
};

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  languages: LanguageChoice[];
};

/**
 * Picks the text and the person's language, and for the consent form the
 * person's answer. Unreviewed translations say so in the list itself. The
 * answer fields show only while the consent form is chosen.
 */
export function GiveForm({ action, languages }: Props) {
  const t = useTranslations("clientMaterial");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const values = state.values ?? {};
  const [kind, setKind] = useState<string>(values.kind ?? "INFORMATION_SHEET");
  const error = fieldErrorText(state, t);
  const options = languages.map((language) => ({
    value: language.code,
    label: t(language.unreviewed[kind as ClientMaterialKind] ?? false ? "case.languageOptionUnreviewed" : "case.languageOption", { native: language.nativeName, name: language.name }),
  }));
  return (
    <EditForm state={state} action={formAction} className="give-form flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div aria-live="polite">
        <FormErrorAlert state={state} namespace="clientMaterial" fallback="errors.formHasErrors" />
      </div>
      {/* The language list marks unreviewed translations of the text chosen here. */}
      <div onChange={(event) => setKind((event.target as HTMLInputElement).value)}>
        <ChoiceGroup
          legend={t("case.kind")}
          name="kind"
          type="radio"
          options={CLIENT_MATERIAL_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          defaultValue={[kind]}
          error={error("kind")}
        />
      </div>
      <SelectField
        label={t("case.language")}
        name="language"
        hint={t("case.unreviewedWarning")}
        options={[{ value: "", label: "–" }, ...options]}
        defaultValue={values.language ?? ""}
        error={error("language")}
        className="client-script"
      />
      {/* Hidden by CSS while the sheet is chosen (give-form.css), so it works before JavaScript too. */}
      <div className="consent-fields flex flex-col gap-4">
        <ChoiceGroup
          legend={t("case.consent")}
          hint={t("case.consentHint")}
          {...formChoice("consent", values, error)}
          type="radio"
          options={CONSENT_ANSWERS.map((value) => ({ value, label: t(`answers.${value}`) }))}
        />
        <ChoiceGroup
          legend={t("case.recipients")}
          name="recipients"
          type="checkbox"
          options={CONSENT_RECIPIENTS.map((value) => ({ value, label: t(`recipients.${value}`) }))}
          defaultValue={(values.recipients ?? "").split(",").filter(Boolean)}
          error={error("recipients") ?? error("recipients.0")}
          columns
        />
      </div>
      <SubmitRow pending={isPending}>{t("case.submit")}</SubmitRow>
    </EditForm>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { fieldErrorText, INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { formField } from "@/components/ui/form-field";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  /** The text's language and direction, so the administrator types and reads it as the person will. */
  lang: string;
  dir: "ltr" | "rtl";
  /** Whether the text is a translation (the Swedish source needs no translator's review). */
  isTranslation: boolean;
};

/** The administrator's editor for one text in one language. */
export function ClientMaterialTextForm({ action, initial, lang, dir, isTranslation }: Props) {
  const t = useTranslations("clientMaterial");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  const values = state.values ?? initial;
  const error = fieldErrorText(state, t);
  return (
    <EditForm state={state} action={formAction} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div aria-live="polite">
        <FormErrorAlert state={state} namespace="clientMaterial" fallback="errors.formHasErrors" message={state.formError === "conflict" ? t("admin.conflict") : undefined} />
      </div>
      <input type="hidden" name="version" value={values.version ?? ""} />
      <TextField label={t("admin.fieldTitle")} name="title" defaultValue={values.title} error={error("title")} lang={lang} dir={dir} className="client-script" autoComplete="off" />
      <TextareaField
        label={t("admin.fieldBody")}
        {...formField("body", values, error)}
        hint={t("admin.fieldBodyHint")}
        rows={24}
        lang={lang}
        dir={dir}
        className="client-script"
      />
      {isTranslation ? (
        <fieldset className="grid gap-4 sm:grid-cols-2" aria-describedby="review-hint">
          <legend className="mb-1 text-base font-semibold">{t("admin.reviewLegend")}</legend>
          <p id="review-hint" className="text-sm text-slate-700 sm:col-span-2">
            {t("admin.reviewHint")}
          </p>
          <TextField label={t("admin.reviewedOn")} name="reviewedOn" type="date" defaultValue={values.reviewedOn} error={error("reviewedOn")} />
          <TextField label={t("admin.reviewedBy")} name="reviewedBy" defaultValue={values.reviewedBy} error={error("reviewedBy")} autoComplete="off" />
        </fieldset>
      ) : null}
      <SubmitRow pending={isPending}>{t("admin.save")}</SubmitRow>
    </EditForm>
  );
}

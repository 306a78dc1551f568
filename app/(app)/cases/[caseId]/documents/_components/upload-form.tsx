"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { SubmitRow } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/content-type";

import type { UploadFormState } from "../actions";
import { SubmitForm } from "@/components/ui/submit-form";
import { DOCUMENT_DESCRIPTION_MAX } from "@/lib/schemas/form-constants";

const INITIAL: UploadFormState = { status: "idle" };
const MAX_MB = MAX_DOCUMENT_BYTES / (1024 * 1024);

export function UploadForm({ action }: { action: (prev: UploadFormState, formData: FormData) => Promise<UploadFormState> }) {
  const t = useTranslations("documents");
  const tc = useTranslations("casework");
  const [state, formAction, isPending] = useActionState(action, INITIAL);
  // Set in the browser before sending: a file over the limit is refused here, without uploading it.
  const [tooLarge, setTooLarge] = useState<{ name: string } | null>(null);

  const serverError = state.fieldErrors?.file?.[0];
  const fileError = tooLarge ? tc("errors.fileTooLarge", { max: MAX_MB }) : serverError ? tc(`errors.${serverError}`, { max: MAX_MB }) : undefined;
  const descriptionError = state.fieldErrors?.description?.[0];
  const values = state.status === "success" ? {} : (state.values ?? {});

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file && file.size > MAX_DOCUMENT_BYTES) {
      event.preventDefault();
      setTooLarge({ name: file.name });
      return;
    }
    setTooLarge(null);
  }

  const showError = tooLarge !== null || state.status === "error";
  return (
    <SubmitForm state={state} action={formAction} onSubmit={checkSize} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <h3 className="text-lg font-semibold">{t("upload")}</h3>
      <div aria-live="polite">
        {state.status === "success" && !tooLarge ? <Alert tone="success">{t("uploaded", { name: state.uploadedName ?? "" })}</Alert> : null}
        <FormErrorAlert state={state} namespace="casework" show={showError} message={fileError} />
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="field-file" className="text-sm font-medium text-slate-800">
          {t("file")}
        </label>
        <p id="field-file-hint" className="text-xs text-slate-600">
          {t("fileHint", { max: MAX_MB })}
        </p>
        <input
          id="field-file"
          name="file"
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "field-file-hint field-file-error" : "field-file-hint"}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm"
        />
        {fileError ? (
          <p id="field-file-error" className="text-sm text-red-800">
            {fileError}
          </p>
        ) : null}
      </div>
      <TextField
        key={`description-${state.status}`}
        label={t("description")}
        name="description"
        hint={t("descriptionHint", { max: DOCUMENT_DESCRIPTION_MAX })}
        defaultValue={values.description}
        error={descriptionError ? tc(`errors.${descriptionError}`) : undefined}
        autoComplete="off"
      />
      <SubmitRow pending={isPending}>{t("uploadButton")}</SubmitRow>
    </SubmitForm>
  );
}

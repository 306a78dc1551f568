"use client";

import { useRef, type FormHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { SubmitForm } from "./submit-form";
import { useUnsavedChanges } from "./use-unsaved-changes";

/**
 * The form element every edit form uses: it asks before the user leaves with
 * unsaved changes, and (through SubmitForm) moves focus to the confirmation or
 * the error summary after an answer. `state` is the action's answer; an error
 * keeps the form counted as changed, a success clears it.
 */
export function EditForm({
  state,
  children,
  ...props
}: Omit<FormHTMLAttributes<HTMLFormElement>, "action"> & {
  action: (formData: FormData) => void | Promise<void>;
  state?: { status: string };
}) {
  const t = useTranslations("app");
  const ref = useRef<HTMLFormElement>(null);
  useUnsavedChanges(ref, t("unsavedChanges"), state);
  return (
    <SubmitForm formRef={ref} state={state} {...props}>
      {children}
    </SubmitForm>
  );
}

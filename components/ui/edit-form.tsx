"use client";

import { useRef, type FormHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { useUnsavedChanges } from "./use-unsaved-changes";

/**
 * The form element every edit form uses: it asks before the user leaves with
 * unsaved changes. `state` is the action's answer; an error keeps the form
 * counted as changed, a success clears it.
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
    <form ref={ref} {...props}>
      {children}
    </form>
  );
}

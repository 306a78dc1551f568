"use client";

import { useTranslations } from "next-intl";
import { Alert } from "./alert";

type ErrorState = { status: string; formError?: string; params?: Record<string, string | number> };

/**
 * The alert of a form's error answer: the form's own error (`errors.<code>` in
 * the form's namespace) or, without one, the prompt to correct the marked fields.
 */
export function FormErrorAlert({
  state,
  namespace,
  fallback = "formHasErrors",
  show = state.status === "error",
  message,
}: {
  state: ErrorState;
  namespace: string;
  /** The key of the prompt when the answer has no error of its own. */
  fallback?: string;
  show?: boolean;
  /** A message that stands instead of both (a refusal the form knows better). */
  message?: string;
}) {
  const t = useTranslations(namespace);
  if (!show) return null;
  return <Alert tone="error">{message ?? (state.formError ? t(`errors.${state.formError}`, state.params) : t(fallback))}</Alert>;
}

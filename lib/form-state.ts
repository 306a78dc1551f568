import type { z } from "zod";

/**
 * What every form action returns to its form. Error strings are translation
 * keys; `values` echoes the input so nothing typed is lost on an error.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[] | undefined>;
  formError?: string;
  values?: Record<string, string>;
};

export const INITIAL_FORM_STATE: FormState = { status: "idle" };

export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

export function fieldErrorState(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { status: "error", fieldErrors, values };
}

/**
 * The error shown under a field: the first message key the action returned
 * for it, translated as `errors.<key>` in the form's namespace.
 */
export function fieldErrorText(state: FormState, translate: (key: string) => string) {
  return (name: string): string | undefined => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? translate(`errors.${key}`) : undefined;
  };
}

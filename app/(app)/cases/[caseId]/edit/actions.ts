"use server";

import { redirect } from "next/navigation";
import { authorizeBound } from "@/lib/gate";
import { updateCase } from "@/lib/data/cases";
import { formAction } from "@/lib/form-action";
import { formValues, type FormState } from "@/lib/form-state";
import { CaseEditFormSchema, caseToFormValues } from "@/lib/schemas/case";
import { revalidateCase } from "@/lib/revalidate-case";

export type CaseConflictView = {
  /** The values saved now, as form fields. */
  current: Record<string, string>;
  /** The values the user started from, to tell which fields the other person changed. */
  base: Record<string, string>;
  changedBy: string | null;
  changedAt: string | null;
};

export type CaseEditState = FormState & { conflict?: CaseConflictView };

function parseBase(raw: FormDataEntryValue | null): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(typeof raw === "string" ? raw : "{}");
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return {};
  }
}

/**
 * Saves on the version the form was opened with. On a conflict nothing is
 * written: the form gets the saved values to compare with and the new
 * version, and keeps everything the user typed, so saving again is a
 * deliberate choice made with both versions in view.
 */
export async function updateCaseAction(caseId: string, prev: CaseEditState, formData: FormData): Promise<CaseEditState> {
  [caseId] = await authorizeBound("case.update", caseId);
  return formAction(formData, CaseEditFormSchema, {
    read: (form) => {
      const values = formValues(form, ["baseValues"]);
      return { input: values, values };
    },
    invalid: (state): CaseEditState => ({ ...state, conflict: prev.conflict }),
    write: (form) => updateCase(caseId, form),
    revalidate: () => revalidateCase(caseId),
    success: () => redirect(`/cases/${caseId}`),
    refused: (result, values) =>
      result.error === "conflict"
        ? {
            status: "error",
            formError: "conflict",
            values: { ...values, version: String(result.version) },
            conflict: {
              current: caseToFormValues(result.current),
              base: parseBase(formData.get("baseValues")),
              changedBy: result.changedBy,
              changedAt: result.changedAt?.toISOString() ?? null,
            },
          }
        : undefined,
  });
}

"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { authorizeBound } from "@/lib/gate";
import { previewEligibilityCheck, saveEligibilityCheck } from "@/lib/data/eligibility-checks";
import { INTENTS, applyRowIntent, fieldForIssuePath, parseEligibilityForm, renumberFieldErrors, type EligibilityFormState } from "@/lib/eligibility-form";
import { formValues } from "@/lib/form-state";
import { revalidateCase } from "@/lib/revalidate-case";

/**
 * A case's check: "calculate" shows the result, "save" stores it (the data layer computes
 * it again from the posted input; a preview is never trusted), the row buttons edit the
 * household before JavaScript has loaded.
 */
export async function eligibilityCheckAction(caseId: string, _prev: EligibilityFormState, formData: FormData): Promise<EligibilityFormState> {
  [caseId] = await authorizeBound("eligibility.save", caseId);
  const intent = formData.get("intent");
  const values = formValues(formData, ["intent"]);
  const rows = applyRowIntent(intent, values);
  if (rows) return { status: "idle", values: rows };

  const parsed = parseEligibilityForm(values, (await getLocale()) === "en" ? "en" : "sv");
  if (!parsed.success) return { status: "error", fieldErrors: renumberFieldErrors(parsed.fieldErrors, values), values };

  if (intent === INTENTS.save) {
    const saved = await saveEligibilityCheck(caseId, parsed.data);
    if (!saved.ok) {
      if (saved.error !== "invalid") return { status: "error", formError: saved.error, values };
      // The form parsed, so the data layer agrees; kept for a schema that one day checks more.
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of saved.issues) (fieldErrors[fieldForIssuePath(issue.path)] ??= []).push(issue.key);
      return { status: "error", fieldErrors, values };
    }
    revalidateCase(caseId);
    redirect(`/cases/${caseId}/eligibility/${saved.checkId}?saved=1`);
  }

  const { results, ruleChangeOn } = await previewEligibilityCheck(parsed.data);
  return { status: "success", values, results, ruleChangeOn: ruleChangeOn ?? undefined };
}

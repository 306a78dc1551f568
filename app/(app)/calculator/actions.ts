"use server";

import { getLocale } from "next-intl/server";
import { authorize } from "@/lib/gate";
import { calculateEligibility } from "@/lib/data/eligibility-checks";
import { applyRowIntent, parseEligibilityForm, renumberFieldErrors, type EligibilityFormState } from "@/lib/eligibility-form";
import { formValues } from "@/lib/form-state";

/** Row labels are names; the calculator is about no one, so none are taken or echoed. */
function withoutLabels(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !name.endsWith(".label")));
}

/** The what-if calculation: results only, nothing stored. */
export async function calculateEligibilityAction(_prev: EligibilityFormState, formData: FormData): Promise<EligibilityFormState> {
  await authorize("eligibility.calculate");
  const values = withoutLabels(formValues(formData, ["intent"]));
  const rows = applyRowIntent(formData.get("intent"), values);
  if (rows) return { status: "idle", values: rows };
  const parsed = parseEligibilityForm(values, (await getLocale()) === "en" ? "en" : "sv");
  if (!parsed.success) return { status: "error", fieldErrors: renumberFieldErrors(parsed.fieldErrors, values), values };
  const { results, ruleChangeOn } = await calculateEligibility(parsed.data);
  return { status: "success", values, results, ruleChangeOn: ruleChangeOn ?? undefined };
}

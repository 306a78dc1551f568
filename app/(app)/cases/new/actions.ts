"use server";

import { authorize } from "@/lib/gate";
import { isRecordId } from "@/lib/schemas/record-id";

import { redirect } from "next/navigation";
import { createCase, searchForDuplicates, type DuplicateCandidate } from "@/lib/data/case-intake";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { CaseFormSchema, DuplicateSearchSchema } from "@/lib/schemas/case";

export type IntakeState = FormState & {
  /** "search" until the adviser has searched; then the whole form. */
  stage: "search" | "details";
  candidates?: DuplicateCandidate[];
};

/** Keeps the duplicate warning in view while the rest of the form is corrected. */
async function candidatesFor(values: Record<string, string>): Promise<DuplicateCandidate[]> {
  const parsed = DuplicateSearchSchema.safeParse(values);
  return parsed.success ? searchForDuplicates(parsed.data) : [];
}

/**
 * Intake in two steps in one form (so it works without JavaScript): "search"
 * looks for possible duplicates; "create" opens the case once every candidate
 * is confirmed as someone else. The data layer searches again on create.
 */
export async function intakeAction(_prev: IntakeState, formData: FormData): Promise<IntakeState> {
  await authorize("case.create");
  const intent = formData.get("intent");
  const values = formValues(formData, ["intent", "confirmDistinct", "candidateIds"]);

  if (intent !== "create") {
    const parsed = DuplicateSearchSchema.safeParse(values);
    if (!parsed.success) return { ...fieldErrorState(parsed.error, values), stage: "search" };
    return { status: "idle", stage: "details", values, candidates: await searchForDuplicates(parsed.data) };
  }

  const parsed = CaseFormSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorState(parsed.error, values), stage: "details", candidates: await candidatesFor(values) };
  const confirmed = formData.get("confirmDistinct") === "on" ? String(formData.get("candidateIds") ?? "").split(",").filter(isRecordId).slice(0, 100) : [];
  const result = await createCase(parsed.data, { confirmedCaseIds: confirmed });
  if (!result.ok) {
    if (result.error === "noTeam") return { status: "error", formError: "noTeam", stage: "details", values };
    return { status: "error", fieldErrors: { confirmDistinct: ["confirmDuplicates"] }, stage: "details", values, candidates: result.candidates };
  }
  redirect(`/cases/${result.caseId}`);
}

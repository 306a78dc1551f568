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
  if (!parsed.success) return [];
  const found = await searchForDuplicates(parsed.data);
  return found === "throttled" ? [] : found;
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
    const found = await searchForDuplicates(parsed.data);
    if (found === "throttled") return { status: "error", formError: "duplicateSearchThrottled", stage: "search", values };
    return { status: "idle", stage: "details", values, candidates: found };
  }

  const parsed = CaseFormSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorState(parsed.error, values), stage: "details", candidates: await candidatesFor(values) };
  const confirmed = formData.get("confirmDistinct") === "on" ? String(formData.get("candidateIds") ?? "").split(",").filter(isRecordId).slice(0, 100) : [];
  const toQueue = formData.get("toQueue") === "on";
  const result = await createCase(parsed.data, { confirmedCaseIds: confirmed, toQueue });
  if (!result.ok) {
    if (result.error === "noTeam") return { status: "error", formError: "noTeam", stage: "details", values };
    if (result.error === "throttled") return { status: "error", formError: "duplicateSearchThrottled", stage: "details", values };
    if (!("candidates" in result)) return { status: "error", formError: result.error, stage: "details", values };
    // The same identity number on a case: no box to tick, the form says where to go instead.
    if (result.error !== "duplicatesNotConfirmed") return { status: "error", formError: result.error, stage: "details", values, candidates: result.candidates };
    // (noTeam and throttled are answered above.)
    return { status: "error", fieldErrors: { confirmDistinct: ["confirmDuplicates"] }, stage: "details", values, candidates: result.candidates };
  }
  // A case put in the queue is no longer the adviser's: unless the team shares its cases, they cannot open it.
  redirect(toQueue ? `/cases?queued=${encodeURIComponent(result.caseNumber)}` : `/cases/${result.caseId}`);
}

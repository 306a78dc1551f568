"use server";

import { authorizeBound } from "@/lib/gate";
import { proposeCaseMerge } from "@/lib/data/case-merge";
import { formatOfficeDateTime } from "@/lib/dates";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { MergeProposalFormSchema } from "@/lib/schemas/case-merge";
import { revalidateCase } from "@/lib/revalidate-case";

/** A form state whose message may name who did what first (the merge already proposed). */
export type MergeFormState = FormState & { params?: Record<string, string> };

const FIELD_OF: Record<string, string> = { targetNotFound: "intoCaseNumber", sameCase: "intoCaseNumber", targetMerged: "intoCaseNumber", otherTeam: "intoCaseNumber", targetClosed: "intoCaseNumber" };

/** The adviser proposes merging this case (a duplicate) into the case numbered in the form; a manager confirms (decision 019). */
export async function proposeMergeAction(caseId: string, _prev: MergeFormState, formData: FormData): Promise<MergeFormState> {
  [caseId] = await authorizeBound("case.merge", caseId);
  return formAction(formData, MergeProposalFormSchema, {
    write: (form) => proposeCaseMerge(caseId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    fields: FIELD_OF,
    refused: (result, values) =>
      result.error === "alreadyProposed"
        ? { status: "error", formError: result.error, values, params: { name: result.proposedBy, at: formatOfficeDateTime(result.proposedAt), from: result.fromCaseNumber, into: result.intoCaseNumber } }
        : undefined,
  });
}

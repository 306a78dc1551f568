"use server";

import { redirect } from "next/navigation";
import { authorizeBound } from "@/lib/gate";
import { correctReferralDecision } from "@/lib/data/referral-decisions";
import { formatOfficeDateTime } from "@/lib/dates";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { DECISION_ERROR_FIELD, DecisionCorrectionFormSchema } from "@/lib/schemas/referral";
import { revalidateCase } from "@/lib/revalidate-case";

/** A form state whose message may carry what someone else saved first. */
export type CorrectionFormState = FormState & { conflict?: { name: string; at: string; current: { decision: string; decidedOn: string; decisionAmountSek: number | null; agencyReference: string | null } | null } };

const FIELD_OF: Record<string, string> = { ...DECISION_ERROR_FIELD, dateBeforeSent: "decidedOn" };

/** Corrects a recorded decision with a reason; the earlier decision stays in the history (issue 11 §3). */
export async function correctDecisionAction(caseId: string, referralId: string, _prev: CorrectionFormState, formData: FormData): Promise<CorrectionFormState> {
  [caseId, referralId] = await authorizeBound("referral.write", caseId, referralId);
  return formAction(formData, DecisionCorrectionFormSchema, {
    write: (form) => correctReferralDecision(referralId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    fields: FIELD_OF,
    refused: (result, values) =>
      result.error === "conflict"
        ? { status: "error", formError: "staleForm", values, conflict: { name: result.changedBy ?? "–", at: result.changedAt ? formatOfficeDateTime(result.changedAt) : "–", current: result.current } }
        : undefined,
    success: () => redirect(`/cases/${caseId}/referrals/${referralId}?saved=correction`),
  });
}

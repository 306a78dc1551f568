"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { correctReferralDecision } from "@/lib/data/referral-decisions";
import { formatOfficeDateTime } from "@/lib/dates";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { DecisionCorrectionFormSchema } from "@/lib/schemas/referral";

/** A form state whose message may carry what someone else saved first. */
export type CorrectionFormState = FormState & { conflict?: { name: string; at: string; current: { decision: string; decidedOn: string; decisionAmountSek: number | null; agencyReference: string | null } | null } };

const FIELD_OF: Record<string, string> = {
  decisionRequired: "decision",
  amountRequired: "decisionAmountSek",
  amountInvalid: "decisionAmountSek",
  amountOnlyWhenGranted: "decisionAmountSek",
  dateBeforeSent: "decidedOn",
};

/** Corrects a recorded decision with a reason; the earlier decision stays in the history (issue 11 §3). */
export async function correctDecisionAction(caseId: string, referralId: string, _prev: CorrectionFormState, formData: FormData): Promise<CorrectionFormState> {
  await authorize("referral.write");
  caseId = boundId(caseId);
  referralId = boundId(referralId);
  const values = formValues(formData);
  const parsed = DecisionCorrectionFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await correctReferralDecision(referralId, parsed.data);
  revalidatePath(`/cases/${caseId}`, "layout");
  if (result.ok) redirect(`/cases/${caseId}/referrals/${referralId}?saved=correction`);
  if (result.error === "conflict") {
    return { status: "error", formError: "staleForm", values, conflict: { name: result.changedBy ?? "–", at: result.changedAt ? formatOfficeDateTime(result.changedAt) : "–", current: result.current } };
  }
  const field = FIELD_OF[result.error];
  if (field) return { status: "error", fieldErrors: { [field]: [result.error] }, values };
  return { status: "error", formError: result.error, values };
}

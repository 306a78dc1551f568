"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { changeReferralStatus, createReferral, recordConsent } from "@/lib/data/referrals";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { ConsentFormSchema, NewReferralFormSchema, ReferralStatusFormSchema, type ReferralStatusForm } from "@/lib/schemas/referral";

// Thin actions for a case's referrals: parse with the shared schema, call the
// data layer (which checks scope, consent, the status machine and the
// version), then refresh. Errors are keys under "referrals.errors".

export async function createReferralAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("referral.write");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = NewReferralFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await createReferral(caseId, parsed.data);
  if (!result.ok) {
    if (result.error === "organisationNotFound") return { status: "error", fieldErrors: { organisationId: [result.error] }, values };
    return { status: "error", formError: result.error, values };
  }
  revalidatePath(`/cases/${caseId}`, "layout");
  redirect(`/cases/${caseId}/referrals/${result.referralId}`);
}

export async function recordConsentAction(caseId: string, referralId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("referral.write");
  caseId = boundId(caseId);
  referralId = boundId(referralId);
  const values = formValues(formData);
  const parsed = ConsentFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await recordConsent(referralId, parsed.data);
  revalidatePath(`/cases/${caseId}`, "layout");
  if (result.ok) redirect(`/cases/${caseId}/referrals/${referralId}?saved=consent`);
  // A stale form: the page now shows the current state; what was typed is kept to retry.
  return { status: "error", formError: result.error === "conflict" ? "staleForm" : result.error, values };
}

/** Where each refusal of the data layer is shown. */
const STATUS_ERROR_FIELD: Record<string, string> = {
  transitionNotAllowed: "toStatus",
  decisionRequired: "decision",
  amountRequired: "decisionAmountSek",
  amountInvalid: "decisionAmountSek",
  amountOnlyWhenGranted: "decisionAmountSek",
  dateBeforePrevious: "occurredOn",
  sentBeforeConsent: "occurredOn",
  statusReasonRequired: "note",
};

export async function changeReferralStatusAction(caseId: string, referralId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("referral.write");
  caseId = boundId(caseId);
  referralId = boundId(referralId);
  const values = formValues(formData);
  const parsed = ReferralStatusFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await changeReferralStatus(referralId, parsed.data, { defaultStatusReason: await decisionAsReason(parsed.data) });
  revalidatePath(`/cases/${caseId}`, "layout");
  if (result.ok) {
    const moved = result.caseStatus ? `&caseStatus=${result.caseStatus}` : "";
    redirect(`/cases/${caseId}/referrals/${referralId}?saved=${result.status === "DECIDED" ? "decision" : "status"}${moved}`);
  }
  const field = STATUS_ERROR_FIELD[result.error];
  if (field) return { status: "error", fieldErrors: { [field]: [result.error] }, values };
  return { status: "error", formError: result.error === "conflict" ? "staleForm" : result.error, values };
}

/** "Migrationsverket's decision on the referral: granted." — the case status change's reason when the adviser wrote no comment. */
async function decisionAsReason(form: ReferralStatusForm): Promise<string | undefined> {
  if (!form.decision) return undefined;
  const t = await getTranslations("referrals");
  return t("decisionAsStatusReason", { decision: t(`decisions.${form.decision}`) });
}

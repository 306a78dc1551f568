"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { authorizeBound } from "@/lib/gate";
import { changeReferralStatus, createReferral, recordConsent } from "@/lib/data/referrals";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { ConsentFormSchema, DECISION_ERROR_FIELD, NewReferralFormSchema, ReferralStatusFormSchema, type ReferralStatusForm } from "@/lib/schemas/referral";
import { revalidateCase } from "@/lib/revalidate-case";

// Thin actions for a case's referrals: parse with the shared schema, call the
// data layer (which checks scope, consent, the status machine and the
// version), then refresh. Errors are keys under "referrals.errors".

export async function createReferralAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("referral.write", caseId);
  return formAction(formData, NewReferralFormSchema, {
    write: (form) => createReferral(caseId, form),
    fields: { organisationNotFound: "organisationId" },
    revalidate: () => revalidateCase(caseId),
    success: (result) => redirect(`/cases/${caseId}/referrals/${result.referralId}`),
  });
}

export async function recordConsentAction(caseId: string, referralId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId, referralId] = await authorizeBound("referral.write", caseId, referralId);
  return formAction(formData, ConsentFormSchema, {
    write: (form) => recordConsent(referralId, form),
    revalidate: () => revalidateCase(caseId),
    // A stale form: the page now shows the current state; what was typed is kept to retry.
    revalidateAfterRefusal: true,
    messages: { conflict: "staleForm" },
    success: () => redirect(`/cases/${caseId}/referrals/${referralId}?saved=consent`),
  });
}

/** Where each refusal of the data layer is shown. */
const STATUS_ERROR_FIELD: Record<string, string> = {
  transitionNotAllowed: "toStatus",
  ...DECISION_ERROR_FIELD,
  dateBeforePrevious: "occurredOn",
  sentBeforeConsent: "occurredOn",
  statusReasonRequired: "note",
};

export async function changeReferralStatusAction(caseId: string, referralId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId, referralId] = await authorizeBound("referral.write", caseId, referralId);
  return formAction(formData, ReferralStatusFormSchema, {
    write: async (form) => changeReferralStatus(referralId, form, { defaultStatusReason: await decisionAsReason(form) }),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    fields: STATUS_ERROR_FIELD,
    messages: { conflict: "staleForm" },
    success: (result) => {
      const moved = result.caseStatus ? `&caseStatus=${result.caseStatus}` : "";
      redirect(`/cases/${caseId}/referrals/${referralId}?saved=${result.status === "DECIDED" ? "decision" : "status"}${moved}`);
    },
  });
}

/** "Migrationsverket's decision on the referral: granted." — the case status change's reason when the adviser wrote no comment. */
async function decisionAsReason(form: ReferralStatusForm): Promise<string | undefined> {
  if (!form.decision) return undefined;
  const t = await getTranslations("referrals");
  return t("decisionAsStatusReason", { decision: t(`decisions.${form.decision}`) });
}

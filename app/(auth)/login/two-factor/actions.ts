"use server";

import { redirect } from "next/navigation";
import { requireStep } from "@/lib/gate";
import { SecondFactorFormSchema, TotpCodeFormSchema, type EnrolmentState } from "@/lib/schemas/two-factor";
import { confirmEnrolment, startEnrolment, verifySecondFactor } from "@/lib/data/two-factor";
import { fieldErrorState, type FormState } from "@/lib/form-state";

export async function verifySecondFactorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireStep("secondFactor");
  const parsed = SecondFactorFormSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return fieldErrorState(parsed.error, {});
  const result = await verifySecondFactor(parsed.data.code);
  if (!result.ok) return { status: "error", fieldErrors: { code: [result.error] } };
  redirect("/");
}

/** Step one returns the QR code; step two checks a code from the app and returns the recovery codes. */
export async function enrolmentAction(prev: EnrolmentState, formData: FormData): Promise<EnrolmentState> {
  await requireStep("twoFactorEnrolment", { orDone: true });
  if (formData.get("step") === "start") {
    const { secret, qrDataUrl } = await startEnrolment();
    return { status: "idle", secret, qrDataUrl };
  }
  const parsed = TotpCodeFormSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { ...fieldErrorState(parsed.error, {}), secret: prev.secret, qrDataUrl: prev.qrDataUrl };
  const result = await confirmEnrolment(parsed.data.code);
  if (!result.ok) return { status: "error", fieldErrors: { code: [result.error] }, secret: prev.secret, qrDataUrl: prev.qrDataUrl };
  // No revalidation here: the profile page would re-render with two-factor on and unmount the
  // enrolment before the person has noted the recovery codes. Its "continue" link reloads instead.
  return { status: "success", recoveryCodes: result.recoveryCodes };
}

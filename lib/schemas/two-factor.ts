import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import type { FormState } from "@/lib/form-state";

/** A six-digit code from the app, or a recovery code like "k7qm-2xrt". Keys under "twoFactor.errors". */
export const SecondFactorFormSchema = z.object({
  code: safeString().trim().min(1, "codeRequired").max(20, "codeWrong"),
});

export const TotpCodeFormSchema = z.object({
  code: safeString()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "codeFormat"),
});

/** The enrolment form's two steps: the QR code to scan, then the recovery codes to note. */
export type EnrolmentState = FormState & { secret?: string; qrDataUrl?: string; recoveryCodes?: string[] };

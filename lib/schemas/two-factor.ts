import { z } from "zod";

/** A six-digit code from the app, or a recovery code like "k7qm-2xrt". Keys under "twoFactor.errors". */
export const SecondFactorFormSchema = z.object({
  code: z.string().trim().min(1, "codeRequired").max(20, "codeWrong"),
});

export const TotpCodeFormSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "codeFormat"),
});

import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";

/** Long passphrases beat complexity rules (NIST SP 800-63B): at least 12 characters, no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;

export const ChangePasswordFormSchema = z
  .object({
    currentPassword: safeString().min(1, "currentRequired").max(256, "tooLong"),
    newPassword: safeString().min(MIN_PASSWORD_LENGTH, "tooShort").max(256, "tooLong"),
    confirmPassword: safeString(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "sameAsOld" });

export type ChangePasswordForm = z.infer<typeof ChangePasswordFormSchema>;

export const LanguageFormSchema = z.object({ locale: z.enum(["sv", "en"], { error: "locale" }) });

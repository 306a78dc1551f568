import { z } from "zod";

/** Long passphrases beat complexity rules (NIST SP 800-63B): at least 12 characters, no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;

export const ChangePasswordFormSchema = z
  .object({
    currentPassword: z.string().min(1, "currentRequired").max(256, "tooLong"),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH, "tooShort").max(256, "tooLong"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "sameAsOld" });

export type ChangePasswordForm = z.infer<typeof ChangePasswordFormSchema>;

export const LanguageFormSchema = z.object({ locale: z.enum(["sv", "en"], { error: "locale" }) });

import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { EMERGENCY_VERDICTS } from "@/lib/schemas/form-constants";

export const CASE_NUMBER_PATTERN = /^\d{4}\/\d{4,}$/;

export const EmergencyAccessFormSchema = z.object({
  caseNumber: safeString().trim().regex(CASE_NUMBER_PATTERN, "caseNumberFormat"),
  reason: safeString().trim().min(10, "reasonTooShort").max(500, "reasonTooLong"),
});

export type EmergencyAccessForm = z.infer<typeof EmergencyAccessFormSchema>;

export const EmergencyReviewFormSchema = z.object({
  verdict: z.enum(EMERGENCY_VERDICTS, "verdictRequired"),
  comment: safeString().trim().min(3, "commentTooShort").max(1000, "commentTooLong"),
});

export type EmergencyReviewForm = z.infer<typeof EmergencyReviewFormSchema>;

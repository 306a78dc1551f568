import { z } from "zod";

export const CASE_NUMBER_PATTERN = /^\d{4}\/\d{4,}$/;

export const EmergencyAccessFormSchema = z.object({
  caseNumber: z.string().trim().regex(CASE_NUMBER_PATTERN, "caseNumberFormat"),
  reason: z.string().trim().min(10, "reasonTooShort").max(500, "reasonTooLong"),
});

export type EmergencyAccessForm = z.infer<typeof EmergencyAccessFormSchema>;

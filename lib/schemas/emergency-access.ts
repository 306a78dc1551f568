import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";

export const CASE_NUMBER_PATTERN = /^\d{4}\/\d{4,}$/;

export const EmergencyAccessFormSchema = z.object({
  caseNumber: safeString().trim().regex(CASE_NUMBER_PATTERN, "caseNumberFormat"),
  reason: safeString().trim().min(10, "reasonTooShort").max(500, "reasonTooLong"),
});

export type EmergencyAccessForm = z.infer<typeof EmergencyAccessFormSchema>;

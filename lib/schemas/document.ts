import { z } from "zod";
import { plainText } from "@/lib/schemas/casework-fields";

export const DOCUMENT_DESCRIPTION_MAX = 500;

/** The text fields of an upload; the file itself is checked by content in the data layer. */
export const DocumentFormSchema = z.object({
  description: plainText(DOCUMENT_DESCRIPTION_MAX, "descriptionTooLong"),
});
export type DocumentForm = z.output<typeof DocumentFormSchema>;

export const CORRECTION_REASON_MAX = 500;

/** "Registered in error": the reason is required, because the record must say why. */
export const DocumentWithdrawalSchema = z.object({
  reason: plainText(CORRECTION_REASON_MAX, "reasonTooLong", "reasonRequired"),
});
export type DocumentWithdrawal = z.output<typeof DocumentWithdrawalSchema>;

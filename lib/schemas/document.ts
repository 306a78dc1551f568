import { z } from "zod";
import { plainText } from "@/lib/schemas/casework-fields";
import { CORRECTION_REASON_MAX, DOCUMENT_DESCRIPTION_MAX } from "@/lib/schemas/form-constants";

/** The text fields of an upload; the file itself is checked by content in the data layer. */
export const DocumentFormSchema = z.object({
  description: plainText(DOCUMENT_DESCRIPTION_MAX, "descriptionTooLong"),
});
export type DocumentForm = z.output<typeof DocumentFormSchema>;

/** "Registered in error": the reason is required, because the record must say why. */
export const DocumentWithdrawalSchema = z.object({
  reason: plainText(CORRECTION_REASON_MAX, "reasonTooLong", "reasonRequired"),
});
export type DocumentWithdrawal = z.output<typeof DocumentWithdrawalSchema>;

import { z } from "zod";
import { plainText } from "@/lib/schemas/casework-fields";

export const DOCUMENT_DESCRIPTION_MAX = 500;

/** The text fields of an upload; the file itself is checked by content in the data layer. */
export const DocumentFormSchema = z.object({
  description: plainText(DOCUMENT_DESCRIPTION_MAX, "descriptionTooLong"),
});
export type DocumentForm = z.output<typeof DocumentFormSchema>;

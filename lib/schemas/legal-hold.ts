import { z } from "zod";
import { plainText } from "@/lib/schemas/casework-fields";

// Setting or releasing a legal hold on a case (retention never removes a case
// under hold): the reason is required — a pending appeal, a records request….
// Messages are keys under "records.errors".
export const LegalHoldFormSchema = z.object({
  reason: plainText(500, "reasonTooLong", "reasonRequired"),
});
export type LegalHoldForm = z.output<typeof LegalHoldFormSchema>;

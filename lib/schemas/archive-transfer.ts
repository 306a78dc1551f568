import { z } from "zod";
import { plainText } from "@/lib/schemas/casework-fields";

// Recording that a case's archive package was handed over to the archive (the
// research sample, issue 13): the archive's receipt or reference is required,
// so the record says where the case went. Messages are keys under "records.errors".
export const ArchiveTransferFormSchema = z.object({
  reference: plainText(200, "referenceTooLong", "referenceRequired"),
});
export type ArchiveTransferForm = z.output<typeof ArchiveTransferFormSchema>;

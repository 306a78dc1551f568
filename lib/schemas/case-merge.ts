import { z } from "zod";
import { parseCaseNumber, formatCaseNumber } from "@/lib/cases/case-number";
import { formInput, plainText } from "@/lib/schemas/casework-fields";
import { MERGE_REASON_MAX } from "@/lib/schemas/form-constants";

// Proposing to merge a person registered twice into one case (decision 019).
// Messages are keys under "caseMerge.errors".

/** "2026/42" and " 2026/0042 " both name case 2026/0042. */
const caseNumber = formInput.transform((value, ctx) => {
  if (!value) {
    ctx.addIssue({ code: "custom", message: "caseNumberRequired" });
    return z.NEVER;
  }
  const parsed = parseCaseNumber(value);
  if (!parsed || parsed.year < 1000 || parsed.year > 9999) {
    ctx.addIssue({ code: "custom", message: "caseNumberInvalid" });
    return z.NEVER;
  }
  return formatCaseNumber(parsed.year, parsed.sequence);
});

export const MergeProposalFormSchema = z.object({
  intoCaseNumber: caseNumber,
  reason: plainText(MERGE_REASON_MAX, "reasonTooLong", "reasonRequired"),
});
export type MergeProposalForm = z.output<typeof MergeProposalFormSchema>;

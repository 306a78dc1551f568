"use server";

import { authorizeBound } from "@/lib/gate";
import { boundFlag } from "@/lib/action-arguments";
import { setLegalHold } from "@/lib/data/legal-hold";
import { recordArchiveTransfer } from "@/lib/data/archive-export";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { LegalHoldFormSchema } from "@/lib/schemas/legal-hold";
import { ArchiveTransferFormSchema } from "@/lib/schemas/archive-transfer";
import { revalidateCase } from "@/lib/revalidate-case";

/** Sets (`hold` true) or releases a legal hold, with its reason. */
export async function legalHoldAction(caseId: string, hold: boolean, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("case.legalHold", caseId);
  hold = boundFlag(hold);
  return formAction(formData, LegalHoldFormSchema, {
    write: (form) => setLegalHold(caseId, form, hold),
    revalidate: () => revalidateCase(caseId),
  });
}

/** Records that the case's archive package was delivered to the archive, with the archive's reference. */
export async function archiveTransferAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("case.archiveExport", caseId);
  return formAction(formData, ArchiveTransferFormSchema, {
    write: (form) => recordArchiveTransfer(caseId, form),
    revalidate: () => revalidateCase(caseId),
  });
}

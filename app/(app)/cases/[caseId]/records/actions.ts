"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { boundFlag, boundId } from "@/lib/action-arguments";
import { setLegalHold } from "@/lib/data/legal-hold";
import { recordArchiveTransfer } from "@/lib/data/archive-export";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { LegalHoldFormSchema } from "@/lib/schemas/legal-hold";
import { ArchiveTransferFormSchema } from "@/lib/schemas/archive-transfer";

/** Sets (`hold` true) or releases a legal hold, with its reason. */
export async function legalHoldAction(caseId: string, hold: boolean, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.legalHold");
  caseId = boundId(caseId);
  hold = boundFlag(hold);
  const values = formValues(formData);
  const parsed = LegalHoldFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await setLegalHold(caseId, parsed.data, hold);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath(`/cases/${caseId}`, "layout");
  return { status: "success" };
}

/** Records that the case's archive package was delivered to the archive, with the archive's reference. */
export async function archiveTransferAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.archiveExport");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = ArchiveTransferFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await recordArchiveTransfer(caseId, parsed.data);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath(`/cases/${caseId}`, "layout");
  return { status: "success" };
}

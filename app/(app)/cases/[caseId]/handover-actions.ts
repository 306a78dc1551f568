"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { releaseToQueue } from "@/lib/data/case-assignment";
import { requestTransfer } from "@/lib/data/team-transfers";
import { ReleaseToQueueFormSchema, TransferRequestFormSchema } from "@/lib/schemas/workflow";

// A case leaving its adviser's hands (docs/decisions/023): back into the
// team's intake queue, or offered to another team.

export async function releaseToQueueAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("queue.release");
  caseId = boundId(caseId);
  const parsed = ReleaseToQueueFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: "error", formError: "versionInvalid" };
  const result = await releaseToQueue(caseId, parsed.data.version);
  revalidatePath(`/cases/${caseId}`, "layout");
  if (!result.ok) return { status: "error", formError: result.error };
  // Whether the adviser still sees the case depends on the team's sharing: the list is always theirs to see.
  redirect("/cases");
}

export async function requestTransferAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.transfer.request");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = TransferRequestFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await requestTransfer(caseId, parsed.data);
  revalidatePath(`/cases/${caseId}`, "layout");
  if (result.ok) return { status: "success" };
  if (result.error === "sameTeam" || result.error === "teamNotFound") return { status: "error", fieldErrors: { teamId: [result.error] }, values };
  return { status: "error", formError: result.error, values };
}

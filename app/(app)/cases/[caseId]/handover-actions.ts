"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { releaseToQueue } from "@/lib/data/case-assignment";
import { requestTransfer } from "@/lib/data/team-transfers";
import { ReleaseToQueueFormSchema, TransferRequestFormSchema } from "@/lib/schemas/workflow";

// A case leaving its adviser's hands (docs/decisions/023): back into the
// team's intake queue, or offered to another team.

export async function releaseToQueueAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("queue.release");
  caseId = boundId(caseId);
  return formAction(formData, ReleaseToQueueFormSchema, {
    invalid: () => ({ status: "error", formError: "versionInvalid" }),
    write: (form) => releaseToQueue(caseId, form.version),
    revalidate: () => revalidatePath(`/cases/${caseId}`, "layout"),
    revalidateAfterRefusal: true,
    keepValues: false,
    // Whether the adviser still sees the case depends on the team's sharing: the list is always theirs to see.
    success: () => redirect("/cases"),
  });
}

export async function requestTransferAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.transfer.request");
  caseId = boundId(caseId);
  return formAction(formData, TransferRequestFormSchema, {
    write: (form) => requestTransfer(caseId, form),
    revalidate: () => revalidatePath(`/cases/${caseId}`, "layout"),
    revalidateAfterRefusal: true,
    fields: { sameTeam: "teamId", teamNotFound: "teamId" },
  });
}

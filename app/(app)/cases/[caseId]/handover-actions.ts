"use server";

import { redirect } from "next/navigation";
import { authorizeBound } from "@/lib/gate";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { releaseToQueue } from "@/lib/data/case-assignment";
import { requestTransfer } from "@/lib/data/team-transfers";
import { ReleaseToQueueFormSchema, TransferRequestFormSchema } from "@/lib/schemas/workflow";
import { revalidateCase } from "@/lib/revalidate-case";

// A case leaving its adviser's hands (docs/decisions/023): back into the
// team's intake queue, or offered to another team.

export async function releaseToQueueAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("queue.release", caseId);
  return formAction(formData, ReleaseToQueueFormSchema, {
    invalid: () => ({ status: "error", formError: "versionInvalid" }),
    write: (form) => releaseToQueue(caseId, form.version),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    keepValues: false,
    // Whether the adviser still sees the case depends on the team's sharing: the list is always theirs to see.
    success: () => redirect("/cases"),
  });
}

export async function requestTransferAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("case.transfer.request", caseId);
  return formAction(formData, TransferRequestFormSchema, {
    write: (form) => requestTransfer(caseId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    fields: { sameTeam: "teamId", teamNotFound: "teamId" },
  });
}

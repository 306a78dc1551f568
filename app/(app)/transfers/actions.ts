"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeBound } from "@/lib/gate";
import { decideTransfer } from "@/lib/data/team-transfers";
import { TransferDecisionFormSchema } from "@/lib/schemas/workflow";

/** The receiving manager accepts (choosing the adviser) or refuses a transfer; the page shows the answer. */
export async function decideTransferAction(requestId: string, formData: FormData): Promise<void> {
  [requestId] = await authorizeBound("case.transfer.decide", requestId);
  const parsed = TransferDecisionFormSchema.safeParse({ decision: formData.get("decision") ?? undefined, adviserId: formData.get("adviserId") ?? undefined, reason: formData.get("reason") ?? undefined });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    redirect(`/transfers?error=${first?.path[0] === "adviserId" ? "adviserRequired" : first?.path[0] === "reason" ? "reasonTooLong" : "selectionInvalid"}`);
  }
  const result = await decideTransfer(requestId, parsed.data);
  revalidatePath("/transfers");
  redirect(result.ok ? `/transfers?done=${parsed.data.decision === "accept" ? "accepted" : "refused"}` : `/transfers?error=${result.error}`);
}

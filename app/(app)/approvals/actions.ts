"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/gate";
import { decideApproval } from "@/lib/data/approvals";
import { safeString } from "@/lib/schemas/safe-string";

// A manager's decision on a pending approval (issue 12 H2; case merges,
// decision 019). The request id is bound on the server page but comes back
// from the browser: checked like input.
const DecisionSchema = z.object({
  decision: z.enum(["approve", "refuse"]),
  reason: safeString()
    .max(500)
    .transform((value) => value.trim() || null),
});

export async function decideApprovalAction(requestId: string, formData: FormData): Promise<void> {
  await authorize("approval.decide");
  const id = safeString().min(1).max(64).safeParse(requestId);
  const parsed = DecisionSchema.safeParse({ decision: formData.get("decision"), reason: formData.get("reason") ?? "" });
  if (!id.success || !parsed.success) redirect("/approvals?error=invalid");
  const result = await decideApproval(id.data, parsed.data.decision === "approve", parsed.data.reason);
  revalidatePath("/approvals");
  revalidatePath("/cases", "layout");
  if (result.ok) redirect(`/approvals?done=${parsed.data.decision}`);
  // What happened instead is read back on the page (who decided first; why a merge cannot happen).
  if (result.error === "alreadyDecided") redirect(`/approvals?decided=${encodeURIComponent(id.data)}`);
  if (result.error === "mergeRefused") redirect(`/approvals?mergeRefused=${result.refusal}`);
  redirect("/approvals?error=notFound");
}

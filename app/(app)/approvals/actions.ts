"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/gate";
import { decideApproval } from "@/lib/data/approvals";

// A manager's decision on a pending approval (issue 12 H2). The request id is
// bound on the server page but comes back from the browser: checked like input.
const DecisionSchema = z.object({
  decision: z.enum(["approve", "refuse"]),
  reason: z.string().max(500).transform((value) => value.trim() || null),
});

export async function decideApprovalAction(requestId: string, formData: FormData): Promise<void> {
  await authorize("approval.decide");
  const id = z.string().min(1).max(64).safeParse(requestId);
  const parsed = DecisionSchema.safeParse({ decision: formData.get("decision"), reason: formData.get("reason") ?? "" });
  if (!id.success || !parsed.success) redirect("/approvals?error=invalid");
  const result = await decideApproval(id.data, parsed.data.decision === "approve", parsed.data.reason);
  revalidatePath("/approvals");
  redirect(result.ok ? "/approvals" : "/approvals?error=notFound");
}

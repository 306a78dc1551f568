"use server";

import { revalidatePath } from "next/cache";
import { authorize, authorizeBound } from "@/lib/gate";
import { approveRetentionRun, makeRetentionListNow } from "@/lib/data/retention";
import type { FormState } from "@/lib/form-state";

export type RetentionFormState = FormState & { removed?: number; skipped?: number; staleCases?: string[] };

/** A new list (dry run) now, instead of the month's. */
export async function makeRetentionListAction(_prev: RetentionFormState, _formData: FormData): Promise<RetentionFormState> {
  await authorize("retention.manage");
  await makeRetentionListNow();
  revalidatePath("/admin/retention");
  return { status: "success" };
}

/** Approves the list shown (its run id bound into the form); a stale or empty list changes nothing. */
export async function approveRetentionAction(runId: string, _prev: RetentionFormState, _formData: FormData): Promise<RetentionFormState> {
  [runId] = await authorizeBound("retention.manage", runId);
  const result = await approveRetentionRun(runId);
  revalidatePath("/admin/retention");
  if (!result.ok) return { status: "error", formError: result.error, staleCases: result.staleCases };
  return { status: "success", removed: result.removed, skipped: result.skipped };
}

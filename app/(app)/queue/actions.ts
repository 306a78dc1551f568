"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { assignFromQueue } from "@/lib/data/case-assignment";
import { parseBatchForm, refusedState } from "@/components/workflow/batch-input";
import type { BatchState } from "@/components/workflow/batch-state";

/** Assigns the ticked cases of the intake queue to the chosen adviser, all or none. */
export async function assignFromQueueAction(_prev: BatchState, formData: FormData): Promise<BatchState> {
  await authorize("queue.assign");
  const form = parseBatchForm(formData);
  if (!form.ok) return form.state;
  const result = await assignFromQueue(form.data.cases, form.data.adviserId);
  revalidatePath("/queue");
  if (!result.ok) return refusedState(result, form.values);
  return { status: "success", done: { count: result.moved, adviserName: result.adviserName } };
}

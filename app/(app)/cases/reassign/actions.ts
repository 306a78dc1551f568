"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { previewReassignment, reassignCasesInBulk } from "@/lib/data/bulk-reassignment";
import { parseBatchForm, refusedState } from "@/components/workflow/batch-input";
import type { BatchState } from "@/components/workflow/batch-state";

/** What moving the ticked cases would change; writes nothing but its audit row. */
export async function previewReassignmentAction(_prev: BatchState, formData: FormData): Promise<BatchState> {
  await authorize("case.bulkReassign");
  const form = parseBatchForm(formData);
  if (!form.ok) return form.state;
  const result = await previewReassignment(form.data.cases, form.data.adviserId);
  if (!result.ok) return refusedState(result, form.values);
  const { preview } = result;
  return {
    status: "idle",
    values: form.values,
    selection: form.data.cases.map((c) => `${c.caseId}:${c.version}`),
    preview: {
      toAdviserName: preview.toAdviser.name,
      cases: preview.cases.map(({ id, caseNumber, fromAdviserName }) => ({ id, caseNumber, fromAdviserName })),
      losing: preview.losing,
      gains: preview.gains,
      newlyVisible: preview.newlyVisible,
      grants: preview.grants.map((grant) => ({ ...grant, expiresAt: grant.expiresAt.toISOString() })),
    },
  };
}

/** Moves the previewed cases, all or none. */
export async function confirmReassignmentAction(_prev: BatchState, formData: FormData): Promise<BatchState> {
  await authorize("case.bulkReassign");
  const form = parseBatchForm(formData);
  if (!form.ok) return form.state;
  const result = await reassignCasesInBulk(form.data.cases, form.data.adviserId);
  revalidatePath("/cases/reassign");
  if (!result.ok) return refusedState(result, form.values);
  return { status: "success", selection: form.data.cases.map((c) => `${c.caseId}:${c.version}`), done: { count: result.moved, adviserName: result.adviserName } };
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { createCounsellingSession, updateCounsellingSession } from "@/lib/data/counselling-sessions";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { CounsellingSessionEditFormSchema, CounsellingSessionFormSchema, readCounsellingSessionForm } from "@/lib/schemas/counselling-session";

/** A session shows on its case, and the tasks it made on the adviser's day. */
function revalidateSessions(caseId: string): void {
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/my-day");
}

export async function createSessionAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("counselling.write");
  caseId = boundId(caseId);
  return formAction(formData, CounsellingSessionFormSchema, {
    read: readCounsellingSessionForm,
    write: (form) => createCounsellingSession(caseId, form),
    revalidate: () => revalidateSessions(caseId),
    success: (result) => redirect(`/cases/${caseId}/sessions/${result.sessionId}?saved=${result.taskIds.length}`),
  });
}

export async function updateSessionAction(caseId: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("counselling.write");
  caseId = boundId(caseId);
  sessionId = boundId(sessionId);
  return formAction(formData, CounsellingSessionEditFormSchema, {
    read: readCounsellingSessionForm,
    write: (form) => updateCounsellingSession(caseId, sessionId, form),
    revalidate: () => revalidateSessions(caseId),
    success: (result) => redirect(`/cases/${caseId}/sessions/${sessionId}?saved=${result.taskIds.length}`),
  });
}

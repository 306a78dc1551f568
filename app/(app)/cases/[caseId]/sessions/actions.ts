"use server";

import { redirect } from "next/navigation";
import { authorizeBound } from "@/lib/gate";
import { createCounsellingSession, updateCounsellingSession } from "@/lib/data/counselling-sessions";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { CounsellingSessionEditFormSchema, CounsellingSessionFormSchema, readCounsellingSessionForm } from "@/lib/schemas/counselling-session";
import { revalidateCase } from "@/lib/revalidate-case";

// A session shows on its case, and the tasks it made on the adviser's day.

export async function createSessionAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("counselling.write", caseId);
  return formAction(formData, CounsellingSessionFormSchema, {
    read: readCounsellingSessionForm,
    write: (form) => createCounsellingSession(caseId, form),
    revalidate: () => revalidateCase(caseId, "/my-day"),
    success: (result) => redirect(`/cases/${caseId}/sessions/${result.sessionId}?saved=${result.taskIds.length}`),
  });
}

export async function updateSessionAction(caseId: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId, sessionId] = await authorizeBound("counselling.write", caseId, sessionId);
  return formAction(formData, CounsellingSessionEditFormSchema, {
    read: readCounsellingSessionForm,
    write: (form) => updateCounsellingSession(caseId, sessionId, form),
    revalidate: () => revalidateCase(caseId, "/my-day"),
    success: (result) => redirect(`/cases/${caseId}/sessions/${sessionId}?saved=${result.taskIds.length}`),
  });
}

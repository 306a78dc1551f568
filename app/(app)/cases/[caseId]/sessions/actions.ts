"use server";

import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createCounsellingSession, updateCounsellingSession } from "@/lib/data/counselling-sessions";
import { CounsellingSessionEditFormSchema, CounsellingSessionFormSchema, readCounsellingSessionForm } from "@/lib/schemas/counselling-session";
import { fieldErrorState, type FormState } from "@/lib/form-state";

export async function createSessionAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("counselling.write");
  caseId = boundId(caseId);
  const { input, values } = readCounsellingSessionForm(formData);
  const parsed = CounsellingSessionFormSchema.safeParse(input);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await createCounsellingSession(caseId, parsed.data);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/my-day");
  redirect(`/cases/${caseId}/sessions/${result.sessionId}?saved=${result.taskIds.length}`);
}

export async function updateSessionAction(caseId: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("counselling.write");
  caseId = boundId(caseId);
  sessionId = boundId(sessionId);
  const { input, values } = readCounsellingSessionForm(formData);
  const parsed = CounsellingSessionEditFormSchema.safeParse(input);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await updateCounsellingSession(caseId, sessionId, parsed.data);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/my-day");
  redirect(`/cases/${caseId}/sessions/${sessionId}?saved=${result.taskIds.length}`);
}

"use server";

import { authorize } from "@/lib/gate";
import { boundId, boundReturnPath } from "@/lib/action-arguments";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { completeTask, createTask } from "@/lib/data/tasks";
import { TaskFormSchema } from "@/lib/schemas/task";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";

export async function createTaskAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("task.write");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = TaskFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await createTask(caseId, parsed.data);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/my-day");
  return { status: "success" };
}

/** Bound arguments come back from the browser: only these pages are valid destinations. */
const RETURN_PATH = /^\/(my-day|cases\/[A-Za-z0-9_-]+\/tasks)$/;

export async function completeTaskAction(taskId: string, returnTo: string): Promise<void> {
  await authorize("task.write");
  taskId = boundId(taskId);
  const result = await completeTask(taskId);
  const destination = boundReturnPath(returnTo, RETURN_PATH, "/my-day");
  if (result.ok && result.caseId) revalidatePath(`/cases/${result.caseId}`, "layout");
  revalidatePath("/my-day");
  redirect(destination);
}

"use server";

import { authorize } from "@/lib/gate";
import { boundId, boundReturnPath } from "@/lib/action-arguments";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { completeTask, createTask, reopenTask, updateTask } from "@/lib/data/tasks";
import { TaskEditFormSchema, TaskFormSchema } from "@/lib/schemas/task";
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

/** Corrects a task's title, date, "waiting on" or assignee. */
export async function updateTaskAction(caseId: string, taskId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("task.write");
  const values = formValues(formData);
  const parsed = TaskEditFormSchema.safeParse(values);
  if (!parsed.success) {
    const state = fieldErrorState(parsed.error, values);
    return state.fieldErrors?.updatedAt ? { status: "error", formError: "staleForm", values } : state;
  }
  const result = await updateTask(caseId, taskId, parsed.data);
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/my-day");
  if (result.ok) return { status: "success" };
  if (result.error === "assigneeCannotSeeCase") return { status: "error", fieldErrors: { assigneeId: [result.error] }, values };
  return { status: "error", formError: result.error, values };
}

/** Reopens a task marked done by mistake. */
export async function reopenTaskAction(taskId: string, returnTo: string): Promise<void> {
  await authorize("task.write");
  const result = await reopenTask(taskId);
  const destination = RETURN_PATH.test(returnTo) ? returnTo : "/my-day";
  if (result.ok && result.caseId) revalidatePath(`/cases/${result.caseId}`, "layout");
  revalidatePath("/my-day");
  redirect(destination);
}

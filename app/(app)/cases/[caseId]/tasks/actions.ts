"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { boundId, boundReturnPath } from "@/lib/action-arguments";
import { completeTask, createTask, reopenTask, updateTask } from "@/lib/data/tasks";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { TaskEditFormSchema, TaskFormSchema } from "@/lib/schemas/task";

/** A task shows on its case and on the assignee's day. */
function revalidateTasks(caseId: string): void {
  revalidatePath(`/cases/${caseId}`, "layout");
  revalidatePath("/my-day");
}

export async function createTaskAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("task.write");
  caseId = boundId(caseId);
  return formAction(formData, TaskFormSchema, {
    write: (form) => createTask(caseId, form),
    revalidate: () => revalidateTasks(caseId),
  });
}

/** Bound arguments come back from the browser: only these pages are valid destinations (My day with one section shown whole, too). */
const RETURN_PATH = /^\/(my-day(\?all=[a-z]{1,16})?|cases\/[A-Za-z0-9_-]+\/tasks)$/;

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
  return formAction(formData, TaskEditFormSchema, {
    invalid: (state) => (state.fieldErrors?.updatedAt ? { status: "error", formError: "staleForm", values: state.values } : state),
    write: (form) => updateTask(caseId, taskId, form),
    revalidate: () => revalidateTasks(caseId),
    revalidateAfterRefusal: true,
    fields: { assigneeCannotSeeCase: "assigneeId" },
  });
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

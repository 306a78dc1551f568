"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeBound } from "@/lib/gate";
import { boundReturnPath } from "@/lib/action-arguments";
import { completeTask, createTask, reopenTask, updateTask, type CompleteTaskResult } from "@/lib/data/tasks";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { revalidateCase } from "@/lib/revalidate-case";
import { TaskEditFormSchema, TaskFormSchema } from "@/lib/schemas/task";

// A task shows on its case and on the assignee's day: both are refreshed after every change.

export async function createTaskAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("task.write", caseId);
  return formAction(formData, TaskFormSchema, {
    write: (form) => createTask(caseId, form),
    revalidate: () => revalidateCase(caseId, "/my-day"),
  });
}

/** Bound arguments come back from the browser: only these pages are valid destinations (My day with one section shown whole, too). */
const RETURN_PATH = /^\/(my-day(\?all=[a-z]{1,16})?|cases\/[A-Za-z0-9_-]+\/tasks)$/;

/** After a task was ticked off or reopened (from the case or the day): both refreshed, then back to where the button was. */
function afterMove(result: CompleteTaskResult, returnTo: string): never {
  const destination = boundReturnPath(returnTo, RETURN_PATH, "/my-day");
  if (result.ok && result.caseId) revalidateCase(result.caseId);
  revalidatePath("/my-day");
  redirect(destination);
}

export async function completeTaskAction(taskId: string, returnTo: string): Promise<void> {
  [taskId] = await authorizeBound("task.write", taskId);
  afterMove(await completeTask(taskId), returnTo);
}

/** Corrects a task's title, date, "waiting on" or assignee. */
export async function updateTaskAction(caseId: string, taskId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId, taskId] = await authorizeBound("task.write", caseId, taskId);
  return formAction(formData, TaskEditFormSchema, {
    invalid: (state) => (state.fieldErrors?.updatedAt ? { status: "error", formError: "staleForm", values: state.values } : state),
    write: (form) => updateTask(caseId, taskId, form),
    revalidate: () => revalidateCase(caseId, "/my-day"),
    revalidateAfterRefusal: true,
    fields: { assigneeCannotSeeCase: "assigneeId" },
  });
}

/** Reopens a task marked done by mistake. */
export async function reopenTaskAction(taskId: string, returnTo: string): Promise<void> {
  [taskId] = await authorizeBound("task.write", taskId);
  afterMove(await reopenTask(taskId), returnTo);
}

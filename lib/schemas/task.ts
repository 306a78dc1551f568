import { z } from "zod";

import { isoDate, plainText } from "@/lib/schemas/casework-fields";
import { TASK_TITLE_MAX } from "@/lib/schemas/form-constants";

export const WAITING_ON_MAX = 200;

/** A task added by hand on a case: what, by when, and whom it waits on if anyone. */
export const TaskFormSchema = z.object({
  title: plainText(TASK_TITLE_MAX, "taskTitleTooLong", "taskTitleRequired"),
  dueOn: isoDate({ maxDaysBack: 31, maxDaysAhead: 365 * 2 }),
  waitingOn: plainText(WAITING_ON_MAX, "waitingOnTooLong").transform((value) => value || null),
});
export type TaskForm = z.output<typeof TaskFormSchema>;

/**
 * Editing a task: its text and date, whose it is (a colleague who can see the
 * case; the data layer checks), and the time it was last saved, so a second
 * editor's save is refused instead of overwriting the first.
 */
export const TaskEditFormSchema = TaskFormSchema.extend({
  assigneeId: plainText(40, "assigneeRequired", "assigneeRequired"),
  updatedAt: z.iso.datetime({ error: "staleForm" }),
});
export type TaskEditForm = z.output<typeof TaskEditFormSchema>;

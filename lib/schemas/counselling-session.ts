import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { isLanguageCode } from "@/lib/languages";
import { checkbox, clockTime, formInput, isoDate, plainText, savedAt, wholeNumber } from "@/lib/schemas/casework-fields";
import { officeInstant } from "@/lib/dates";

import { COUNSELLING_TOPICS, SESSION_MODES } from "@/lib/vocabularies/counselling";
import { INTERPRETER_MODES } from "@/lib/vocabularies/client-material";
import { TASK_TITLE_MAX } from "@/lib/schemas/form-constants";
import { INTERPRETER_AGENCY_MAX, INTERPRETER_DIALECT_MAX, MAX_NEXT_STEPS, NOTES_MAX, PARTICIPANTS_MAX, SESSION_MAX_MINUTES, SESSION_MIN_MINUTES } from "@/lib/schemas/form-constants";

/** An interpreter's number at the agency or in Kammarkollegiet's register: letters, digits and separators, at least one digit (a name is not an ID). */
const INTERPRETER_ID = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9 ./-]{0,29}$/;

const nextStep = z.object({
  title: plainText(TASK_TITLE_MAX, "taskTitleTooLong", "nextStepTitleRequired"),
  dueOn: isoDate({ maxDaysBack: 31 }),
});

const sessionFields = z.object({
  date: isoDate({ required: "dateRequired", maxDaysBack: 365 * 10, maxDaysAhead: 365 * 2 }),
  time: clockTime("timeRequired"),
  durationMinutes: wholeNumber({
    min: SESSION_MIN_MINUTES,
    max: SESSION_MAX_MINUTES,
    required: "durationRequired",
    invalid: "durationNumber",
    range: "durationRange",
  }),
  mode: formInput.pipe(z.enum(SESSION_MODES, { error: "modeRequired" })),
  interpreterLanguage: formInput.refine((value) => value === "" || isLanguageCode(value), "languageInvalid").transform((value) => value || null),
  isInterpreterBooked: checkbox,
  interpreterDialect: plainText(INTERPRETER_DIALECT_MAX, "dialectTooLong").transform((value) => value || null),
  interpreterAgency: plainText(INTERPRETER_AGENCY_MAX, "agencyTooLong").transform((value) => value || null),
  interpreterMode: formInput.pipe(z.union([z.literal(""), z.enum(INTERPRETER_MODES)], { error: "interpreterModeInvalid" })).transform((value) => value || null),
  interpreterIdNumber: formInput.refine((value) => value === "" || INTERPRETER_ID.test(value), "interpreterIdInvalid").transform((value) => value || null),
  participants: plainText(PARTICIPANTS_MAX, "participantsTooLong"),
  topics: z
    .array(safeString())
    .optional()
    .transform((values) => [...new Set(values ?? [])])
    .pipe(z.array(z.enum(COUNSELLING_TOPICS, { error: "topicInvalid" })).min(1, "topicsRequired")),
  notes: plainText(NOTES_MAX, "notesTooLong"),
  nextSteps: z
    .array(z.object({ title: safeString(), dueOn: safeString() }))
    .optional()
    .transform((rows, ctx) => {
      const steps: z.output<typeof nextStep>[] = [];
      (rows ?? []).forEach((row, index) => {
        // Rows left blank are not steps; errors keep the row's own index.
        if (row.title.trim() === "" && row.dueOn.trim() === "") return;
        const parsed = nextStep.safeParse(row);
        if (parsed.success) steps.push(parsed.data);
        else for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [index, ...issue.path], message: issue.message });
      });
      if (steps.length > MAX_NEXT_STEPS) ctx.addIssue({ code: "custom", message: "nextStepsTooMany" });
      return steps;
    }),
});

type SessionFields = z.output<typeof sessionFields>;

/** Checks across fields, and the Stockholm date and time as one instant. */
function toSession({ date, time, ...rest }: SessionFields, ctx: z.RefinementCtx) {
  // A booking, a dialect, an agency, a way of taking part or an ID number all describe an interpreter of some language.
  const hasInterpreterDetails = rest.interpreterDialect || rest.interpreterAgency || rest.interpreterMode || rest.interpreterIdNumber;
  if ((rest.isInterpreterBooked || hasInterpreterDetails) && !rest.interpreterLanguage) {
    ctx.addIssue({ code: "custom", path: ["interpreterLanguage"], message: "interpreterLanguageRequired" });
  }
  // The date is required, so it is set whenever this runs.
  const startsAt = officeInstant(date ?? "", time);
  if (!startsAt) ctx.addIssue({ code: "custom", path: ["time"], message: "timeNotReal" });
  return { ...rest, startsAt: startsAt ?? new Date(Number.NaN) };
}

/** A new session: when, how, who, what was discussed and the next steps agreed. */
export const CounsellingSessionFormSchema = sessionFields.transform(toSession);
export type CounsellingSessionForm = z.output<typeof CounsellingSessionFormSchema>;

/** An edit carries the time the session was last saved, to catch concurrent edits. */
export const CounsellingSessionEditFormSchema = sessionFields
  .extend({ savedAt })
  .transform(({ savedAt: at, ...fields }, ctx) => ({ ...toSession(fields, ctx), savedAt: at }));
export type CounsellingSessionEditForm = z.output<typeof CounsellingSessionEditFormSchema>;

const SCALAR_FIELDS = [
  "date",
  "time",
  "durationMinutes",
  "mode",
  "interpreterLanguage",
  "isInterpreterBooked",
  "interpreterDialect",
  "interpreterAgency",
  "interpreterMode",
  "interpreterIdNumber",
  "participants",
  "notes",
  "savedAt",
] as const;

/**
 * The schema's input from the form: repeated fields (topics, next-step rows)
 * become arrays. Also the values to echo back on an error, flattened to
 * strings ("topics" comma-joined, "nextSteps.0.title"…).
 */
export function readCounsellingSessionForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const strings = (name: string) => formData.getAll(name).filter((value): value is string => typeof value === "string");
  const titles = strings("nextStepTitle");
  const dueDates = strings("nextStepDueOn");
  const rows = Array.from({ length: Math.max(titles.length, dueDates.length) }, (_, index) => ({
    title: titles[index] ?? "",
    dueOn: dueDates[index] ?? "",
  }));
  const input = {
    ...Object.fromEntries(SCALAR_FIELDS.map((name) => [name, text(name)])),
    topics: strings("topics"),
    nextSteps: rows,
  };
  const values: Record<string, string> = { topics: input.topics.join(",") };
  for (const name of SCALAR_FIELDS) {
    const value = text(name);
    if (value !== undefined) values[name] = value;
  }
  rows.forEach((row, index) => {
    values[`nextSteps.${index}.title`] = row.title;
    values[`nextSteps.${index}.dueOn`] = row.dueOn;
  });
  return { input, values };
}

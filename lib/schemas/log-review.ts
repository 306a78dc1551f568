import { z } from "zod";
import { LOG_REVIEW_VERDICTS } from "@/lib/vocabularies/protected-identity";
import { vocabularySchema } from "@/lib/vocabularies/enum-values";
import { formInput } from "@/lib/schemas/casework-fields";
import { safeString } from "@/lib/schemas/safe-string";

// The access-log review's forms (issue 13 part 2). Messages are keys under "logReview.errors".

const whole = (min: number, max: number) =>
  formInput.transform((value, ctx) => {
    const number = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number) || number < min || number > max) {
      ctx.addIssue({ code: "custom", message: "numberRange" });
      return z.NEVER;
    }
    return number;
  });

export const LogReviewSettingsFormSchema = z
  .object({
    sampleSize: whole(0, 500),
    officeStartHour: whole(0, 23),
    officeEndHour: whole(1, 24),
    burstCases: whole(2, 500),
    burstMinutes: whole(1, 1440),
  })
  .refine((value) => value.officeStartHour < value.officeEndHour, { path: ["officeEndHour"], message: "officeHoursOrder" });
export type LogReviewSettingsForm = z.output<typeof LogReviewSettingsFormSchema>;

export const MonthFormSchema = z.object({ month: safeString().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "monthFormat") });

export const PickVerdictFormSchema = z
  .object({
    verdict: vocabularySchema(LOG_REVIEW_VERDICTS, "verdictRequired"),
    comment: safeString().optional().transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim()).pipe(safeString().max(1000, "commentTooLong")),
    version: formInput.transform((value, ctx) => {
      const number = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(number)) {
        ctx.addIssue({ code: "custom", message: "stale" });
        return z.NEVER;
      }
      return number;
    }),
  })
  // "Needs follow-up" says what to follow up.
  .refine((value) => value.verdict !== "NEEDS_FOLLOW_UP" || value.comment.length > 0, { path: ["comment"], message: "commentRequired" });
export type PickVerdictForm = z.output<typeof PickVerdictFormSchema>;

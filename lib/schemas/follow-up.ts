import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { formInput, isoDate, plainText, savedAt } from "@/lib/schemas/casework-fields";
import { FOLLOW_UP_NOTES_MAX, REINTEGRATION_DIMENSIONS } from "@/lib/schemas/form-constants";

export type ReintegrationDimension = (typeof REINTEGRATION_DIMENSIONS)[number];

const score = formInput.pipe(
  safeString()
    .min(1, "scoreRequired")
    .regex(/^[1-5]$/, "scoreRange")
    .transform(Number),
);

/** A follow-up contact after return, as recorded: when, the three scores and notes. */
export const FollowUpFormSchema = z.object({
  completedOn: isoDate({ required: "completedOnRequired", notFuture: true, maxDaysBack: 365 * 3 }),
  economicScore: score,
  socialScore: score,
  psychosocialScore: score,
  notes: plainText(FOLLOW_UP_NOTES_MAX, "notesTooLong"),
  savedAt,
});
export type FollowUpForm = z.output<typeof FollowUpFormSchema>;

import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { formInput, isoDate, plainText, savedAt } from "@/lib/schemas/casework-fields";

/** IOM's Reintegration Sustainability Survey: three dimensions, each scored 1 (very poor) to 5 (very good). */
export const REINTEGRATION_DIMENSIONS = ["economic", "social", "psychosocial"] as const;
export type ReintegrationDimension = (typeof REINTEGRATION_DIMENSIONS)[number];
export const SCORES = [1, 2, 3, 4, 5] as const;

export const FOLLOW_UP_NOTES_MAX = 10_000;

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

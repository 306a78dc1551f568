import { z } from "zod";
import { formInput } from "@/lib/schemas/casework-fields";
import { MAX_RESPONSE_DAYS, MIN_RESPONSE_DAYS } from "@/lib/referrals/overdue";
import { MAX_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from "@/lib/statistics/suppression";
import { AUDIT_YEARS_RANGE, REMOVE_AFTER_YEARS_RANGE } from "@/lib/retention/limits";

// The office settings form. Messages are keys under "settings.errors". Each
// setting is its own field, so later settings (retention) add a field here.

/** A whole number in [min, max]; the messages say "days" but the check is any count. */
const days = (min: number, max: number) =>
  formInput.transform((value, ctx) => {
    if (!value) {
      ctx.addIssue({ code: "custom", message: "daysRequired" });
      return z.NEVER;
    }
    const number = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number) || number < min || number > max) {
      ctx.addIssue({ code: "custom", message: "daysRange" });
      return z.NEVER;
    }
    return number;
  });

export const ReferralSettingsFormSchema = z.object({
  responseDays: days(MIN_RESPONSE_DAYS, MAX_RESPONSE_DAYS),
});
export type ReferralSettingsForm = z.output<typeof ReferralSettingsFormSchema>;

export const StatisticsSettingsFormSchema = z.object({
  suppressionThreshold: days(MIN_SUPPRESSION_THRESHOLD, MAX_SUPPRESSION_THRESHOLD),
});
export type StatisticsSettingsForm = z.output<typeof StatisticsSettingsFormSchema>;

const years = (range: { min: number; max: number }) => days(range.min, range.max);

/** "5, 15, 25": days of the month, each 1–31, at most once; empty means no research sample. */
const monthDays = formInput.transform((value, ctx) => {
  const parts = value.split(/[\s,;]+/).filter(Boolean);
  const numbers = parts.map((part) => (/^\d{1,2}$/.test(part) ? Number(part) : NaN));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 31)) {
    ctx.addIssue({ code: "custom", message: "monthDays" });
    return z.NEVER;
  }
  return [...new Set(numbers)].sort((a, b) => a - b);
});

export const RetentionSettingsFormSchema = z.object({
  removeAfterYears: years(REMOVE_AFTER_YEARS_RANGE),
  researchSampleDays: monthDays,
  auditYears: years(AUDIT_YEARS_RANGE),
});
export type RetentionSettingsForm = z.output<typeof RetentionSettingsFormSchema>;

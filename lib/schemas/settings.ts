import { z } from "zod";
import { formInput } from "@/lib/schemas/casework-fields";
import { MAX_RESPONSE_DAYS, MIN_RESPONSE_DAYS } from "@/lib/referrals/overdue";

// The office settings form. Messages are keys under "settings.errors". Each
// setting is its own field, so later settings (retention) add a field here.

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

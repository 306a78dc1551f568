import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { addDays, officeToday, parseTypedDate, parseTypedTime } from "@/lib/dates";

// The one zod schema for a date typed into any form, and the one for a clock
// time (issue 15). What people type ("5/12", "20261205", "930") is read by
// lib/dates and comes out in ISO form; the message keys are the same in every
// form's namespace: dateFormat, dateNotReal, dateInFuture, dateTooEarly,
// dateOutOfRange, timeFormat.

export type DateRule = {
  /** The message key when the field is empty; without it an empty field is allowed (""). */
  required?: string;
  /** Not after today in Stockholm. */
  notFuture?: boolean;
  /** No day before this "YYYY-MM-DD" (message dateTooEarly). */
  earliest?: string;
  /** How far back and ahead of today a date may lie, in days; beyond is a typing error (dateOutOfRange). */
  maxDaysBack?: number;
  maxDaysAhead?: number;
};

const typed = safeString()
  .optional()
  .transform((value) => (value ?? "").trim());

/** Looks like a date but names no calendar day (2026-02-30): a different message from an unreadable one. */
const DATE_SHAPED = /^(\d{4}-\d{1,2}-\d{1,2}|\d{8}|\d{1,2}[/.]\d{1,2}(?:[/.\s]\d{4})?)$/;

/** A typed date → "YYYY-MM-DD", or "" when empty and not required. */
export function dateField({ required, notFuture = false, earliest, maxDaysBack, maxDaysAhead }: DateRule = {}) {
  return typed.transform((value, ctx): string => {
    if (!value) {
      if (required) ctx.addIssue({ code: "custom", message: required });
      return "";
    }
    const iso = parseTypedDate(value);
    const today = officeToday();
    const problem = !iso
      ? DATE_SHAPED.test(value)
        ? "dateNotReal"
        : "dateFormat"
      : earliest && iso < earliest
        ? "dateTooEarly"
        : notFuture && iso > today
          ? "dateInFuture"
          : (maxDaysBack !== undefined && iso < addDays(today, -maxDaysBack)) || (maxDaysAhead !== undefined && iso > addDays(today, maxDaysAhead))
            ? "dateOutOfRange"
            : null;
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return iso!;
  });
}

/** A typed clock time → "HH:MM" on the 24-hour clock. */
export function timeField(requiredKey: string) {
  return typed.transform((value, ctx): string => {
    if (!value) {
      ctx.addIssue({ code: "custom", message: requiredKey });
      return z.NEVER;
    }
    const clock = parseTypedTime(value);
    if (!clock) {
      ctx.addIssue({ code: "custom", message: "timeFormat" });
      return z.NEVER;
    }
    return clock;
  });
}

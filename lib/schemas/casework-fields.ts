import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { dateField, timeField, type DateRule } from "@/lib/schemas/date-field";

// Fields shared by the casework forms (sessions, plan, tasks, follow-ups,
// documents). Inputs are FormData strings; messages are keys under
// "casework.errors". Dates are days in Stockholm, typed in any form
// lib/dates reads.


/** A missing field (an unchecked box, a field the form did not send) reads as empty. */
export const formInput = safeString()
  .optional()
  .transform((value) => (value ?? "").trim());

export const checkbox = safeString()
  .optional()
  .transform((value) => value === "on" || value === "true");

/** Plain text up to `max` characters, stored as typed (it is always rendered as text, never as HTML). */
export function plainText(max: number, tooLongKey: string, requiredKey?: string) {
  return safeString()
    .optional()
    // Line endings from browsers are CRLF; one form keeps lengths and diffs honest.
    .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(
      requiredKey
        ? safeString().min(1, requiredKey).max(max, tooLongKey)
        : safeString().max(max, tooLongKey),
    );
}

/**
 * A typed date (lib/schemas/date-field) within a sane window around today
 * (20 years back, 5 ahead unless told). Output: the ISO string, or null when
 * empty and not required.
 */
export function isoDate({ maxDaysBack = 365 * 20, maxDaysAhead = 365 * 5, ...rule }: DateRule = {}) {
  return dateField({ maxDaysBack, maxDaysAhead, ...rule }).transform((value) => value || null);
}

/** A typed clock time: "9", "930", "9.30", "09:30" → "09:30". */
export const clockTime = timeField;

/** A whole number typed into a text field, within [min, max]. */
export function wholeNumber({ min, max, required, invalid, range }: { min: number; max: number; required: string; invalid: string; range: string }) {
  return formInput.transform((value, ctx) => {
    if (!value) {
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }
    if (!/^\d{1,6}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: invalid });
      return z.NEVER;
    }
    const number = Number(value);
    if (number < min || number > max) {
      ctx.addIssue({ code: "custom", message: range });
      return z.NEVER;
    }
    return number;
  });
}

/**
 * The row's last saved time, sent back with an edit: a stale value means
 * someone else saved in between, and the edit is refused instead of silently
 * overwriting theirs (the casework tables have no version column).
 */
export const savedAt = formInput.pipe(
  safeString()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "staleForm")
    .transform((value) => new Date(value)),
);

import { isRealIsoDate } from "@/lib/dates";
import { safeString } from "@/lib/schemas/safe-string";

// Values read from a page's URL (filters, periods, cursors), so a view can be
// bookmarked and works without JavaScript. A bad value is dropped — the view
// falls back to its default — never an error page.

/** Text of at most `max` characters, trimmed; empty or bad is undefined. */
export const urlText = (max: number) =>
  safeString()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined);

/** A real calendar day "YYYY-MM-DD", or undefined. */
export const urlDate = urlText(10).transform((value) => (value && isRealIsoDate(value) ? value : undefined));

import { z } from "zod";
import { urlText } from "@/lib/schemas/url-values";

// My day's view, read from the URL so that "show all" is a plain link: which
// task section, if any, lists every task instead of the first few. A bad
// value falls back to the default, never an error page.

export const MY_DAY_SECTIONS = ["overdue", "today", "coming", "undated", "waiting"] as const;
export type MyDaySection = (typeof MY_DAY_SECTIONS)[number];

const isSection = (value: string | undefined): value is MyDaySection => MY_DAY_SECTIONS.includes(value as MyDaySection);

export const MyDayViewSchema = z.object({
  /** The one section shown whole. */
  all: urlText(16).transform((value) => (isSection(value) ? value : undefined)),
});

import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { GUIDANCE_TOPICS, type GuidanceTopic } from "@/lib/vocabularies/guidance-topics";
import { BODY_MAX, SLUG_MAX, SOURCES_MAX, TITLE_MAX } from "@/lib/schemas/form-constants";

// Guidance articles: the editor's form and the search box. Inputs are FormData
// strings; messages are keys under "guidance.errors". Article text is stored
// as typed: it is rendered as text (never as HTML), so a "<script>" in a body
// is shown, not run.

export const QUERY_MAX = 200;

/**
 * The search snippets mark matches with these two private-use characters
 * (see lib/data/guidance.ts); they are removed from anything typed, so text
 * can never fake a highlight.
 */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_STOP = "\uE001";
// Control characters other than tab and line breaks, and the highlight markers.
const STRIPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A missing field reads as empty; line endings become "\n". */
const text = safeString()
  .optional()
  .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").replace(STRIPPED, "").trim());

const title = (required: string) => text.pipe(safeString().min(1, required).max(TITLE_MAX, "titleTooLong"));
const body = (required: string) => text.pipe(safeString().min(1, required).max(BODY_MAX, "bodyTooLong"));

const fields = {
  topic: z.enum(GUIDANCE_TOPICS, { error: "topicRequired" }),
  titleSv: title("titleSvRequired"),
  titleEn: title("titleEnRequired"),
  bodySv: body("bodySvRequired"),
  bodyEn: body("bodyEnRequired"),
  /** One source per line; blank lines dropped. */
  sources: text.pipe(
    safeString()
      .max(SOURCES_MAX, "sourcesTooLong")
      .transform((value) =>
        value
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)
          .join("\n"),
      ),
  ),
  ownerId: text.pipe(
    safeString()
      .max(40, "ownerInvalid")
      .regex(/^[A-Za-z0-9_-]*$/, "ownerInvalid")
      .transform((value) => value || null),
  ),
  /** A checkbox: "on" when checked, absent when not. */
  isPublished: safeString()
    .optional()
    .transform((value) => value === "on" || value === "true"),
};

export const CreateArticleFormSchema = z.object({
  slug: text.pipe(
    safeString()
      .toLowerCase()
      .min(1, "slugRequired")
      .max(SLUG_MAX, "slugTooLong")
      .regex(SLUG, "slugInvalid")
      // Route names under /guidance that a slug must not shadow.
      .refine((value) => !["new", "wizard"].includes(value), "slugReserved"),
  ),
  ...fields,
});
export type CreateArticleForm = z.infer<typeof CreateArticleFormSchema>;

export const UpdateArticleFormSchema = z.object({
  ...fields,
  version: z.coerce.number({ error: "versionInvalid" }).int("versionInvalid").min(1, "versionInvalid"),
});
export type UpdateArticleForm = z.infer<typeof UpdateArticleFormSchema>;

/** The fields an article's content is made of, as the editor sends them. */
export type ArticleContent = Omit<UpdateArticleForm, "version">;

/** The list and search page's query string. Anything unreadable is simply ignored. */
export const GuidanceQuerySchema = z.object({
  q: z
    .union([safeString(), z.array(safeString())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value[0] : value) ?? "")
    .transform((value) => value.replace(STRIPPED, "").trim().slice(0, QUERY_MAX)),
  topic: z
    .union([safeString(), z.array(safeString())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value[0] : value))
    .transform((value) => (GUIDANCE_TOPICS as readonly string[]).includes(value ?? "") ? (value as GuidanceTopic) : undefined),
});
export type GuidanceQuery = z.infer<typeof GuidanceQuerySchema>;

export function isGuidanceTopic(value: string): value is GuidanceTopic {
  return (GUIDANCE_TOPICS as readonly string[]).includes(value);
}

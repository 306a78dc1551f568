import type { FormState } from "@/lib/form-state";

/** The newer content a stale save ran into, as form fields. */
export type ArticleConflictView = {
  current: Record<string, string>;
  version: number;
  changedBy: string | null;
  changedAt: string | null;
};

export type ArticleFormState = FormState & { conflict?: ArticleConflictView };

export const ARTICLE_FIELDS = ["topic", "titleSv", "titleEn", "bodySv", "bodyEn", "sources", "ownerId", "isPublished"] as const;

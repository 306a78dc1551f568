"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeBound } from "@/lib/gate";
import { updateArticle } from "@/lib/data/guidance";
import { formAction } from "@/lib/form-action";
import { UpdateArticleFormSchema, type ArticleContent } from "@/lib/schemas/guidance";
import type { ArticleFormState } from "../../_components/form-state";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function asFormValues(content: ArticleContent): Record<string, string> {
  return { ...content, ownerId: content.ownerId ?? "", isPublished: content.isPublished ? "on" : "" };
}

/**
 * Saves on the version the form was opened with. On a conflict nothing is
 * written: the form shows the newer content beside what the administrator
 * typed, which it keeps, and takes the newer version, so saving again is a
 * deliberate overwrite made with both in view.
 */
export async function updateArticleAction(articleId: string, slug: string, prev: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  [articleId] = await authorizeBound("guidance.edit", articleId);
  return formAction(formData, UpdateArticleFormSchema, {
    invalid: (state): ArticleFormState => ({ ...state, conflict: prev.conflict }),
    write: (form) => updateArticle(articleId, form),
    revalidate: () => revalidatePath("/guidance", "layout"),
    success: () => redirect(SLUG.test(slug) ? `/guidance/${slug}?notice=saved` : "/guidance"),
    refused: (result, values) => {
      if (result.error === "ownerInvalid") return { status: "error", fieldErrors: { ownerId: ["ownerInvalid"] }, values, conflict: prev.conflict };
      if (result.error !== "conflict") return { status: "error", formError: "notFound", values };
      return {
        status: "error",
        formError: "conflict",
        values: { ...values, version: String(result.version) },
        conflict: {
          current: asFormValues(result.current),
          version: result.version,
          changedBy: result.changedBy,
          changedAt: result.changedAt?.toISOString() ?? null,
        },
      };
    },
  });
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { createArticle } from "@/lib/data/guidance";
import { formAction } from "@/lib/form-action";
import { CreateArticleFormSchema } from "@/lib/schemas/guidance";
import type { ArticleFormState } from "../_components/form-state";

export async function createArticleAction(_prev: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  await authorize("guidance.edit");
  return formAction(formData, CreateArticleFormSchema, {
    write: createArticle,
    fields: { slugTaken: "slug", ownerInvalid: "ownerId" },
    revalidate: () => revalidatePath("/guidance"),
    success: (result) => redirect(`/guidance/${result.slug}?notice=created`),
  });
}

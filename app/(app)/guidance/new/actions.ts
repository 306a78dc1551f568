"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { createArticle } from "@/lib/data/guidance";
import { fieldErrorState, formValues } from "@/lib/form-state";
import { CreateArticleFormSchema } from "@/lib/schemas/guidance";
import type { ArticleFormState } from "../_components/form-state";

export async function createArticleAction(_prev: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  await authorize("guidance.edit");
  const values = formValues(formData);
  const parsed = CreateArticleFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await createArticle(parsed.data);
  if (!result.ok) return { status: "error", fieldErrors: { [result.error === "slugTaken" ? "slug" : "ownerId"]: [result.error] }, values };
  revalidatePath("/guidance");
  redirect(`/guidance/${result.slug}?notice=created`);
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeBound } from "@/lib/gate";
import { markReviewed, setPublished } from "@/lib/data/guidance";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Hidden fields come back from the browser: only a well-formed slug makes the address to return to. */
function articlePath(slug: FormDataEntryValue | null, notice: string): string {
  return typeof slug === "string" && SLUG.test(slug) ? `/guidance/${slug}?notice=${notice}` : "/guidance";
}

export async function markReviewedAction(formData: FormData): Promise<void> {
  const [articleId] = await authorizeBound("guidance.edit", formData.get("articleId"));
  const ok = await markReviewed(articleId);
  revalidatePath("/guidance", "layout");
  redirect(articlePath(formData.get("slug"), ok ? "reviewed" : "notFound"));
}

export async function setPublishedAction(formData: FormData): Promise<void> {
  const [articleId] = await authorizeBound("guidance.edit", formData.get("articleId"));
  const isPublished = formData.get("isPublished") === "true";
  const version = Number(formData.get("version"));
  const result = await setPublished(articleId, isPublished, Number.isSafeInteger(version) && Math.abs(version) <= 2_147_483_647 ? version : -1);
  revalidatePath("/guidance", "layout");
  const notice = result.ok ? (isPublished ? "published" : "unpublished") : result.error;
  redirect(articlePath(formData.get("slug"), notice));
}

"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authorize, authorizeBound } from "@/lib/gate";
import { drawReviewMonth, markPick, signOffReviewMonth } from "@/lib/data/log-review";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { isReviewMonth } from "@/lib/log-review/month";
import { MonthFormSchema, PickVerdictFormSchema } from "@/lib/schemas/log-review";

// The access-log review's actions (issue 13 part 2): draw a month, mark a pick,
// sign the month off. Errors are keys under "logReview.errors".

export async function drawMonthAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("logReview.write");
  return formAction(formData, MonthFormSchema, {
    write: (form) => drawReviewMonth(form.month),
    fields: { monthNotEnded: "month", monthFormat: "month" },
    success: (result) => redirect(`/log-review/${result.month}`),
  });
}

export async function markPickAction(month: string, pickId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [pickId] = await authorizeBound("logReview.write", pickId);
  return formAction(formData, PickVerdictFormSchema, {
    write: (form) => markPick(pickId, form),
    revalidate: () => {
      if (isReviewMonth(month)) revalidatePath(`/log-review/${month}`);
    },
    revalidateAfterRefusal: true,
  });
}

export async function signOffAction(month: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("logReview.write");
  const version = Number(formData.get("version"));
  if (!isReviewMonth(month) || !Number.isInteger(version)) return { status: "error", formError: "notFound" };
  const result = await signOffReviewMonth(month, version);
  revalidatePath(`/log-review/${month}`);
  if (!result.ok) return { status: "error", formError: result.error };
  return { status: "success" };
}

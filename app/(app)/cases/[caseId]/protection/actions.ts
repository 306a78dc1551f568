"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { markProtected, nameProtectedAccess, removeProtectedAccess, revealContact, unmarkProtected, type ContactDetails, type ProtectionResult } from "@/lib/data/protected-identity";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { MarkProtectedFormSchema, NameProtectedAccessFormSchema, ReasonFormSchema } from "@/lib/schemas/protected-identity";

// Protected personal data on a case (issue 13 part 1): mark, unmark, name who
// else may see it, and reveal the hidden contact details with a reason. Thin:
// parse, call the data layer (scope, audit), refresh. Errors are keys under
// "protectedIdentity.errors".

function answer(caseId: string, result: ProtectionResult, values: Record<string, string>): FormState {
  revalidatePath(`/cases/${caseId}`, "layout");
  if (result.ok) return { status: "success" };
  return { status: "error", formError: result.error, values };
}

export async function markProtectedAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.protect");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = MarkProtectedFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  return answer(caseId, await markProtected(caseId, parsed.data), values);
}

export async function unmarkProtectedAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.protect");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = ReasonFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  return answer(caseId, await unmarkProtected(caseId, parsed.data), values);
}

export async function nameProtectedAccessAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.protectedAccess.manage");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = NameProtectedAccessFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  return answer(caseId, await nameProtectedAccess(caseId, parsed.data), values);
}

export async function removeProtectedAccessAction(caseId: string, userId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  await authorize("case.protectedAccess.manage");
  caseId = boundId(caseId);
  userId = boundId(userId);
  return answer(caseId, await removeProtectedAccess(caseId, userId), {});
}

export type RevealState = FormState & { contact?: ContactDetails };

/** The contact details come back in the form's state only: nothing about them is cached or kept on the page. */
export async function revealContactAction(caseId: string, _prev: RevealState, formData: FormData): Promise<RevealState> {
  await authorize("case.read");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = ReasonFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await revealContact(caseId, parsed.data);
  if (!result.ok) return { status: "error", formError: result.error, values };
  return { status: "success", contact: result.contact };
}

"use server";

import { authorizeBound } from "@/lib/gate";
import { markProtected, nameProtectedAccess, removeProtectedAccess, revealContact, unmarkProtected, type ContactDetails } from "@/lib/data/protected-identity";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { MarkProtectedFormSchema, NameProtectedAccessFormSchema, ReasonFormSchema } from "@/lib/schemas/protected-identity";
import { revalidateCase } from "@/lib/revalidate-case";

// Protected personal data on a case (issue 13 part 1): mark, unmark, name who
// else may see it, and reveal the hidden contact details with a reason. Thin:
// parse, call the data layer (scope, audit), refresh after every answer.
// Errors are keys under "protectedIdentity.errors".

export async function markProtectedAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("case.protect", caseId);
  return formAction(formData, MarkProtectedFormSchema, {
    write: (form) => markProtected(caseId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
  });
}

export async function unmarkProtectedAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("case.protect", caseId);
  return formAction(formData, ReasonFormSchema, {
    write: (form) => unmarkProtected(caseId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
  });
}

export async function nameProtectedAccessAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("case.protectedAccess.manage", caseId);
  return formAction(formData, NameProtectedAccessFormSchema, {
    write: (form) => nameProtectedAccess(caseId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
  });
}

export async function removeProtectedAccessAction(caseId: string, userId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  [caseId, userId] = await authorizeBound("case.protectedAccess.manage", caseId, userId);
  const result = await removeProtectedAccess(caseId, userId);
  revalidateCase(caseId);
  return result.ok ? { status: "success" } : { status: "error", formError: result.error, values: {} };
}

export type RevealState = FormState & { contact?: ContactDetails };

/** The contact details come back in the form's state only: nothing about them is cached or kept on the page. */
export async function revealContactAction(caseId: string, _prev: RevealState, formData: FormData): Promise<RevealState> {
  [caseId] = await authorizeBound("case.read", caseId);
  return formAction(formData, ReasonFormSchema, {
    write: (form) => revealContact(caseId, form),
    success: (result) => ({ status: "success", contact: result.contact }),
  });
}

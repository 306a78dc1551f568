"use server";

import { authorizeBound } from "@/lib/gate";
import { addHouseholdMember, removeHouseholdMember, updateHouseholdMember } from "@/lib/data/household";
import { changeCaseStatus, reassignCase, undoLastStatusChange } from "@/lib/data/cases";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { CaseVersionSchema, HouseholdMemberFormSchema, ReassignFormSchema, StatusChangeFormSchema, UndoStatusFormSchema } from "@/lib/schemas/case";
import { revalidateCase } from "@/lib/revalidate-case";

// Thin actions for the case overview: parse with the shared schema, call the
// data layer (which checks scope, the status machine and the version), then
// refresh the page, after a refusal too: it may mean the case moved on.
// Errors are keys under "cases.errors".

export type StatusFormState = FormState & { followUpsScheduled?: number };

/** Where each refusal of the data layer is shown. */
const STATUS_ERROR_FIELD: Record<string, string> = {
  transitionNotAllowed: "toStatus",
  outcomeRequired: "outcome",
  outcomeNotAllowed: "outcome",
  outcomeOnlyOnClose: "outcome",
  effectiveOnBeforePrevious: "effectiveOn",
};

export async function changeStatusAction(caseId: string, _prev: StatusFormState, formData: FormData): Promise<StatusFormState> {
  [caseId] = await authorizeBound("case.update", caseId);
  return formAction(formData, StatusChangeFormSchema, {
    write: (form) => changeCaseStatus(caseId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    success: (result) => ({ status: "success", followUpsScheduled: result.followUpsScheduled }),
    fields: STATUS_ERROR_FIELD,
    // A stale form: the page now shows the current status; what was typed is dropped on purpose.
    messages: { conflict: "staleStatus" },
    keepValues: false,
  });
}

/** Undoes the last status change with a new change back (never an edit of the old one). */
export async function undoStatusAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("case.update", caseId);
  return formAction(formData, UndoStatusFormSchema, {
    // A missing or tampered version is a stale form, not a field the user can fix.
    invalid: (state) => (state.fieldErrors?.version ? { status: "error", formError: "staleStatus" } : state),
    write: (form) => undoLastStatusChange(caseId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    messages: { conflict: "staleStatus" },
    keepValues: false,
  });
}

export async function addMemberAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("case.update", caseId);
  return formAction(formData, HouseholdMemberFormSchema, {
    write: (form) => addHouseholdMember(caseId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
  });
}

export async function updateMemberAction(caseId: string, memberId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId, memberId] = await authorizeBound("case.update", caseId, memberId);
  return formAction(formData, HouseholdMemberFormSchema, {
    write: (form) => updateHouseholdMember(caseId, memberId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    success: (_result, values) => ({ status: "success", values }),
  });
}

export async function removeMemberAction(caseId: string, memberId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId, memberId] = await authorizeBound("case.update", caseId, memberId);
  return formAction(formData, CaseVersionSchema, {
    invalid: () => ({ status: "error", formError: "versionInvalid" }),
    write: (form) => removeHouseholdMember(caseId, memberId, form.caseVersion),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    keepValues: false,
  });
}

export async function reassignAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("case.assign", caseId);
  return formAction(formData, ReassignFormSchema, {
    write: (form) => reassignCase(caseId, form),
    revalidate: () => revalidateCase(caseId),
    revalidateAfterRefusal: true,
    fields: { adviserNotInTeam: "adviserId" },
    keepValues: false,
  });
}

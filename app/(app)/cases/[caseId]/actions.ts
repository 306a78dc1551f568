"use server";

import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";

import { revalidatePath } from "next/cache";
import { addHouseholdMember, removeHouseholdMember, updateHouseholdMember } from "@/lib/data/household";
import { changeCaseStatus, reassignCase } from "@/lib/data/cases";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { CaseVersionSchema, HouseholdMemberFormSchema, ReassignFormSchema, StatusChangeFormSchema } from "@/lib/schemas/case";

// Thin actions for the case overview: parse with the shared schema, call the
// data layer (which checks scope, the status machine and the version), then
// refresh the page. Errors are keys under "cases.errors".

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
  await authorize("case.update");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = StatusChangeFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await changeCaseStatus(caseId, parsed.data);
  revalidatePath(`/cases/${caseId}`, "layout");
  if (result.ok) return { status: "success", followUpsScheduled: result.followUpsScheduled };
  const field = STATUS_ERROR_FIELD[result.error];
  if (field) return { status: "error", fieldErrors: { [field]: [result.error] }, values };
  // A stale form: the page now shows the current status; what was typed is dropped on purpose.
  return { status: "error", formError: result.error === "conflict" ? "staleStatus" : result.error };
}

export async function addMemberAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.update");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = HouseholdMemberFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await addHouseholdMember(caseId, parsed.data);
  revalidatePath(`/cases/${caseId}`, "layout");
  return result.ok ? { status: "success" } : { status: "error", formError: result.error, values };
}

export async function updateMemberAction(caseId: string, memberId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.update");
  caseId = boundId(caseId);
  memberId = boundId(memberId);
  const values = formValues(formData);
  const parsed = HouseholdMemberFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await updateHouseholdMember(caseId, memberId, parsed.data);
  revalidatePath(`/cases/${caseId}`, "layout");
  return result.ok ? { status: "success", values } : { status: "error", formError: result.error, values };
}

export async function removeMemberAction(caseId: string, memberId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.update");
  caseId = boundId(caseId);
  memberId = boundId(memberId);
  const parsed = CaseVersionSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: "error", formError: "versionInvalid" };
  const result = await removeHouseholdMember(caseId, memberId, parsed.data.caseVersion);
  revalidatePath(`/cases/${caseId}`, "layout");
  return result.ok ? { status: "success" } : { status: "error", formError: result.error };
}

export async function reassignAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("case.assign");
  caseId = boundId(caseId);
  const values = formValues(formData);
  const parsed = ReassignFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await reassignCase(caseId, parsed.data);
  revalidatePath(`/cases/${caseId}`, "layout");
  if (result.ok) return { status: "success" };
  return result.error === "adviserNotInTeam" ? { status: "error", fieldErrors: { adviserId: [result.error] }, values } : { status: "error", formError: result.error };
}

"use server";

import { authorizeBound } from "@/lib/gate";

import { auditRefusedJournalInput, correctJournalEntry, createJournalEntry, signJournalEntry, updateJournalDraft, type JournalWriteResult } from "@/lib/data/journal";
import { fieldErrorState, formValues } from "@/lib/form-state";
import { JournalCorrectionFormSchema, JournalDraftFormSchema, JournalEntryFormSchema, type JournalFormState } from "@/lib/schemas/journal";
import { revalidateCase } from "@/lib/revalidate-case";

function afterWrite(caseId: string, result: JournalWriteResult, values: Record<string, string>, notice: string): JournalFormState {
  if (!result.ok) {
    const theirs = result.current ? { text: result.current.text } : undefined;
    // On a conflict the form starts again from what is saved now, keeping what the user typed beside it.
    const nextValues = result.current ? { ...values, savedAt: result.current.savedAt, version: String(result.current.version) } : values;
    return { status: "error", formError: result.error, values: nextValues, theirs };
  }
  revalidateCase(caseId, "/my-day");
  return { status: "success", notice };
}

export async function createJournalEntryAction(caseId: string, _prev: JournalFormState, formData: FormData): Promise<JournalFormState> {
  [caseId] = await authorizeBound("journal.write", caseId);
  const values = formValues(formData);
  const parsed = JournalEntryFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  return afterWrite(caseId, await createJournalEntry(caseId, parsed.data), {}, "created");
}

export async function updateJournalDraftAction(caseId: string, entryId: string, _prev: JournalFormState, formData: FormData): Promise<JournalFormState> {
  [caseId, entryId] = await authorizeBound("journal.write", caseId, entryId);
  const values = formValues(formData);
  const parsed = JournalDraftFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  return afterWrite(caseId, await updateJournalDraft(caseId, entryId, parsed.data), values, "savedDraft");
}

export async function signJournalEntryAction(caseId: string, entryId: string, _prev: JournalFormState, _formData: FormData): Promise<JournalFormState> {
  [caseId, entryId] = await authorizeBound("journal.write", caseId, entryId);
  return afterWrite(caseId, await signJournalEntry(caseId, entryId), {}, "signedNotice");
}

export async function correctJournalEntryAction(caseId: string, entryId: string, _prev: JournalFormState, formData: FormData): Promise<JournalFormState> {
  [caseId, entryId] = await authorizeBound("journal.write", caseId, entryId);
  const values = formValues(formData);
  const parsed = JournalCorrectionFormSchema.safeParse(values);
  if (!parsed.success) {
    // A correction without a reason is the one refusal the law cares about: it leaves a trace.
    await auditRefusedJournalInput(entryId, "correct", parsed.error.issues[0]?.message ?? "invalid");
    return fieldErrorState(parsed.error, values);
  }
  return afterWrite(caseId, await correctJournalEntry(caseId, entryId, parsed.data), values, "correctedNotice");
}

"use server";

import { authorizeBound } from "@/lib/gate";

import { uploadDocument, withdrawDocument } from "@/lib/data/documents";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/content-type";
import { DocumentFormSchema } from "@/lib/schemas/document";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { revalidateCase } from "@/lib/revalidate-case";

export type UploadFormState = FormState & { uploadedName?: string };

export async function uploadDocumentAction(caseId: string, _prev: UploadFormState, formData: FormData): Promise<UploadFormState> {
  [caseId] = await authorizeBound("document.upload", caseId);
  const values = formValues(formData);
  const parsed = DocumentFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", fieldErrors: { file: ["fileRequired"] }, values };
  // Checked before reading: a file over the limit is never read into memory.
  if (file.size > MAX_DOCUMENT_BYTES) return { status: "error", fieldErrors: { file: ["fileTooLarge"] }, values };
  const content = new Uint8Array(await file.arrayBuffer());
  const result = await uploadDocument(caseId, { name: file.name, content }, parsed.data);
  if (!result.ok) {
    if (result.error === "notFound" || result.error === "caseClosed") return { status: "error", formError: result.error, values };
    return { status: "error", fieldErrors: { file: [result.error] }, values };
  }
  revalidateCase(caseId);
  return { status: "success", uploadedName: result.fileName };
}

/** "Registered in error": hides the document from the default list, keeps it, and says why on the timeline. */
export async function withdrawDocumentAction(caseId: string, documentId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId, documentId] = await authorizeBound("document.withdraw", caseId, documentId);
  const values = formValues(formData);
  const result = await withdrawDocument(caseId, documentId, values);
  if (!result.ok) {
    if (result.error === "reasonRequired" || result.error === "reasonTooLong") return { status: "error", fieldErrors: { reason: [result.error] }, values };
    return { status: "error", formError: result.error, values };
  }
  revalidateCase(caseId);
  return { status: "success" };
}

"use server";

import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";

import { revalidatePath } from "next/cache";
import { uploadDocument } from "@/lib/data/documents";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/content-type";
import { DocumentFormSchema } from "@/lib/schemas/document";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";

export type UploadFormState = FormState & { uploadedName?: string };

export async function uploadDocumentAction(caseId: string, _prev: UploadFormState, formData: FormData): Promise<UploadFormState> {
  await authorize("document.upload");
  caseId = boundId(caseId);
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
  revalidatePath(`/cases/${caseId}`, "layout");
  return { status: "success", uploadedName: result.fileName };
}

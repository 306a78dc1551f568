import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import { recordAudit, auditActor, createdChanges, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { auditCaseEntry, findCaseInScope, writeOnOpenCaseAs, redactedText, type CaseWriteRefusal } from "@/lib/data/casework-scope";
import { viaCase } from "@/lib/data/scope";
import { MAX_DOCUMENT_BYTES, safeFileName, sniffContentType } from "@/lib/documents/content-type";
import { DocumentWithdrawalSchema, type DocumentForm } from "@/lib/schemas/document";
import { refuseMissing } from "@/lib/data/denials";

/** Why a file was refused; each is a message key under "casework.errors". */
export type DocumentRefusal = "fileRequired" | "fileTooLarge" | "fileExecutable" | "fileUnsupported" | "fileUnknownType";

export type UploadResult =
  | { ok: true; documentId: string; fileName: string }
  | { ok: false; error: CaseWriteRefusal | DocumentRefusal; detected?: string };

/** Checks a file by its size and its content (never its name or the browser's word for it). */
export function checkDocumentContent(content: Uint8Array) {
  if (content.byteLength === 0) return { ok: false, error: "fileRequired" } as const;
  if (content.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, error: "fileTooLarge" } as const;
  const sniffed = sniffContentType(content);
  switch (sniffed.kind) {
    case "accepted":
      return { ok: true, mimeType: sniffed.mimeType } as const;
    case "executable":
      return { ok: false, error: "fileExecutable", detected: sniffed.detected } as const;
    case "unsupported":
      return { ok: false, error: "fileUnsupported", detected: sniffed.detected } as const;
    case "empty":
      return { ok: false, error: "fileRequired" } as const;
    case "unknown":
      return { ok: false, error: "fileUnknownType" } as const;
  }
}

/**
 * The documents of a case, newest first, without their content. Null when the
 * case is out of scope. Documents withdrawn as registered in error are left out
 * unless asked for; they are never deleted.
 */
export async function listDocuments(caseId: string, { showWithdrawn = false }: { showWithdrawn?: boolean } = {}) {
  const user = await authorize("document.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId);
  if (!found) return null;
  const documents = await db.document.findMany({
    where: { caseId, ...(showWithdrawn ? {} : { withdrawnAt: null }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, description: true, createdAt: true, uploadedById: true,
      withdrawnAt: true, withdrawnReason: true,
    },
    take: 500,
  });
  const withdrawnCount = showWithdrawn
    ? documents.filter((document) => document.withdrawnAt !== null).length
    : await db.document.count({ where: { caseId, withdrawnAt: { not: null } } });
  await recordCaseAudit(db, user, caseId, { action: "document.list" });
  return { caseStatus: found.status, documents, withdrawnCount };
}

/**
 * Stores an uploaded file in the database with its checksum. Refused, with
 * nothing written, when it is empty, over the size limit, or its content is
 * not a PDF, PNG, JPEG or WebP image.
 */
export async function uploadDocument(caseId: string, file: { name: string; content: Uint8Array }, input: DocumentForm): Promise<UploadResult> {
  const user = await authorize("document.upload");
  const checked = checkDocumentContent(file.content);
  if (!checked.ok) {
    // Refusals are not writes, but a program dressed up as a document is worth a trace.
    if (checked.error === "fileExecutable") {
      await recordCaseAudit(getDb(), user, caseId, { action: "document.upload.refused", reason: checked.detected });
    }
    return checked;
  }
  const fileName = safeFileName(file.name, checked.mimeType);
  const sha256 = crypto.createHash("sha256").update(file.content).digest("hex");
  // What identifies the file, stored and audited alike (the content itself stays out of the trail).
  const stored = { fileName, mimeType: checked.mimeType, sizeBytes: file.content.byteLength, sha256 };
  return writeOnOpenCaseAs(user, caseId, async (tx) => {
    const document = await tx.document.create({
      data: { caseId, ...stored, content: new Uint8Array(file.content), description: input.description, uploadedById: user.id },
      select: { id: true },
    });
    await auditCaseEntry(tx, user, { action: "document.upload", resourceType: "Document", resourceId: document.id, caseId, changes: createdChanges({ ...stored, description: redactedText(input.description) }) });
    return { ok: true, documentId: document.id, fileName } as const;
  });
}

/**
 * A document's content for download, or null when it is missing, belongs to
 * another case, or its case is out of scope. The download is audited before
 * a byte leaves.
 */
export async function getDocumentForDownload(caseId: string, documentId: string) {
  const user = await authorize("document.read");
  const db = getDb();
  const document = await db.document.findFirst({
    where: { id: documentId, caseId, ...viaCase(user) },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, content: true },
  });
  if (!document) return null;
  await recordAudit(db, auditActor(user), { action: "document.download", resourceType: "Document", resourceId: document.id, caseId });
  return document;
}

export type WithdrawResult = { ok: true } | { ok: false; error: CaseWriteRefusal | "reasonRequired" | "reasonTooLong" | "alreadyWithdrawn" };

/**
 * Marks a document "registered in error" with a reason. Nothing is deleted:
 * the file stays (and stays downloadable) until retention, the list hides it
 * by default, and the timeline shows who withdrew it, when and why. A refusal
 * (no reason, a case or document out of scope, a closed case, already
 * withdrawn) changes nothing and is audited, since a crafted request for
 * someone else's case is worth a trace.
 */
export async function withdrawDocument(caseId: string, documentId: string, input: unknown): Promise<WithdrawResult> {
  const user = await authorize("document.withdraw");
  const refuse = async (error: Exclude<WithdrawResult, { ok: true }>["error"]): Promise<WithdrawResult> => {
    await recordAudit(getDb(), auditActor(user), { action: "document.withdraw.refused", resourceType: "Document", resourceId: String(documentId).slice(0, 64), reason: error });
    return { ok: false, error };
  };
  const parsed = DocumentWithdrawalSchema.safeParse(input);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message === "reasonTooLong" ? "reasonTooLong" : "reasonRequired");
  const { reason } = parsed.data;
  const result = await writeOnOpenCaseAs(user, caseId, async (tx): Promise<WithdrawResult> => {
    // The `withdrawnAt: null` in the where makes a second, concurrent withdrawal a no-op instead of an overwrite.
    const updated = await tx.document.updateMany({
      where: { id: documentId, caseId, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnById: user.id, withdrawnReason: reason },
    });
    if (updated.count === 0) {
      const exists = await tx.document.findFirst({ where: { id: documentId, caseId }, select: { id: true } });
      return exists ? { ok: false, error: "alreadyWithdrawn" } : refuseMissing(user, "document.withdraw", "Document", documentId);
    }
    await auditCaseEntry(tx, user, {
      action: "document.withdraw",
      resourceType: "Document",
      resourceId: documentId,
      caseId,
      reason: redactedText(reason) ?? undefined,
      changes: { withdrawn: [false, true] },
    });
    return { ok: true };
  });
  if (!result.ok) return refuse(result.error);
  return result;
}

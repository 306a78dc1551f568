// Documents against a real Postgres: content checked by its bytes, the size
// limit, storage with a checksum, scoped and audited downloads.
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import { getDocumentForDownload, listDocuments, uploadDocument, withdrawDocument } from "@/lib/data/documents";
import { getCaseTimeline } from "@/lib/data/timeline";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/content-type";
import { setUpCaseworkWorld, NOT_FOUND } from "@/tests/support/casework";

const db = getDb();
const world = setUpCaseworkWorld(db);

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]);
const MZ = new TextEncoder().encode("MZ\x90\x00This program cannot be run in DOS mode.");

async function snapshot(caseId: string) {
  const [documents, uploads, lastEntry] = await Promise.all([
    db.document.count({ where: { caseId } }),
    db.auditEvent.count({ where: { caseId, action: "document.upload" } }),
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true } }),
  ]);
  return { documents, uploads, lastEntry };
}

describe("uploading", () => {
  it("stores a PDF with its type from the content, its size and checksum, and audits it", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const result = await uploadDocument(caseId, { name: "Pass kopia.pdf", content: PDF }, { description: "Kopia av pass <b>fet</b>" });
    expect(result).toMatchObject({ ok: true, fileName: "Pass kopia.pdf" });
    if (!result.ok) return;
    const stored = await db.document.findUniqueOrThrow({ where: { id: result.documentId } });
    expect(stored).toMatchObject({
      caseId,
      mimeType: "application/pdf",
      sizeBytes: PDF.byteLength,
      sha256: crypto.createHash("sha256").update(PDF).digest("hex"),
      description: "Kopia av pass <b>fet</b>",
      uploadedById: world.users.a1.id,
    });
    expect(Buffer.from(stored.content).equals(Buffer.from(PDF))).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { caseId, action: "document.upload" } });
    expect(audit.changes).toMatchObject({ fileName: [null, "Pass kopia.pdf"], mimeType: [null, "application/pdf"], sizeBytes: [null, PDF.byteLength] });
  });

  it("trusts the content over the name: a PNG called .pdf is stored as a PNG", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const result = await uploadDocument(caseId, { name: "skanning.pdf", content: PNG }, { description: "" });
    expect(result).toMatchObject({ ok: true, fileName: "skanning.png" });
    if (result.ok) expect((await db.document.findUniqueOrThrow({ where: { id: result.documentId } })).mimeType).toBe("image/png");
  });

  it.each([
    ["an ELF program renamed .pdf", "faktura.pdf", ELF, "fileExecutable"],
    ["a Windows program renamed .pdf", "beslut.pdf", MZ, "fileExecutable"],
    ["an HTML page renamed .pdf", "intyg.pdf", new TextEncoder().encode("<html><script>alert(1)</script></html>"), "fileUnknownType"],
    ["an empty file", "tom.pdf", new Uint8Array(), "fileRequired"],
  ])("refuses %s, storing nothing", async (_name, fileName, content, error) => {
    const caseId = await world.newCase(world.users.a1);
    const before = await snapshot(caseId);
    signInAs(world.users.a1);
    expect(await uploadDocument(caseId, { name: fileName, content }, { description: "" })).toMatchObject({ ok: false, error });
    expect(await snapshot(caseId)).toEqual(before);
  });

  it("leaves a trace in the audit trail when a program is refused", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    await uploadDocument(caseId, { name: "faktura.pdf", content: ELF }, { description: "" });
    expect(await db.auditEvent.findFirst({ where: { caseId, action: "document.upload.refused" } })).toMatchObject({ reason: "ELF" });
  });

  it("refuses a file one byte over the limit, even a real PDF, storing nothing", async () => {
    const caseId = await world.newCase(world.users.a1);
    const before = await snapshot(caseId);
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(PDF);
    signInAs(world.users.a1);
    expect(await uploadDocument(caseId, { name: "stor.pdf", content: big }, { description: "" })).toEqual({ ok: false, error: "fileTooLarge" });
    expect(await snapshot(caseId)).toEqual(before);
    // Exactly at the limit is fine.
    expect(await uploadDocument(caseId, { name: "stor.pdf", content: big.subarray(0, MAX_DOCUMENT_BYTES) }, { description: "" })).toMatchObject({ ok: true });
  });

  it("is refused out of scope, on a closed case, and to managers and staff", async () => {
    const caseId = await world.newCase(world.users.a1);
    const closedId = await world.newCase(world.users.a1, "CLOSED");
    signInAs(world.users.b1);
    expect(await uploadDocument(caseId, { name: "a.pdf", content: PDF }, { description: "" })).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.a1);
    expect(await uploadDocument(closedId, { name: "a.pdf", content: PDF }, { description: "" })).toEqual({ ok: false, error: "caseClosed" });
    for (const who of [world.users.managerA, world.users.staff]) {
      signInAs(who);
      await expect(uploadDocument(caseId, { name: "a.pdf", content: PDF }, { description: "" })).rejects.toThrow(NOT_FOUND);
    }
    expect(await db.document.count({ where: { caseId: { in: [caseId, closedId] } } })).toBe(0);
  });
});

describe("listing and downloading", () => {
  it("lists metadata only, and audits the listing", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    await uploadDocument(caseId, { name: "ett.pdf", content: PDF }, { description: "" });
    const listed = await listDocuments(caseId);
    expect(listed?.documents).toHaveLength(1);
    expect(listed?.documents[0]).not.toHaveProperty("content");
    expect(await db.auditEvent.count({ where: { caseId, action: "document.list" } })).toBe(1);
  });

  it("hands the content to the case's team and audits each download", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const uploaded = await uploadDocument(caseId, { name: "beslut.pdf", content: PDF }, { description: "" });
    if (!uploaded.ok) throw new Error(uploaded.error);
    signInAs(world.users.a2);
    const document = await getDocumentForDownload(caseId, uploaded.documentId);
    expect(document).toMatchObject({ fileName: "beslut.pdf", mimeType: "application/pdf" });
    expect(Buffer.from(document!.content).equals(Buffer.from(PDF))).toBe(true);
    expect(await db.auditEvent.count({ where: { caseId, action: "document.download", resourceId: uploaded.documentId, userId: world.users.a2.id } })).toBe(1);
  });

  it("gives nothing, and audits no download, out of scope or through another case's address", async () => {
    const caseId = await world.newCase(world.users.c1);
    const otherCaseId = await world.newCase(world.users.c1);
    signInAs(world.users.c1);
    const uploaded = await uploadDocument(caseId, { name: "beslut.pdf", content: PDF }, { description: "" });
    if (!uploaded.ok) throw new Error(uploaded.error);
    expect(await getDocumentForDownload(otherCaseId, uploaded.documentId)).toBeNull();
    // Team C does not share cases: the colleague is out of scope, as is another team.
    for (const who of [world.users.c2, world.users.a1]) {
      signInAs(who);
      expect(await getDocumentForDownload(caseId, uploaded.documentId)).toBeNull();
      expect(await listDocuments(caseId)).toBeNull();
    }
    signInAs(world.users.managerA);
    await expect(getDocumentForDownload(caseId, uploaded.documentId)).rejects.toThrow(NOT_FOUND);
    expect(await db.auditEvent.count({ where: { action: "document.download", resourceId: uploaded.documentId } })).toBe(0);
  });
});

describe("withdrawing a document registered in error", () => {
  async function uploaded(caseId: string) {
    const result = await uploadDocument(caseId, { name: "fel-person.pdf", content: PDF }, { description: "" });
    if (!result.ok) throw new Error(result.error);
    return result.documentId;
  }

  it("keeps the document, hides it from the default list, audits it and tells the timeline who and why", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const documentId = await uploaded(caseId);
    signInAs(world.users.a2);
    expect(await withdrawDocument(caseId, documentId, { reason: "  Tillhör en annan person  " })).toEqual({ ok: true });

    const stored = await db.document.findUniqueOrThrow({ where: { id: documentId } });
    expect(stored).toMatchObject({ withdrawnById: world.users.a2.id, withdrawnReason: "Tillhör en annan person" });
    expect(stored.withdrawnAt).toBeInstanceOf(Date);
    expect(Buffer.from(stored.content).equals(Buffer.from(PDF))).toBe(true);

    expect((await listDocuments(caseId))?.documents).toHaveLength(0);
    expect(await listDocuments(caseId)).toMatchObject({ withdrawnCount: 1 });
    const all = await listDocuments(caseId, { showWithdrawn: true });
    expect(all?.documents.map((document) => [document.id, document.withdrawnReason])).toEqual([[documentId, "Tillhör en annan person"]]);
    // Still downloadable: withdrawn is not deleted.
    expect(await getDocumentForDownload(caseId, documentId)).not.toBeNull();

    const audit = await db.auditEvent.findFirstOrThrow({ where: { caseId, action: "document.withdraw", resourceId: documentId } });
    expect(audit.userId).toBe(world.users.a2.id);
    // The trail carries the reason's length, never its text.
    expect(audit.reason).toBe("[23 chars]");

    const timeline = await getCaseTimeline(caseId);
    const kinds = timeline?.filter((entry) => entry.id === documentId).map((entry) => entry.kind);
    expect(kinds?.sort()).toEqual(["document", "documentWithdrawn"]);
    const withdrawn = timeline?.find((entry) => entry.kind === "documentWithdrawn");
    expect(withdrawn).toMatchObject({ byName: world.users.a2.name, details: { fileName: "fel-person.pdf", reason: "Tillhör en annan person" } });
  });

  it("refuses an empty or too long reason, a second withdrawal, a closed case, another case's address and a case out of scope: nothing changes, the refusal is audited", async () => {
    const caseId = await world.newCase(world.users.c1);
    const otherCaseId = await world.newCase(world.users.c1);
    signInAs(world.users.c1);
    const documentId = await uploaded(caseId);
    const refusals = () => db.auditEvent.count({ where: { action: "document.withdraw.refused", resourceId: documentId } });

    expect(await withdrawDocument(caseId, documentId, { reason: "   " })).toEqual({ ok: false, error: "reasonRequired" });
    expect(await withdrawDocument(caseId, documentId, {})).toEqual({ ok: false, error: "reasonRequired" });
    expect(await withdrawDocument(caseId, documentId, { reason: "x".repeat(501) })).toEqual({ ok: false, error: "reasonTooLong" });
    expect(await withdrawDocument(otherCaseId, documentId, { reason: "Fel ärende" })).toEqual({ ok: false, error: "notFound" });
    // Team C does not share cases, so a colleague is out of scope, as is another team's adviser: a crafted request finds nothing.
    for (const who of [world.users.c2, world.users.a1]) {
      signInAs(who);
      expect(await withdrawDocument(caseId, documentId, { reason: "Fel" })).toEqual({ ok: false, error: "notFound" });
    }
    for (const who of [world.users.managerA, world.users.staff, world.users.admin]) {
      signInAs(who);
      await expect(withdrawDocument(caseId, documentId, { reason: "Fel" })).rejects.toThrow(NOT_FOUND);
    }
    expect(await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { withdrawnAt: true } })).toEqual({ withdrawnAt: null });
    expect(await db.auditEvent.count({ where: { action: "document.withdraw", resourceId: documentId } })).toBe(0);
    expect(await refusals()).toBe(6);

    signInAs(world.users.c1);
    expect(await withdrawDocument(caseId, documentId, { reason: "Dubblett" })).toEqual({ ok: true });
    expect(await withdrawDocument(caseId, documentId, { reason: "Igen" })).toEqual({ ok: false, error: "alreadyWithdrawn" });
    expect(await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { withdrawnReason: true } })).toEqual({ withdrawnReason: "Dubblett" });

    const closedId = await world.newCase(world.users.c1);
    const closedDocumentId = await uploaded(closedId);
    await db.case.update({ where: { id: closedId }, data: { status: "CLOSED" } });
    expect(await withdrawDocument(closedId, closedDocumentId, { reason: "Fel" })).toEqual({ ok: false, error: "caseClosed" });
    expect(await db.document.count({ where: { id: closedDocumentId, withdrawnAt: { not: null } } })).toBe(0);
  });
});

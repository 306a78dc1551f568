// A person's own data (issue 13 part 4) and a case's archive package (part 5)
// against a real Postgres: what goes into one person's extract and what is
// left out (other household members' journal entries), the ZIP's PDF and
// JSON, audit and refusal; the archive package unpacked and its METS manifest
// checked against the files and their SHA-256 checksums.
import { signInAs } from "@/tests/support/as-user";
import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { getPersonExtract } from "@/lib/data/extract";
import { getArchivePackage } from "@/lib/data/archive-export";
import { buildExtractZip } from "@/lib/retention/extract-content";
import { sha256 } from "@/lib/retention/archive-package";
import { unzipFiles } from "@/lib/retention/zip";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;
let caseId: string;
let spouseId: string;
let childId: string;

async function signedEntry(text: string, householdMemberId: string | null) {
  const entry = await db.journalEntry.create({ data: { caseId, kind: "CASE_NOTE", authorId: world.users.a1.id, text, householdMemberId, signedAt: new Date() } });
  await db.journalEntryVersion.create({ data: { entryId: entry.id, version: 1, text, authorId: world.users.a1.id } });
  return entry.id;
}

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  caseId = await world.newCase(world.users.a1, "COUNSELLING");
  await db.case.update({ where: { id: caseId }, data: { firstName: "Amina", lastName: "Haddad", phone: "070-1112233" } });
  const member = (firstName: string, relation: "SPOUSE" | "CHILD") =>
    db.householdMember.create({ data: { caseId, relation, firstName, lastName: "Haddad", birthDate: new Date("1990-02-02T00:00:00Z") }, select: { id: true } });
  spouseId = (await member("Karim", "SPOUSE")).id;
  childId = (await member("Noor", "CHILD")).id;
  const corrected = await signedEntry("Om Amina: första text", null);
  await db.journalEntryVersion.create({ data: { entryId: corrected, version: 2, text: "Om Amina: rättad text", reason: "Fel uppgift", authorId: world.users.a1.id } });
  await db.journalEntry.update({ where: { id: corrected }, data: { text: "Om Amina: rättad text", version: 2 } });
  await signedEntry("Om Karim: hälsa", spouseId);
  await signedEntry("Om Noor: skolan", childId);
  // Someone opened the case before: the extract says who and when.
  await recordAudit(db, { id: world.users.a1.id, email: world.users.a1.email, role: "ADVISER" }, { action: "case.read", resourceType: "Case", resourceId: caseId, caseId });
  await db.document.create({
    data: { caseId, fileName: "pass/../kopia.pdf", mimeType: "application/pdf", sizeBytes: 8, sha256: sha256(Buffer.from("%PDF-1.4")), content: Buffer.from("%PDF-1.4") },
  });
});

describe("a person's extract", () => {
  it("holds the main person's data and journal with its corrections, not the members' entries", async () => {
    signInAs(world.users.a1);
    const result = await getPersonExtract({ caseId, memberId: null, includeFiles: false });
    if (!result.ok) throw new Error("refused");
    const { extract } = result;
    expect(extract.identity).toMatchObject({ firstName: "Amina", phone: "070-1112233" });
    expect(extract.household.map((m) => m.firstName).sort()).toEqual(["Karim", "Noor"]);
    expect(extract.journal.map((e) => e.text)).toEqual(["Om Amina: rättad text"]);
    expect(extract.journal[0]!.versions.map((v) => [v.version, v.reason])).toEqual([[1, null], [2, "Fel uppgift"]]);
    expect(extract.documents).toHaveLength(1);
    expect(extract.access.length).toBeGreaterThan(0);
    expect(result.files).toEqual([]);
  });

  it("gives a household member only their own entries and their own place in the household", async () => {
    signInAs(world.users.a1);
    const result = await getPersonExtract({ caseId, memberId: spouseId, includeFiles: true });
    if (!result.ok) throw new Error("refused");
    const text = JSON.stringify(result.extract);
    expect(result.extract.identity).toMatchObject({ firstName: "Karim", relation: "SPOUSE" });
    expect(result.extract.journal.map((e) => e.text)).toEqual(["Om Karim: hälsa"]);
    expect(text).not.toContain("Noor");
    expect(text).not.toContain("Om Amina");
    expect(text).not.toContain("070-1112233");
    expect(result.files.map((f) => f.name)).toEqual(["001-pass_.._kopia.pdf"]);

    // The ZIP: the readable PDF, the same data as JSON, and the files asked for.
    const files = unzipFiles(await buildExtractZip(result.extract, result.files, "sv"));
    expect(Object.keys(files).sort()).toEqual(["handlingar/001-pass_.._kopia.pdf", "utdrag.json", "utdrag.pdf"]);
    expect(JSON.parse(new TextDecoder().decode(files["utdrag.json"]))).toEqual(result.extract);
    // For looking at it: SHOTS_DIR=… keeps the PDF (pdftoppm -png -r 60 turns it into pages).
    if (process.env.SHOTS_DIR) writeFileSync(`${process.env.SHOTS_DIR}/extract-member.pdf`, files["utdrag.pdf"]!);
    const pdfText = (await new PDFParse({ data: files["utdrag.pdf"]! }).getText()).text;
    expect(pdfText).toContain("Registerutdrag");
    expect(pdfText).toContain("Om Karim: hälsa");
    expect(pdfText).not.toContain("Noor");
    // Codes by their names for the person reading it (the JSON keeps the codes): the relation, the journal entry's kind.
    expect(pdfText).toContain("Make, maka eller sambo");
    expect(pdfText).not.toContain("SPOUSE");
    expect(pdfText).toMatch(/Journalanteckning|Anteckning från/);
    expect(pdfText).not.toMatch(/CASE_NOTE|SESSION_NOTE|FOLLOW_UP_NOTE/);
  });

  it("is audited on the case, and shows who asked for whom", async () => {
    const rows = await db.auditEvent.findMany({ where: { caseId, action: "case.extract" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.userId, r.resourceType, r.resourceId])).toEqual([
      [world.users.a1.id, "Case", caseId],
      [world.users.a1.id, "HouseholdMember", spouseId],
    ]);
  });

  it("refuses and audits a case outside the scope, a member of another case, and roles without the right", async () => {
    signInAs(world.users.c1);
    expect(await getPersonExtract({ caseId, memberId: null, includeFiles: false })).toEqual({ ok: false, error: "notFound" });
    const other = await world.newCase(world.users.a1, "COUNSELLING");
    signInAs(world.users.a1);
    expect(await getPersonExtract({ caseId: other, memberId: spouseId, includeFiles: false })).toEqual({ ok: false, error: "notFound" });
    const refusals = await db.auditEvent.findMany({ where: { action: "access.denied", reason: "case.extract.notInScope" } });
    expect(refusals.map((r) => r.userId).sort()).toEqual([world.users.a1.id, world.users.c1.id].sort());
    signInAs(world.users.managerA);
    await expect(getPersonExtract({ caseId, memberId: null, includeFiles: false })).rejects.toThrow(NOT_FOUND);
    signInAs(world.users.admin);
    await expect(getArchivePackage(caseId)).rejects.toThrow(NOT_FOUND);
  });
});

describe("the archive package", () => {
  it("unpacks to a METS manifest whose every file is there with its SHA-256, and a checksum list covering METS.xml too", async () => {
    signInAs(world.users.a1);
    const result = await getArchivePackage(caseId, new Date("2026-12-01T10:00:00Z"));
    if (!result.ok) throw new Error("refused");
    const files = unzipFiles(result.zip);
    const root = result.fileName.replace(/\.zip$/, "");
    const paths = Object.keys(files).map((p) => p.slice(root.length + 1)).sort();
    expect(paths).toEqual([
      "METS.xml",
      "checksums.sha256",
      "metadata/descriptive/ead.xml",
      "representations/rep1/data/arende.json",
      "representations/rep1/data/arende.pdf",
      "representations/rep1/data/handlingar/001-pass_.._kopia.pdf",
    ]);
    const mets = new TextDecoder().decode(files[`${root}/METS.xml`]);
    const listed = [...mets.matchAll(/<mets:file [^>]*SIZE="(\d+)"[^>]*CHECKSUM="([0-9a-f]{64})" CHECKSUMTYPE="SHA-256">\s*<mets:FLocat [^>]*xlink:href="([^"]+)"/g)].map((m) => ({
      size: Number(m[1]),
      sum: m[2],
      path: m[3]!,
    }));
    const listedEad = /xlink:href="(metadata\/descriptive\/ead\.xml)"[^>]*SIZE="(\d+)"[^>]*CHECKSUM="([0-9a-f]{64})"/.exec(mets)!;
    listed.push({ size: Number(listedEad[2]), sum: listedEad[3], path: listedEad[1]! });
    // Every file but the manifest itself and the checksum list is in the manifest, with the right size and checksum.
    expect(listed.map((f) => f.path).sort()).toEqual(paths.filter((p) => p !== "METS.xml" && p !== "checksums.sha256"));
    for (const file of listed) {
      const content = files[`${root}/${file.path}`]!;
      expect([file.path, content.byteLength, sha256(content)]).toEqual([file.path, file.size, file.sum]);
    }
    const sums = new TextDecoder().decode(files[`${root}/checksums.sha256`]).trim().split("\n").map((line) => line.split("  "));
    expect(sums.map(([, p]) => p).sort()).toEqual(paths.filter((p) => p !== "checksums.sha256"));
    for (const [sum, p] of sums) expect(sha256(files[`${root}/${p}`]!)).toBe(sum);

    // The original document as uploaded; the record with every member's entries, marked whom they are about.
    expect(new TextDecoder().decode(files[`${root}/representations/rep1/data/handlingar/001-pass_.._kopia.pdf`])).toBe("%PDF-1.4");
    const record = JSON.parse(new TextDecoder().decode(files[`${root}/representations/rep1/data/arende.json`]));
    expect(record.journal.map((e: { text: string; about: string | null }) => [e.text, e.about]).sort()).toEqual([
      ["Om Amina: rättad text", null],
      ["Om Karim: hälsa", "Karim Haddad"],
      ["Om Noor: skolan", "Noor Haddad"],
    ]);
    const ead = new TextDecoder().decode(files[`${root}/metadata/descriptive/ead.xml`]);
    expect(ead).toContain("<unitid>");
    expect(ead).toContain("<persname>Haddad, Amina</persname>");
    const pdf = new TextDecoder("latin1").decode(files[`${root}/representations/rep1/data/arende.pdf`]);
    expect(pdf).toContain("/Type /Metadata");
    expect(await db.auditEvent.count({ where: { caseId, action: "case.archiveExport" } })).toBe(1);
  });
});

// An archive package (e-arkiv) for one case, in the shape of the Swedish FGS
// "Paketstruktur" / E-ARK CSIP-SIP (docs/decisions/025-…):
//
//   <package id>/
//     METS.xml                                   the manifest (E-ARK CSIP METS)
//     metadata/descriptive/ead.xml               the description, EAD 2002
//     representations/rep1/data/arende.pdf       the case record, readable
//     representations/rep1/data/arende.json      the same record, machine-readable
//     representations/rep1/data/handlingar/…     the original documents, as uploaded
//     checksums.sha256                           SHA-256 of every file above, METS.xml too
//
// METS.xml lists every file with its SHA-256, size and MIME type (the EAD as
// a dmdSec mdRef, the rest in a fileSec); it cannot hold its own checksum, so
// checksums.sha256 (sha256sum's format) covers it as well. The PDF is not
// PDF/A: see renderArchivePdf. Pure: no database, no clock (the time is given).
import { createHash } from "node:crypto";
import { strToU8 } from "fflate";
import { PDFDocument, PDFName } from "pdf-lib";
import type { PersonExtract } from "@/lib/retention/extract-content";
import { buildExtractContent } from "@/lib/retention/extract-content";
import { codeNamesIn } from "@/lib/retention/code-names";
import { renderLetterPdf } from "@/lib/referrals/letter-pdf";
import { zipFiles, type ZipEntry } from "@/lib/retention/zip";

export type ArchiveInput = {
  /** The whole case's record (collectCaseRecord(…, "wholeCase")). */
  record: PersonExtract;
  documents: { name: string; content: Uint8Array; mimeType: string }[];
  office: string;
  createdAt: Date;
};

export const sha256 = (content: Uint8Array) => createHash("sha256").update(content).digest("hex");

const xml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** "2019/0042" → "arende-2019-0042": a package id that is a safe folder name. */
export function packageId(caseNumber: string): string {
  return `arende-${caseNumber.replace(/[^0-9A-Za-z]+/g, "-")}`;
}

/**
 * The case record as a PDF with XMP metadata (title, dates, producer, language)
 * in the catalogue. Not PDF/A: pdf-lib draws with the standard Helvetica, which
 * it does not embed, and writes no OutputIntent; so no pdfaid claim is made.
 */
export async function renderArchivePdf(record: PersonExtract, createdAt: Date): Promise<Uint8Array> {
  const content = buildExtractContent(record, "sv", await codeNamesIn("sv"));
  const drawn = await renderLetterPdf({ ...content, title: `Ärendeakt: ärende ${record.caseNumber}` }, { createdAt });
  const pdf = await PDFDocument.load(drawn, { updateMetadata: false });
  const stamp = createdAt.toISOString();
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(`Ärendeakt: ärende ${record.caseNumber}`)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${stamp}</xmp:CreateDate>
   <xmp:ModifyDate>${stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>${stamp}</xmp:MetadataDate>
   <xmp:CreatorTool>Hemväg</xmp:CreatorTool>
   <pdf:Producer>Hemväg (pdf-lib)</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = pdf.context.stream(xmp, { Type: "Metadata", Subtype: "XML" });
  pdf.catalog.set(PDFName.of("Metadata"), pdf.context.register(stream));
  return pdf.save({ useObjectStreams: false });
}

function eadXml(input: ArchiveInput, id: string): string {
  const { record } = input;
  const identity = record.identity as { firstName?: string; lastName?: string };
  const from = record.case.openedAt.slice(0, 10);
  const to = (record.case.closedAt ?? input.createdAt.toISOString()).slice(0, 10);
  return `<?xml version="1.0" encoding="UTF-8"?>
<ead xmlns="urn:isbn:1-931666-22-9" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:isbn:1-931666-22-9 http://www.loc.gov/ead/ead.xsd">
  <eadheader>
    <eadid>${xml(id)}</eadid>
    <filedesc><titlestmt><titleproper>${xml(`Återvändandeärende ${record.caseNumber}`)}</titleproper></titlestmt></filedesc>
    <profiledesc><creation>Hemväg <date normal="${input.createdAt.toISOString().slice(0, 10)}">${input.createdAt.toISOString().slice(0, 10)}</date></creation><langusage><language langcode="swe">svenska</language></langusage></profiledesc>
  </eadheader>
  <archdesc level="file">
    <did>
      <unitid>${xml(record.caseNumber)}</unitid>
      <unittitle>${xml(`Återvändandeärende ${record.caseNumber}`)}</unittitle>
      <unitdate normal="${from}/${to}">${from} – ${to}</unitdate>
      <origination><corpname>${xml(input.office)}</corpname></origination>
      <physdesc><extent>${input.documents.length} handlingar, ${record.journal.length} journalanteckningar</extent></physdesc>
    </did>
    <accessrestrict><p>Sekretess enligt 26 kap. offentlighets- och sekretesslagen (2009:400). Innehåller känsliga personuppgifter.</p></accessrestrict>
    <controlaccess><persname>${xml(`${identity.lastName ?? ""}, ${identity.firstName ?? ""}`)}</persname></controlaccess>
  </archdesc>
</ead>
`;
}

type ListedFile = { path: string; content: Uint8Array; mimeType: string };

function metsXml(input: ArchiveInput, id: string, ead: ListedFile, files: ListedFile[]): string {
  const created = input.createdAt.toISOString();
  const fileEntry = (file: ListedFile, index: number) => `      <mets:file ID="file-${index + 1}" MIMETYPE="${xml(file.mimeType)}" SIZE="${file.content.byteLength}" CREATED="${created}" CHECKSUM="${sha256(file.content)}" CHECKSUMTYPE="SHA-256">
        <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${xml(file.path)}"/>
      </mets:file>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" xmlns:sip="https://DILCIS.eu/XML/METS/SIPExtensionMETS"
  OBJID="${xml(id)}" LABEL="${xml(`Återvändandeärende ${input.record.caseNumber}`)}" TYPE="OTHER" csip:OTHERTYPE="Ärendeakt" csip:CONTENTINFORMATIONTYPE="OTHER"
  PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP.xml">
  <mets:metsHdr CREATEDATE="${created}" RECORDSTATUS="NEW" csip:OAISPACKAGETYPE="SIP">
    <mets:agent ROLE="CREATOR" TYPE="ORGANIZATION"><mets:name>${xml(input.office)}</mets:name></mets:agent>
    <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><mets:name>Hemväg</mets:name></mets:agent>
  </mets:metsHdr>
  <mets:dmdSec ID="dmd-ead" CREATED="${created}">
    <mets:mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="${ead.path}" MDTYPE="EAD" MIMETYPE="text/xml" SIZE="${ead.content.byteLength}" CREATED="${created}" CHECKSUM="${sha256(ead.content)}" CHECKSUMTYPE="SHA-256"/>
  </mets:dmdSec>
  <mets:fileSec ID="filesec">
    <mets:fileGrp ID="grp-rep1" USE="Representations/rep1">
${files.map(fileEntry).join("\n")}
    </mets:fileGrp>
  </mets:fileSec>
  <mets:structMap ID="structmap" TYPE="PHYSICAL" LABEL="CSIP">
    <mets:div ID="div-root" LABEL="${xml(id)}">
      <mets:div ID="div-metadata" LABEL="Metadata" DMDID="dmd-ead"/>
      <mets:div ID="div-rep1" LABEL="Representations/rep1">
${files.map((_, index) => `        <mets:fptr FILEID="file-${index + 1}"/>`).join("\n")}
      </mets:div>
    </mets:div>
  </mets:structMap>
</mets:mets>
`;
}

/** The package as a ZIP with one folder, the package id. */
export async function buildArchivePackage(input: ArchiveInput): Promise<{ id: string; zip: Uint8Array }> {
  const id = packageId(input.record.caseNumber);
  const data = "representations/rep1/data";
  const ead: ListedFile = { path: "metadata/descriptive/ead.xml", content: strToU8(eadXml(input, id)), mimeType: "text/xml" };
  const files: ListedFile[] = [
    { path: `${data}/arende.pdf`, content: await renderArchivePdf(input.record, input.createdAt), mimeType: "application/pdf" },
    { path: `${data}/arende.json`, content: strToU8(JSON.stringify(input.record, null, 2)), mimeType: "application/json" },
    ...input.documents.map((d) => ({ path: `${data}/handlingar/${d.name}`, content: d.content, mimeType: d.mimeType })),
  ];
  const mets: ListedFile = { path: "METS.xml", content: strToU8(metsXml(input, id, ead, files)), mimeType: "text/xml" };
  const all = [mets, ead, ...files];
  const checksums = strToU8(all.map((file) => `${sha256(file.content)}  ${file.path}\n`).join(""));
  const entries: ZipEntry[] = [...all, { path: "checksums.sha256", content: checksums }].map((file) => ({ path: `${id}/${file.path}`, content: file.content }));
  return { id, zip: zipFiles(entries) };
}

import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { guardRow, type ExportValue } from "./cell-guard";

// Streaming CSV and XLSX writers: rows go out as they come, so an export of
// 100,000 cases never holds the whole file in memory. Every row passes the
// formula guard here, so no export can forget it.

export type ExportFormat = "csv" | "xlsx";
export const EXPORT_FORMATS = ["csv", "xlsx"] as const satisfies readonly ExportFormat[];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export type ExportSheet = { name: string; header: string[]; rows: AsyncIterable<ExportValue[]> | Iterable<ExportValue[]> };

/** The sheets as a byte stream in the format asked for. CSV: the sheets one after another, a blank line between. */
export function exportStream(format: ExportFormat, sheets: ExportSheet[]): ReadableStream<Uint8Array> {
  const node = format === "csv" ? Readable.from(csvChunks(sheets)) : xlsxStream(sheets);
  return Readable.toWeb(node) as ReadableStream<Uint8Array>;
}

async function* csvChunks(sheets: ExportSheet[]): AsyncGenerator<Buffer> {
  // A byte order mark, so that Excel reads the file as UTF-8 (å, ä, ö, Arabic names).
  yield Buffer.from("\uFEFF");
  let first = true;
  for (const sheet of sheets) {
    if (!first) yield Buffer.from("\r\n");
    first = false;
    if (sheets.length > 1) yield Buffer.from(stringify([guardRow([sheet.name])], { record_delimiter: "\r\n" }));
    yield Buffer.from(stringify([guardRow(sheet.header)], { record_delimiter: "\r\n" }));
    let batch: ExportValue[][] = [];
    for await (const row of sheet.rows) {
      batch.push(guardRow(row));
      if (batch.length >= 500) {
        yield Buffer.from(stringify(batch, { record_delimiter: "\r\n" }));
        batch = [];
      }
    }
    if (batch.length > 0) yield Buffer.from(stringify(batch, { record_delimiter: "\r\n" }));
  }
}

function xlsxStream(sheets: ExportSheet[]): PassThrough {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  void (async () => {
    const used = new Set<string>();
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheetName(sheet.name, used));
      const header = worksheet.addRow(guardRow(sheet.header));
      header.font = { bold: true };
      header.commit();
      for await (const row of sheet.rows) worksheet.addRow(guardRow(row)).commit();
      worksheet.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").slice(0, 28).trim() || "Blad";
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** An attachment's Content-Disposition with an ASCII file name. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`;
}

// Formula injection (CSV injection): a spreadsheet treats a cell that starts
// with "=", "+", "-" or "@" as a formula, and tab or carriage return can smuggle
// one in after a field break. Every text cell of every export passes here and
// gets a leading apostrophe, which spreadsheets show as plain text (OWASP's
// advice). Numbers are written as numbers and need no guard.

const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type ExportValue = string | number | null;

/** A row of an export, every text cell guarded. */
export function guardRow(values: readonly ExportValue[]): ExportValue[] {
  return values.map((value) => (typeof value === "string" ? guardCell(value) : value));
}

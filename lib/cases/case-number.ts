// Readable case numbers: the year the case was opened and a per-year sequence,
// "2026/0042". Four digits at least; a busy year simply grows a fifth.

const CASE_NUMBER = /^(\d{4})\/(\d{4,})$/;

export function formatCaseNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year must have four digits, got ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer, got ${sequence}`);
  return `${year}/${String(sequence).padStart(4, "0")}`;
}

/** "2026/0042" → { year: 2026, sequence: 42 }; anything else (spaces trimmed) → null. */
export function parseCaseNumber(input: string): { year: number; sequence: number } | null {
  const match = CASE_NUMBER.exec(input.trim());
  if (!match) return null;
  const sequence = Number(match[2]);
  if (sequence < 1 || !Number.isSafeInteger(sequence)) return null;
  return { year: Number(match[1]), sequence };
}

/** Whether a search term looks like a case number or its start ("2026/", "2026/004"). */
export function looksLikeCaseNumber(input: string): boolean {
  return /^\d{4}\/\d*$/.test(input.trim());
}

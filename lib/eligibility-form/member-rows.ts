import type { MemberRole } from "@/lib/eligibility";
import { MAX_MEMBERS } from "@/lib/schemas/eligibility";
import { MEMBER_NAME } from "./fields";

// Adding and removing household rows. The same rules hold whether the browser does it in
// place (draft-reducer.ts) or the server does it for a form posted before JavaScript loaded
// (applyRowIntent): a new row is a child living with the applicant, or the applicant when
// there is none yet; the last row stays; the form stops where the schema stops accepting people.

/** Pressed buttons post `intent`: "calculate", "save", "addMember" or "removeMember:<row>". */
export const INTENTS = { calculate: "calculate", save: "save", addMember: "addMember", removeMember: "removeMember" } as const;

/** The form stops offering rows where the schema stops accepting people. */
export const MAX_FORM_ROWS = MAX_MEMBERS;

export function removeMemberIntent(row: number): string {
  return `${INTENTS.removeMember}:${row}`;
}

/** The role a new row starts with, given the roles of the rows there are. */
export function roleForNewRow(roles: readonly string[]): MemberRole {
  return roles.includes("APPLICANT") ? "CHILD" : "APPLICANT";
}

export function canAddRow(rowCount: number): boolean {
  return rowCount < MAX_FORM_ROWS;
}

export function canRemoveRow(rowCount: number): boolean {
  return rowCount > 1;
}

/** Values with their member rows renumbered 0, 1, 2… in order. */
function withRows(values: Record<string, string>, rows: Record<string, string>[]): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (!MEMBER_NAME.test(name)) next[name] = value;
  rows.forEach((row, index) => {
    for (const [field, value] of Object.entries(row)) next[`members.${index}.${field}`] = value;
  });
  return next;
}

/** Each posted row as [row number, its fields], in order. */
function rowsOf(values: Record<string, string>): [number, Record<string, string>][] {
  const byRow = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(values)) {
    const match = MEMBER_NAME.exec(name);
    if (!match) continue;
    const row = Number(match[1]);
    const fields = byRow.get(row) ?? {};
    fields[match[2] as string] = value;
    byRow.set(row, fields);
  }
  return [...byRow.entries()].sort(([a], [b]) => a - b);
}

/**
 * The values after an "add" or "remove" button pressed before JavaScript loaded, or null
 * when the intent is not about rows.
 */
export function applyRowIntent(intent: unknown, values: Record<string, string>): Record<string, string> | null {
  if (typeof intent !== "string") return null;
  const numbered = rowsOf(values);
  const rows = numbered.map(([, fields]) => fields);
  if (intent === INTENTS.addMember) {
    if (!canAddRow(rows.length)) return withRows(values, rows);
    const role = roleForNewRow(rows.map((row) => row.role ?? ""));
    return withRows(values, [...rows, { role, livesWithApplicant: "true" }]);
  }
  if (intent.startsWith(`${INTENTS.removeMember}:`)) {
    const row = Number(intent.slice(INTENTS.removeMember.length + 1));
    if (!canRemoveRow(rows.length)) return withRows(values, rows);
    return withRows(values, numbered.filter(([number]) => number !== row).map(([, fields]) => fields));
  }
  return null;
}

import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { buildCaseListQuery, cursorOf, type CaseListRow } from "@/lib/data/case-list";
import { countProtected } from "@/lib/data/protected-identity";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { encodeCursor } from "@/lib/cases/case-search";
import { isoOfDbDate, officeDateAndTime } from "@/lib/dates";
import type { ExportValue } from "@/lib/exports/cell-guard";
import type { CaseListFilter } from "@/lib/schemas/case";
import type { Role } from "@/lib/vocabularies/roles";

// Exports of the case list (issue 14 part 5): the filtered list a user sees,
// or a team's caseload (its open cases, by adviser), as CSV or XLSX. The rows
// come from the list's own query (lib/data/case-list.ts: the same scope, the
// same filters, the same order), read in keyset batches so that 100,000 rows
// stream with flat memory. Which columns a role gets is the field table below.
// One audit row per export, with its filter and row count, before the first row
// leaves; protected persons need the user's confirmation first.

export type ExportKind = "cases" | "caseload";

/** The export's columns and who may have each; data minimisation: a manager's planning needs no identity numbers. */
const FIELDS = [
  { id: "caseNumber", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => row.caseNumber },
  { id: "lastName", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => row.lastName },
  { id: "firstName", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => row.firstName },
  { id: "birthDate", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => isoOfDbDate(row.birthDate) },
  { id: "identityNumber", roles: ["ADVISER"], value: (row: ExportRow) => row.identityNumber },
  { id: "status", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => row.status },
  { id: "statusSince", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => officeDateAndTime(row.statusSince).date },
  { id: "destinationCountry", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => row.destinationCountry },
  { id: "adviser", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => row.adviserName },
  { id: "team", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => row.teamName },
  { id: "overdue", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => (row.isOverdue ? 1 : 0) },
  { id: "updatedAt", roles: ["ADVISER", "MANAGER"], value: (row: ExportRow) => officeDateAndTime(row.updatedAt).date },
] as const satisfies readonly { id: string; roles: readonly Role[]; value: (row: ExportRow) => ExportValue }[];

export type ExportFieldId = (typeof FIELDS)[number]["id"];
type ExportRow = CaseListRow & { identityNumber: string | null };

export function exportFieldsFor(role: Role): ExportFieldId[] {
  return FIELDS.filter((field) => (field.roles as readonly Role[]).includes(role)).map((field) => field.id);
}

const BATCH = 1000;
/** An export is a few hundred thousand rows at most; the count query's bound. */
const MAX_ROWS = 10_000_000;

/** A caseload is the team's open cases, in case-number order, whatever else the URL says. */
function effectiveFilter(kind: ExportKind, user: SignedInUser, filter: CaseListFilter): CaseListFilter {
  const base = { ...filter, after: undefined };
  return kind === "caseload" ? { ...base, q: undefined, status: "open", team: user.teamId ?? "none", adviser: undefined, sort: "number" } : base;
}

async function authorizeExport(kind: ExportKind) {
  return authorize(kind === "caseload" ? "caseload.export" : "case.export");
}

export type ExportPreview = { rows: number; protectedRows: number; fields: ExportFieldId[] };

/** What an export would hold: the rows, how many are protected persons, and the role's columns. */
export async function previewCaseExport(kind: ExportKind, filter: CaseListFilter): Promise<ExportPreview> {
  const user = await authorizeExport(kind);
  const db = getDb();
  const { query } = buildCaseListQuery(user, effectiveFilter(kind, user, filter), new Date(), MAX_ROWS);
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${query}) x`;
  return { rows: Number(row?.n ?? 0), protectedRows: await countProtected(db, query), fields: exportFieldsFor(user.role) };
}

export class ProtectedConfirmationRequired extends Error {
  constructor(readonly protectedRows: number) {
    super("export: protected persons would be included; the user must confirm");
  }
}

export type CaseExport = { fields: ExportFieldId[]; rows: AsyncGenerator<ExportValue[]>; count: number };

/**
 * Opens an export: checks the permission, counts the rows and the protected
 * persons among them (refusing without the user's confirmation), writes the
 * audit row, and hands back the rows as an async generator of keyset batches.
 */
export async function openCaseExport(kind: ExportKind, filter: CaseListFilter, format: string, options: { confirmProtected: boolean }): Promise<CaseExport> {
  const user = await authorizeExport(kind);
  const db = getDb();
  const view = effectiveFilter(kind, user, filter);
  const { query } = buildCaseListQuery(user, view, new Date(), MAX_ROWS);
  const [counted] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${query}) x`;
  const count = Number(counted?.n ?? 0);
  const protectedRows = await countProtected(db, query);
  if (protectedRows > 0 && !options.confirmProtected) throw new ProtectedConfirmationRequired(protectedRows);
  const fields = FIELDS.filter((field) => (field.roles as readonly Role[]).includes(user.role));
  await recordAudit(db, auditActor(user), {
    action: kind === "caseload" ? "caseload.export" : "case.export",
    resourceType: kind === "caseload" ? "Team" : undefined,
    resourceId: kind === "caseload" ? (user.teamId ?? undefined) : undefined,
    // The view without the search text (a name or an identity number): only whether there was one.
    reason: JSON.stringify({ format, filter: { ...view, q: view.q ? "[search]" : undefined }, rows: count, protectedRows, fields: fields.map((field) => field.id) }),
  });
  return { fields: fields.map((field) => field.id), count, rows: batches(user, view, fields) };
}

async function* batches(user: SignedInUser, view: CaseListFilter, fields: readonly (typeof FIELDS)[number][]): AsyncGenerator<ExportValue[]> {
  const db = getDb();
  const now = new Date();
  let after: string | undefined;
  for (;;) {
    const { query, sort } = buildCaseListQuery(user, { ...view, after }, now, BATCH);
    const found = await db.$queryRaw<CaseListRow[]>(query);
    const page = found.slice(0, BATCH);
    const identities = fields.some((field) => field.id === "identityNumber")
      ? new Map((await db.case.findMany({ where: { id: { in: page.map((row) => row.id) } }, select: { id: true, identityNumber: true } })).map((row) => [row.id, row.identityNumber]))
      : new Map<string, string | null>();
    for (const row of page) {
      const full: ExportRow = { ...row, identityNumber: identities.get(row.id) ?? null };
      yield fields.map((field) => field.value(full));
    }
    const last = page.at(-1);
    if (found.length <= BATCH || !last) return;
    after = encodeCursor(cursorOf(sort, last));
  }
}

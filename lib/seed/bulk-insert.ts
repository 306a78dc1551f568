// Many rows in one statement: each column travels as one array parameter and
// `unnest` turns the arrays back into rows. Nearly as fast as COPY, with no
// extra package, and the same on PostgreSQL and PGlite.
import type pg from "pg";

/**
 * How a column travels: scalars as typed arrays; text[] columns and jsonb as
 * text that the SELECT casts (unnest would flatten an array of arrays).
 */
export type ColumnType =
  | "text"
  | "int"
  | "bool"
  | "date"
  | "timestamp"
  | "jsonb"
  | "text[]"
  | { enum: string }
  | { enumArray: string };

export type TableSpec<Row> = {
  table: string;
  columns: ReadonlyArray<{ name: keyof Row & string; type: ColumnType }>;
};

function paramType(type: ColumnType): string {
  if (typeof type === "object") return "text[]";
  switch (type) {
    case "int":
      return "int4[]";
    case "bool":
      return "bool[]";
    case "date":
      return "date[]";
    case "timestamp":
      return "timestamp(3)[]";
    default:
      return "text[]";
  }
}

function selectCast(column: string, type: ColumnType): string {
  if (typeof type === "object") return "enum" in type ? `${column}::"${type.enum}"` : `${column}::"${type.enumArray}"[]`;
  if (type === "jsonb") return `${column}::jsonb`;
  if (type === "text[]") return `${column}::text[]`;
  return column;
}

// Each column goes out as one array literal built here, which is several times
// faster than letting pg escape element by element.

/** An element of an array literal, quoted; the quotes and backslashes inside escaped. */
function quoted(text: string): string {
  return text.indexOf('"') === -1 && text.indexOf("\\") === -1 ? `"${text}"` : `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A Postgres array literal for a text[] or enum[] value. */
function arrayLiteral(values: readonly string[]): string {
  let out = "{";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ",";
    out += quoted(values[i] as string);
  }
  return `${out}}`;
}

/** Calendar days repeat a lot: cache their text. */
const dayText = new Map<number, string>();
function dateOnly(value: Date): string {
  const time = value.getTime();
  let text = dayText.get(time);
  if (text === undefined) {
    text = value.toISOString().slice(0, 10);
    dayText.set(time, text);
  }
  return text;
}

/** Timestamps repeat too (createdAt = updatedAt, office hours on the quarter hour). */
const timeText = new Map<number, string>();
function timestamp(value: Date): string {
  const time = value.getTime();
  let text = timeText.get(time);
  if (text === undefined) {
    if (timeText.size > 1_000_000) timeText.clear();
    text = value.toISOString();
    timeText.set(time, text);
  }
  return text;
}

/** One value as an element of the column's array literal. */
function element(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof type === "object") return "enumArray" in type ? quoted(arrayLiteral(value as string[])) : (value as string);
  switch (type) {
    case "int":
      return String(value);
    case "bool":
      return value ? "t" : "f";
    case "date":
      return dateOnly(value as Date);
    case "timestamp":
      // timestamp(3) without time zone holds UTC, as Prisma writes it; the "Z" is ignored.
      return timestamp(value as Date);
    case "jsonb":
      return quoted(JSON.stringify(value));
    case "text[]":
      return quoted(arrayLiteral(value as string[]));
    default:
      return quoted(value as string);
  }
}

function columnLiteral<Row>(rows: readonly Row[], name: keyof Row, type: ColumnType): string {
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) parts[i] = element((rows[i] as Row)[name], type);
  return `{${parts.join(",")}}`;
}

const statementCache = new Map<string, string>();

function statementFor<Row>(spec: TableSpec<Row>): string {
  let sql = statementCache.get(spec.table);
  if (!sql) {
    const names = spec.columns.map((column) => `"${column.name}"`).join(", ");
    const params = spec.columns.map((column, index) => `$${index + 1}::${paramType(column.type)}`).join(", ");
    const aliases = spec.columns.map((_, index) => `c${index}`);
    const selects = spec.columns.map((column, index) => selectCast(aliases[index] as string, column.type)).join(", ");
    sql = `INSERT INTO "${spec.table}" (${names}) SELECT ${selects} FROM unnest(${params}) AS t(${aliases.join(", ")})`;
    statementCache.set(spec.table, sql);
  }
  return sql;
}

/** Inserts `rows` (any number; sent in chunks of `chunkSize`). Resolves to the number inserted. */
export async function bulkInsert<Row>(client: pg.ClientBase, spec: TableSpec<Row>, rows: readonly Row[], chunkSize = 10_000): Promise<number> {
  const sql = statementFor(spec);
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params = spec.columns.map((column) => columnLiteral(chunk, column.name, column.type));
    await client.query(sql, params);
  }
  return rows.length;
}

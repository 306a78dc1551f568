// Backup and restore of a real PostgreSQL with its own tools: pg_dump's
// custom format (compressed, every table including the documents' bytea, the
// triggers and the job queue's schema) and pg_restore. Progress comes from
// their --verbose lines, one per table.
//
// A restore replaces the database's contents: it drops the app's schemas
// first (objects a newer migration added would otherwise survive beside the
// restored ones), restores without owners or grants, and then runs the usual
// preparation (lib/migrations/prepare.ts), which applies any migration newer
// than the backup and grants the app role its row rights again.
import { spawn } from "node:child_process";
import pg from "pg";
import { JOB_QUEUE_SCHEMA } from "../jobs/catalog";
import { prepareDatabase } from "../migrations/prepare";

export type Progress = (line: string) => void;

/** The first bytes of a pg_dump custom-format file. */
export const SERVER_BACKUP_MAGIC = "PGDMP";

async function countTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND s.nspname IN ('public', $1)`,
      [JOB_QUEUE_SCHEMA],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/** Runs one of PostgreSQL's tools, turning its per-table verbose lines into "[n/N] table" progress. */
function runTool(command: string, args: string[], total: number, pattern: RegExp, progress: Progress): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let done = 0;
    let buffered = "";
    const errors: string[] = [];
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const match = pattern.exec(line);
        if (match) progress(`[${++done}/${total}] ${match[1]}`);
        else if (/error|fatal/i.test(line)) errors.push(line);
      }
    });
    child.on("error", (error) =>
      reject(new Error(`${command} could not be started (${error.message}); install PostgreSQL's client tools (Debian: postgresql-client).`)),
    );
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}):\n${errors.join("\n") || buffered}`)),
    );
  });
}

export async function backupServer(url: string, file: string, progress: Progress): Promise<void> {
  const total = await countTables(url);
  progress(`Backing up ${total} tables with pg_dump…`);
  await runTool(
    "pg_dump",
    ["--format=custom", "--verbose", `--file=${file}`, `--dbname=${url}`],
    total,
    /dumping contents of table "([^"]+)"/,
    progress,
  );
}

export async function restoreServer(url: string, file: string, progress: Progress, appRole: string | null): Promise<void> {
  progress("Emptying the database (the app's schemas)…");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${JOB_QUEUE_SCHEMA} CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  } finally {
    await client.end();
  }
  const total = await countTablesInDump(file);
  progress(`Restoring ${total} tables with pg_restore…`);
  await runTool(
    "pg_restore",
    ["--verbose", "--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${url}`, file],
    total,
    /processing data for table "([^"]+)"/,
    progress,
  );
  progress("Applying newer migrations, if any, and the app role's grants…");
  await prepareDatabase(url, { appRole, log: progress });
}

/** The number of tables whose data the dump holds (pg_restore --list). */
function countTablesInDump(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("pg_restore", ["--list", file], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out.split("\n").filter((line) => / TABLE DATA /.test(line)).length) : reject(new Error(`pg_restore --list failed: ${err}`)),
    );
  });
}

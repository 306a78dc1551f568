// Applies the SQL migrations in `prisma/migrations` with plain `pg`, recording
// them in `_prisma_migrations` exactly as Prisma's own `migrate deploy` does, so
// that Prisma's native tooling (where it exists) agrees with what this runner did.
// Why the project has its own runner: docs/decisions/001-migrations-without-the-schema-engine.md
//
// Used by scripts (db:migrate), tests and the app's health check: no "server-only".
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** The key Prisma's schema engine uses for its own advisory lock, so the two exclude each other too. */
export const MIGRATION_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** Created exactly as Prisma's PostgreSQL connector creates it. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = {
  /** The directory name, e.g. `20260101120000_init`; also the `migration_name` recorded. */
  name: string;
  /** Absolute path of its migration.sql. */
  file: string;
  /** The file as read, byte for byte (what the checksum covers). */
  sql: string;
  /** sha256 hex of the file's bytes, as Prisma records it. */
  checksum: string;
};

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Anything with pg's `query(text)`: a pg.Client, pg.Pool or PoolClient. */
export type Queryable = { query: (text: string) => Promise<{ rows: unknown[] }> };

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * True when the recorded checksum matches the file. Like Prisma, a file whose
 * only change is its line endings (a checkout with CRLF) still matches.
 */
function checksumMatches(file: MigrationFile, recorded: string): boolean {
  if (file.checksum === recorded) return true;
  const lf = file.sql.replace(/\r\n/g, "\n");
  return sha256(lf) === recorded || sha256(lf.replace(/\n/g, "\r\n")) === recorded;
}

function migrationNames(migrationsDir: string): string[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The migrations on disk, in the order they apply (directory names sort by their timestamp). */
export function readMigrations(migrationsDir: string = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  const lockFile = path.join(migrationsDir, "migration_lock.toml");
  if (fs.existsSync(lockFile)) {
    const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(fs.readFileSync(lockFile, "utf8"))?.[1];
    if (provider !== "postgresql") {
      throw new MigrationError(`${lockFile} names provider "${provider ?? "(none)"}"; these migrations are for "postgresql".`);
    }
  }
  return migrationNames(migrationsDir).map((name) => {
    const file = path.join(migrationsDir, name, "migration.sql");
    if (!fs.existsSync(file)) throw new MigrationError(`Migration ${name} has no migration.sql (expected ${file}).`, name);
    const bytes = fs.readFileSync(file);
    return { name, file, sql: bytes.toString("utf8"), checksum: sha256(bytes) };
  });
}

/**
 * Prisma writes explicit `BEGIN;` / `COMMIT;` lines into some generated migrations
 * (enum changes). Each migration already runs inside this runner's transaction,
 * where a COMMIT would end it early, so those lines are left out when executing
 * (the checksum still covers the file as written). Only whole lines `BEGIN;` /
 * `COMMIT;` are touched; PL/pgSQL bodies never contain those.
 */
function withoutTransactionControl(sql: string): string {
  return sql.replace(/^[ \t]*(BEGIN|COMMIT)[ \t]*;[ \t]*$/gim, "-- ($1 left out: the runner wraps each migration in its own transaction)");
}

function describePgError(error: unknown, sql: string): string {
  const e = error as { message?: string; position?: string; detail?: string; code?: string };
  let text = e.message ?? String(error);
  if (e.code) text += ` [${e.code}]`;
  if (e.position) {
    const offset = Number(e.position) - 1;
    if (Number.isFinite(offset) && offset >= 0) {
      const line = sql.slice(0, offset).split("\n").length;
      text += ` at line ${line}`;
    }
  }
  if (e.detail) text += ` (${e.detail})`;
  return text;
}

async function readRows(client: pg.ClientBase): Promise<MigrationRow[]> {
  const { rows } = await client.query<MigrationRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return rows;
}

/**
 * Throws unless the database's history is a prefix-compatible record of the
 * files: no failed attempt left over, no applied migration missing or edited.
 * Returns the names already applied.
 */
function checkHistory(rows: MigrationRow[], files: MigrationFile[], migrationsDir: string): Set<string> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length > 0) {
    const names = failed.map((r) => r.migration_name).join(", ");
    throw new MigrationError(
      `Migration ${names} failed earlier and is recorded as started but not finished in _prisma_migrations. ` +
        `Repair the database by hand, then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '…' AND finished_at IS NULL) and run the migrations again.`,
      failed[0]?.migration_name,
    );
  }
  const applied = new Set<string>();
  for (const row of rows) {
    if (row.finished_at === null || row.rolled_back_at !== null) continue;
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `Migration ${row.migration_name} is applied to the database but ${path.join(migrationsDir, row.migration_name, "migration.sql")} does not exist. Restore it from version control.`,
        row.migration_name,
      );
    }
    if (!checksumMatches(file, row.checksum)) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied: ${file.file} has checksum ${file.checksum}, the database recorded ${row.checksum}. ` +
          `Never edit an applied migration; restore the file and add a new migration instead.`,
        row.migration_name,
      );
    }
    applied.add(row.migration_name);
  }
  return applied;
}

async function acquireLock(client: pg.ClientBase, log: (line: string) => void): Promise<void> {
  const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${MIGRATION_LOCK_KEY}) AS locked`);
  if (rows[0]?.locked) return;
  log("Another process is applying migrations; waiting for it to finish…");
  await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
}

/**
 * Applies every pending migration in order, each in its own transaction
 * together with its `_prisma_migrations` row. Holds an advisory lock meanwhile,
 * so concurrent starts wait for each other instead of racing.
 */
export async function applyMigrations(
  databaseUrl: string,
  opts: {
    migrationsDir?: string;
    log?: (line: string) => void;
    /** Further set-up (job queue, grants) run while the lock is still held, so concurrent starts never race it either. */
    afterMigrations?: (client: pg.Client) => Promise<void>;
  } = {},
): Promise<{ applied: string[] }> {
  const migrationsDir = path.resolve(/*turbopackIgnore: true*/ opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const log = opts.log ?? (() => {});
  const files = readMigrations(migrationsDir);

  const client = new pg.Client({ connectionString: databaseUrl, application_name: "hemvag-migrate" });
  // A client without an error listener would crash the process if the server dropped the connection.
  client.on("error", () => {});
  await client.connect();
  const applied: string[] = [];
  try {
    await acquireLock(client, log);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const done = checkHistory(await readRows(client), files, migrationsDir);
      const pending = files.filter((f) => !done.has(f.name));
      if (pending.length === 0) log("No pending migrations.");

      for (const migration of pending) {
        await client.query("BEGIN");
        try {
          // A second check inside the transaction: on the embedded PGlite every
          // connection shares one backend, where an advisory lock cannot exclude
          // another connection, but transactions are serialised.
          const { rows } = await client.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
            [migration.name],
          );
          if ((rows[0]?.n ?? 0) > 0) {
            await client.query("ROLLBACK");
            continue;
          }
          const id = randomUUID();
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, clock_timestamp(), 0)`,
            [id, migration.checksum, migration.name],
          );
          try {
            // No parameters: the simple query protocol, which runs several statements.
            await client.query(withoutTransactionControl(migration.sql));
          } catch (error) {
            throw new MigrationError(
              `Migration ${migration.name} failed and was rolled back, nothing of it was applied: ${describePgError(error, migration.sql)}\n  file: ${migration.file}`,
              migration.name,
              { cause: error },
            );
          }
          await client.query(
            `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
            [id],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          if (error instanceof MigrationError) throw error;
          throw new MigrationError(`Migration ${migration.name} could not be applied: ${describePgError(error, migration.sql)}`, migration.name, {
            cause: error,
          });
        }
        applied.push(migration.name);
        log(`Applied ${migration.name}`);
      }
      await opts.afterMigrations?.(client);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
  return { applied };
}

/**
 * Names of the migrations on disk not yet applied to the database. One query;
 * meant for the health check. Accepts a pg Pool/Client, or a URL (a client is
 * opened and closed for the call).
 */
export async function listPendingMigrations(
  clientOrUrl: Queryable | string,
  opts: { migrationsDir?: string } = {},
): Promise<string[]> {
  const names = migrationNames(path.resolve(/*turbopackIgnore: true*/ opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR));
  if (typeof clientOrUrl === "string") {
    const client = new pg.Client({ connectionString: clientOrUrl });
    client.on("error", () => {});
    await client.connect();
    try {
      return await pendingFrom(client, names);
    } finally {
      await client.end().catch(() => {});
    }
  }
  return pendingFrom(clientOrUrl, names);
}

async function pendingFrom(client: Queryable, names: string[]): Promise<string[]> {
  let applied: Set<string>;
  try {
    const { rows } = await client.query(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    applied = new Set((rows as { migration_name: string }[]).map((r) => r.migration_name));
  } catch (error) {
    // 42P01 undefined_table: nothing was ever applied.
    if ((error as { code?: string }).code === "42P01") return names;
    throw error;
  }
  return names.filter((name) => !applied.has(name));
}

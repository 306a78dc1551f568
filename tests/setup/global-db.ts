// Vitest globalSetup of the "db" project.
//
// With DATABASE_URL (a server URL to a maintenance database, e.g.
// postgresql://postgres@127.0.0.1:5432/postgres): creates a fresh template
// database `hemvag_test_template_<run>` with every migration applied; each test
// file then gets its own copy (tests/setup/worker-db.ts), dropped afterwards.
//
// Without DATABASE_URL: the embedded PGlite. It runs a single Postgres backend
// that every connection shares (SET, advisory locks and the current database
// are shared; CREATE DATABASE succeeds but cannot be connected to), so neither a
// database nor a schema per worker isolates anything. Instead each test file
// starts its own in-memory PGlite server (worker-db.ts). That works, but costs
// a few seconds per file: use the local server where there is one.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../../lib/migrations/prepare";

export type HemvagTestDb =
  | { mode: "server"; serverUrl: string; templateDb: string; runId: string }
  | { mode: "embedded"; runId: string };

declare module "vitest" {
  export interface ProvidedContext {
    hemvagDb: HemvagTestDb;
  }
}

export const TEST_DB_PREFIX = "hemvag_test_";
const STALE_AFTER_SECONDS = 24 * 3600;

/** The same server URL pointing at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Seconds since the epoch in base 36 (sortable, tells the age) and a random tail. */
function newRunId(): string {
  return `${Math.floor(Date.now() / 1000).toString(36)}${randomBytes(3).toString("hex")}`;
}

function runStartedAt(name: string): number | null {
  const match = /_([0-9a-z]{6})[0-9a-f]{6}(?:_|$)/.exec(name);
  return match?.[1] ? parseInt(match[1], 36) : null;
}

export async function dropDatabase(admin: pg.ClientBase, name: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function connectAdmin(serverUrl: string): Promise<pg.Client> {
  const admin = new pg.Client({ connectionString: serverUrl, application_name: "hemvag-test-setup" });
  admin.on("error", () => {});
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`db tests: cannot connect to DATABASE_URL (${new URL(serverUrl).host}): ${(error as Error).message}`, { cause: error });
  }
  return admin;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = newRunId();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide("hemvagDb", { mode: "embedded", runId });
    return async () => {};
  }

  const templateDb = `${TEST_DB_PREFIX}template_${runId}`;
  const admin = await connectAdmin(serverUrl);
  try {
    // Leftovers of runs that crashed more than a day ago (never another live run's).
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DB_PREFIX}%'`);
    const now = Date.now() / 1000;
    for (const { datname } of rows) {
      const started = runStartedAt(datname);
      if (started !== null && now - started > STALE_AFTER_SECONDS) await dropDatabase(admin, datname).catch(() => {});
    }
    await admin.query(`CREATE DATABASE "${templateDb}" TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  try {
    await prepareDatabase(databaseUrl(serverUrl, templateDb));
  } catch (error) {
    const cleanup = await connectAdmin(serverUrl);
    await dropDatabase(cleanup, templateDb).finally(() => cleanup.end());
    throw error;
  }

  project.provide("hemvagDb", { mode: "server", serverUrl, templateDb, runId });

  return async () => {
    const admin = await connectAdmin(serverUrl);
    try {
      // Per-file databases are dropped by worker-db.ts; these are the ones a crashed worker left.
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DB_PREFIX}%' AND datname LIKE '%${runId}%'`,
      );
      for (const { datname } of rows) await dropDatabase(admin, datname);
    } finally {
      await admin.end();
    }
  };
}

// Vitest setupFiles of the "db" project: runs before each test file imports
// anything, gives the file a database of its own with every migration applied,
// and points process.env.DATABASE_URL at it. Dropped after the file's tests.
//
// Real Postgres: `CREATE DATABASE hemvag_test_w<VITEST_POOL_ID>_<run>_<rand> TEMPLATE <template>`
// (the template is made by tests/setup/global-db.ts), a few hundred ms.
// Embedded (no DATABASE_URL): an in-memory PGlite served on a loopback port
// inside this worker, migrated here; a few seconds. See global-db.ts for why.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { prepareDatabase } from "../../lib/migrations/prepare";
import { TEST_DB_PREFIX, databaseUrl, dropDatabase } from "./global-db";

export type TestDatabase = { url: string; drop: () => Promise<void> };

async function withAdmin<T>(serverUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl, application_name: "hemvag-test-setup" });
  admin.on("error", () => {});
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end().catch(() => {});
  }
}

async function startPgliteServer(): Promise<TestDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create({ extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 20 });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    drop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * A new database for one test. `migrated: false` gives an empty one (for
 * testing the migration runner itself); `true` a copy of the migrated template.
 */
export async function createTestDatabase(opts: { migrated: boolean }): Promise<TestDatabase> {
  const config = inject("hemvagDb");
  if (config.mode === "embedded") {
    const database = await startPgliteServer();
    if (opts.migrated) await prepareDatabase(database.url);
    return database;
  }
  const name = `${TEST_DB_PREFIX}w${process.env.VITEST_POOL_ID ?? "0"}_${config.runId}_${randomBytes(3).toString("hex")}`;
  await withAdmin(config.serverUrl, (admin) =>
    admin.query(`CREATE DATABASE "${name}" TEMPLATE "${opts.migrated ? config.templateDb : "template0"}"`),
  );
  return {
    url: databaseUrl(config.serverUrl, name),
    drop: () => withAdmin(config.serverUrl, (admin) => dropDatabase(admin, name)),
  };
}

// Once per test file, even if a test imports this module for createTestDatabase.
const state = globalThis as typeof globalThis & { __hemvagTestDatabase?: TestDatabase };
if (!state.__hemvagTestDatabase) {
  const database = await createTestDatabase({ migrated: true });
  state.__hemvagTestDatabase = database;
  process.env.DATABASE_URL = database.url;
  afterAll(async () => {
    delete state.__hemvagTestDatabase;
    await database.drop();
  });
}

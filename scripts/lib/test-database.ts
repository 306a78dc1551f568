// A throw-away database for one test run: a fresh database on the server in
// DATABASE_URL, or, without it, an embedded PGlite server in a temporary folder.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type TestDatabase = { url: string; drop: () => Promise<void> };

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `${prefix}_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return {
      url: withDatabase(serverUrl, name),
      drop: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  // The embedded server keys its files on HEMVAG_DATA_DIR, read when the module loads.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  process.env.HEMVAG_DATA_DIR = dataDir;
  const { resolveDatabaseUrl } = await import("../../lib/embedded-postgres");
  const embedded = await resolveDatabaseUrl();
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

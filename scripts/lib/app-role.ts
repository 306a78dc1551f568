// The restricted role the tests' app instances connect as, on the local
// server: a login role that owns nothing (row rights come from the migration
// step, lib/migrations/app-role.ts). Roles belong to the whole server, so one
// role serves every test database; it is created once and kept.
import pg from "pg";

export const TEST_APP_ROLE = "hemvag_test_app";

export async function ensureTestAppRole(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${TEST_APP_ROLE}') THEN CREATE ROLE ${TEST_APP_ROLE} LOGIN; END IF; END $$`);
  } catch (error) {
    // Two runs creating it at once: the other one won.
    if ((error as { code?: string }).code !== "23505" && (error as { code?: string }).code !== "42710") throw error;
  } finally {
    await client.end();
  }
}

/** The same database URL, as another role. */
export function asRole(url: string, role: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = "";
  return parsed.toString();
}

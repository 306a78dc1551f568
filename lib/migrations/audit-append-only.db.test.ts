import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANUAL_INDEX_SUFFIX } from "./catalog";
import { readMigrations } from "./runner";

// The database worker-db.ts made for this file, with every migration applied.
let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

describe("AuditEvent is append-only in the database", () => {
  it("accepts inserts and refuses UPDATE, DELETE and TRUNCATE", async () => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "AuditEvent" (action, "userEmail", "caseId") VALUES ('case.read', 'a@example.se', 'c1') RETURNING id`,
    );
    const id = rows[0]!.id;

    await expect(client.query(`UPDATE "AuditEvent" SET action = 'case.update' WHERE id = $1`, [id])).rejects.toThrow(/append-only: UPDATE/);
    await expect(client.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [id])).rejects.toThrow(/append-only: DELETE/);
    await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only: TRUNCATE/);

    const after = await client.query(`SELECT action, "userEmail" FROM "AuditEvent" WHERE id = $1`, [id]);
    expect(after.rows).toEqual([{ action: "case.read", userEmail: "a@example.se" }]);
  });

  it("has every hand-written index the migrations create and have not dropped", async () => {
    // The names come from the migration files, so a new *_manual_idx is checked without editing this test.
    const named = (pattern: RegExp) =>
      readMigrations()
        .flatMap((m) => [...m.sql.matchAll(pattern)].map((match) => match[1]!))
        .filter((name) => name.endsWith(MANUAL_INDEX_SUFFIX));
    const dropped = new Set(named(/DROP INDEX (?:IF EXISTS )?"(\w+)"/g));
    const created = named(/CREATE INDEX (?:IF NOT EXISTS )?"(\w+)"/g)
      .filter((name) => !dropped.has(name))
      .sort();
    expect(created).toContain("Case_nameWords_manual_idx");

    const { rows } = await client.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE indexname LIKE '%\\_manual\\_idx' ORDER BY indexname`,
    );
    expect(rows.map((r) => r.indexname).sort()).toEqual(created);
  });
});

// Backup and restore against a real PostgreSQL: the demo seed plus a document
// and audit events, backed up with pg_dump, the database wiped, restored; every
// table must come back with the same rows (count and an md5 of its ordered rows),
// and the audit trail must still be append-only and continue its numbering.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed";
import { backup, restore } from "./index";

let url: string;
let client: pg.Client;
let dir: string;

async function reconnect(): Promise<void> {
  await client?.end().catch(() => {});
  client = new pg.Client({ connectionString: url });
  await client.connect();
}

/** Per table of the app's schemas: row count and md5 of its rows, ordered by their text form. */
async function tableChecksums(): Promise<Record<string, { rows: number; md5: string }>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname IN ('public', 'pgboss') ORDER BY 1`,
  );
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: number; md5: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM ${name} t`,
    );
    result[name] = { rows: rows[0]!.n, md5: rows[0]!.md5 ?? "" };
  }
  return result;
}

beforeAll(async () => {
  url = process.env.DATABASE_URL!;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hemvag-backup-"));
  await seedDemo(url, { scale: 12, today: "2026-11-02" });
  await reconnect();
  // Documents live in the database: one with binary content that must survive byte for byte.
  const content = Buffer.from([0, 1, 2, 255, 254, 0x25, 0x50, 0x44, 0x46]);
  await client.query(
    `INSERT INTO "Document" (id, "caseId", "fileName", "mimeType", "sizeBytes", sha256, content, "updatedAt")
     SELECT 'backup-doc', id, 'intyg.pdf', 'application/pdf', $1, 'x', $2, now() FROM "Case" ORDER BY id LIMIT 1`,
    [content.length, content],
  );
  for (const action of ["case.read", "case.update", "document.upload"]) {
    await client.query(`INSERT INTO "AuditEvent" (action, "resourceType", "resourceId") VALUES ($1, 'Document', 'backup-doc')`, [action]);
  }
}, 120_000);

afterAll(async () => {
  await client?.end().catch(() => {});
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("db:backup and db:restore on a PostgreSQL server", () => {
  it("restores every table's rows, the documents and an audit trail that is still append-only", async () => {
    const before = await tableChecksums();
    const { rows: maxBefore } = await client.query<{ max: string }>(`SELECT max(id)::text AS max FROM "AuditEvent"`);
    expect(Number(maxBefore[0]!.max)).toBeGreaterThanOrEqual(3);
    expect(before['public."Case"']!.rows).toBe(12);

    const file = path.join(dir, "hemvag.dump");
    const progress: string[] = [];
    const target = { kind: "server" as const, ownerUrl: url, appRole: null };
    await backup(target, file, (line) => progress.push(line));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(progress.some((line) => /^\[\d+\/\d+\] public\.Document$/.test(line))).toBe(true);

    // Wipe: nothing of the app is left.
    await client.query(`DROP SCHEMA pgboss CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
    const { rows: left } = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`);
    expect(left).toHaveLength(0);
    await client.end();

    progress.length = 0;
    await restore(target, file, (line) => progress.push(line));
    expect(progress.some((line) => /^\[\d+\/\d+\] public\.AuditEvent$/.test(line))).toBe(true);
    await reconnect();

    const after = await tableChecksums();
    // pg-boss keeps its own clock (the version table's maintenance times) moving on start; compare the app's tables exactly.
    const appTables = (sums: typeof before) => Object.fromEntries(Object.entries(sums).filter(([name]) => name.startsWith("public.")));
    expect(appTables(after)).toEqual(appTables(before));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    console.log(
      `backup/restore: ${Object.keys(appTables(before)).length} tables, ${Object.values(appTables(before)).reduce((n, t) => n + t.rows, 0)} rows identical`,
    );

    const { rows: doc } = await client.query<{ content: Buffer }>(`SELECT content FROM "Document" WHERE id = 'backup-doc'`);
    expect([...doc[0]!.content]).toEqual([0, 1, 2, 255, 254, 0x25, 0x50, 0x44, 0x46]);

    // The audit trail: still append-only, numbering continues after the restored rows.
    await expect(client.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    const { rows: inserted } = await client.query<{ id: string }>(`INSERT INTO "AuditEvent" (action) VALUES ('after.restore') RETURNING id::text`);
    expect(Number(inserted[0]!.id)).toBeGreaterThan(Number(maxBefore[0]!.max));
  }, 180_000);

  it("refuses a file that is not a backup, changing nothing", async () => {
    const file = path.join(dir, "not-a-backup.txt");
    fs.writeFileSync(file, "hello");
    await expect(restore({ kind: "server", ownerUrl: url, appRole: null }, file, () => {})).rejects.toThrow(/not a backup/);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Case"`);
    expect(rows[0]!.n).toBe(12);
  });
});

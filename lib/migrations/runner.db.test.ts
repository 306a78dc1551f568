import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/setup/worker-db";
import { queryOnce } from "../../tests/support/query";
import { DEFAULT_MIGRATIONS_DIR, MigrationError, applyMigrations, listPendingMigrations } from "./runner";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => {});
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ migrated: false });
  cleanups.push(database.drop);
  return database;
}

function tempMigrations(migrations: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hemvag-migrations-"));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const rows = await queryOnce<{ exists: boolean }>(url, `SELECT to_regclass('"${table}"') IS NOT NULL AS "exists"`);
  return rows[0]!.exists;
}

type Row = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number; id: string };
const historyOf = (url: string) => queryOnce<Row>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("applyMigrations", () => {
  it("applies every migration to an empty database, records them as Prisma does, and then has nothing left to apply", async () => {
    const { url } = await emptyDatabase();
    const onDisk = fs
      .readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(onDisk.length).toBeGreaterThanOrEqual(2);
    expect(await listPendingMigrations(url)).toEqual(onDisk);

    const first = await applyMigrations(url);
    expect(first.applied).toEqual(onDisk);

    const rows = await historyOf(url);
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
    for (const row of rows) {
      expect(row.checksum).toBe(sha256(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql")));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(await tableExists(url, "Case")).toBe(true);

    expect((await applyMigrations(url)).applied).toEqual([]);
    expect(await historyOf(url)).toHaveLength(onDisk.length);
    expect(await listPendingMigrations(url)).toEqual([]);
  });

  it("creates _prisma_migrations with Prisma's columns", async () => {
    const { url } = await emptyDatabase();
    await applyMigrations(url, { migrationsDir: tempMigrations({ "20200101000000_a": "SELECT 1;" }) });
    const columns = await queryOnce<{ column_name: string; data_type: string; is_nullable: string; column_default: string | null; character_maximum_length: number | null }>(
      url,
      `SELECT column_name, data_type, is_nullable, column_default, character_maximum_length FROM information_schema.columns
       WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", is_nullable: "NO", column_default: null, character_maximum_length: 36 },
      { column_name: "checksum", data_type: "character varying", is_nullable: "NO", column_default: null, character_maximum_length: 64 },
      { column_name: "finished_at", data_type: "timestamp with time zone", is_nullable: "YES", column_default: null, character_maximum_length: null },
      { column_name: "migration_name", data_type: "character varying", is_nullable: "NO", column_default: null, character_maximum_length: 255 },
      { column_name: "logs", data_type: "text", is_nullable: "YES", column_default: null, character_maximum_length: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", is_nullable: "YES", column_default: null, character_maximum_length: null },
      { column_name: "started_at", data_type: "timestamp with time zone", is_nullable: "NO", column_default: "now()", character_maximum_length: null },
      { column_name: "applied_steps_count", data_type: "integer", is_nullable: "NO", column_default: "0", character_maximum_length: null },
    ]);
  });

  it("rolls a failing migration back entirely and names it in the error", async () => {
    const { url } = await emptyDatabase();
    const dir = tempMigrations({
      "20200101000000_good": `CREATE TABLE "Good" (id int PRIMARY KEY);`,
      "20200102000000_bad": `CREATE TABLE "HalfDone" (id int PRIMARY KEY);\nINSERT INTO "HalfDone" VALUES (1);\nINSERT INTO "NoSuchTable" VALUES (1);\n`,
    });

    const error = await applyMigrations(url, { migrationsDir: dir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe("20200102000000_bad");
    expect((error as Error).message).toContain("20200102000000_bad");
    expect((error as Error).message).toContain("NoSuchTable");
    expect((error as Error).message).toContain("line 3");

    expect(await tableExists(url, "Good")).toBe(true);
    expect(await tableExists(url, "HalfDone")).toBe(false);
    expect((await historyOf(url)).map((r) => r.migration_name)).toEqual(["20200101000000_good"]);
    expect(await listPendingMigrations(url, { migrationsDir: dir })).toEqual(["20200102000000_bad"]);

    // Fixed (it was never applied, so editing it is fine): the next run applies it.
    fs.writeFileSync(path.join(dir, "20200102000000_bad", "migration.sql"), `CREATE TABLE "HalfDone" (id int PRIMARY KEY);\n`);
    expect((await applyMigrations(url, { migrationsDir: dir })).applied).toEqual(["20200102000000_bad"]);
  });

  it("refuses to run when an applied migration was edited, naming the file", async () => {
    const { url } = await emptyDatabase();
    const dir = tempMigrations({
      "20200101000000_first": `CREATE TABLE "First" (id int);`,
      "20200102000000_second": `CREATE TABLE "Second" (id int);`,
    });
    await applyMigrations(url, { migrationsDir: dir });
    const file = path.join(dir, "20200101000000_first", "migration.sql");
    fs.writeFileSync(file, `CREATE TABLE "First" (id int, extra text);`);
    fs.mkdirSync(path.join(dir, "20200103000000_third"));
    fs.writeFileSync(path.join(dir, "20200103000000_third", "migration.sql"), `CREATE TABLE "Third" (id int);`);

    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/20200101000000_first was edited after it was applied/);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(file);
    expect(await tableExists(url, "Third")).toBe(false);
  });

  it("accepts an applied migration whose only change is CRLF line endings", async () => {
    const { url } = await emptyDatabase();
    const dir = tempMigrations({ "20200101000000_first": `CREATE TABLE "First" (id int);\nCREATE TABLE "Other" (id int);\n` });
    await applyMigrations(url, { migrationsDir: dir });
    const file = path.join(dir, "20200101000000_first", "migration.sql");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    expect((await applyMigrations(url, { migrationsDir: dir })).applied).toEqual([]);
  });

  it("refuses to run when an applied migration is missing on disk", async () => {
    const { url } = await emptyDatabase();
    const dir = tempMigrations({ "20200101000000_first": `SELECT 1;`, "20200102000000_second": `SELECT 2;` });
    await applyMigrations(url, { migrationsDir: dir });
    fs.rmSync(path.join(dir, "20200101000000_first"), { recursive: true });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/20200101000000_first is applied to the database but .* does not exist/);
  });

  it("refuses to run while a failed attempt is recorded, until it is marked rolled back", async () => {
    const { url } = await emptyDatabase();
    const dir = tempMigrations({ "20200101000000_first": `CREATE TABLE "First" (id int);` });
    await applyMigrations(url, { migrationsDir: tempMigrations({}) }); // creates _prisma_migrations only
    await queryOnce(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs) VALUES ('00000000-0000-4000-8000-000000000000', 'x', '20200101000000_first', 'failed natively')`,
    );
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/20200101000000_first failed earlier/);

    await queryOnce(url, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL`);
    expect((await applyMigrations(url, { migrationsDir: dir })).applied).toEqual(["20200101000000_first"]);
  });

  it("lets two concurrent runs both succeed, applying each migration once", async () => {
    const { url } = await emptyDatabase();
    const dir = tempMigrations({
      "20200101000000_slow": `CREATE TABLE "Counter" (n int);\nSELECT pg_sleep(0.5);\nINSERT INTO "Counter" VALUES (1);`,
      "20200102000000_next": `INSERT INTO "Counter" VALUES (2);`,
      "20200103000000_last": `ALTER TABLE "Counter" ADD COLUMN note text;`,
    });

    const [a, b] = await Promise.all([applyMigrations(url, { migrationsDir: dir }), applyMigrations(url, { migrationsDir: dir })]);

    const all = [...a.applied, ...b.applied].sort();
    expect(all).toEqual(["20200101000000_slow", "20200102000000_next", "20200103000000_last"].sort());
    expect((await historyOf(url)).map((r) => r.migration_name)).toEqual(all);
    expect(await queryOnce(url, `SELECT n FROM "Counter" ORDER BY n`)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("keeps explicit BEGIN/COMMIT lines of a Prisma migration inside its transaction", async () => {
    const { url } = await emptyDatabase();
    const dir = tempMigrations({
      "20200101000000_enum": `-- AlterEnum\nBEGIN;\nCREATE TYPE "Colour" AS ENUM ('RED');\nCOMMIT;\n\nCREATE TABLE "Paint" (c "Colour");\nSELECT 1/0;\n`,
    });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/20200101000000_enum/);
    const types = await queryOnce<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_type WHERE typname = 'Colour'`);
    expect(types[0]!.n).toBe(0);
  });
});

describe("listPendingMigrations", () => {
  it("works on a pg Pool with one query, before and after the history table exists", async () => {
    const { url } = await emptyDatabase();
    const dir = tempMigrations({ "20200101000000_a": `SELECT 1;`, "20200102000000_b": `SELECT 2;` });
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    cleanups.push(() => pool.end());
    const spy = { count: 0 };
    const counting = { query: (text: string) => (spy.count++, pool.query(text)) };

    expect(await listPendingMigrations(counting, { migrationsDir: dir })).toEqual(["20200101000000_a", "20200102000000_b"]);
    expect(spy.count).toBe(1);
    await applyMigrations(url, { migrationsDir: tempMigrations({ "20200101000000_a": `SELECT 1;` }) });
    expect(await listPendingMigrations(counting, { migrationsDir: dir })).toEqual(["20200102000000_b"]);
    expect(spy.count).toBe(2);
  });
});

// The app role's grants against a real Postgres: rows only, the audit trail
// append-only, no schema changes; a superuser or an owning role is refused.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantAppRole, separateAppRole, tablesWithoutGrants } from "./app-role";

const role = `hemvag_t_${crypto.randomBytes(4).toString("hex")}`;
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`CREATE ROLE ${role} NOLOGIN`);
});

afterAll(async () => {
  await client.query(`DROP OWNED BY ${role}`).catch(() => {});
  await client.query(`DROP ROLE IF EXISTS ${role}`).catch(() => {});
  await client.end();
});

const can = async (privilege: string, table: string) =>
  (await client.query<{ ok: boolean }>(`SELECT has_table_privilege($1, $2, $3) AS ok`, [role, table, privilege])).rows[0]!.ok;

describe("grantAppRole", () => {
  it("gives row rights on every table, takes back changing the audit trail, and no right to create", async () => {
    await grantAppRole(client, role);
    for (const table of ['"Case"', '"User"', '"JobRun"', "pgboss.job"]) {
      expect(await can("SELECT", table)).toBe(true);
      expect(await can("INSERT", table)).toBe(true);
      expect(await can("UPDATE", table)).toBe(true);
      expect(await can("DELETE", table)).toBe(true);
    }
    expect(await can("INSERT", '"AuditEvent"')).toBe(true);
    expect(await can("UPDATE", '"AuditEvent"')).toBe(false);
    expect(await can("DELETE", '"AuditEvent"')).toBe(false);
    expect(await can("TRUNCATE", '"AuditEvent"')).toBe(false);
    expect(await can("INSERT", '"_prisma_migrations"')).toBe(false);
    const { rows } = await client.query<{ ok: boolean }>(`SELECT has_schema_privilege($1, 'public', 'CREATE') AS ok`, [role]);
    expect(rows[0]!.ok).toBe(false);
  });

  it("lets readiness see a table the grants have not reached, until the grant step runs again", async () => {
    await grantAppRole(client, role);
    const asApp = async () => {
      await client.query(`SET ROLE ${role}`);
      try {
        return await tablesWithoutGrants(client);
      } finally {
        await client.query("RESET ROLE");
      }
    };
    expect(await asApp()).toEqual([]);
    await client.query(`CREATE TABLE "made_by_hand_${role}" (id int)`);
    expect(await asApp()).toEqual([`public.made_by_hand_${role}`]);
    await grantAppRole(client, role);
    expect(await asApp()).toEqual([]);
    await client.query(`DROP TABLE "made_by_hand_${role}"`);
  });

  it("refuses a superuser and a role that owns something", async () => {
    await expect(grantAppRole(client, "postgres")).rejects.toThrow(/superuser/);
    await client.query(`CREATE TABLE "owned_by_app_${role}" (id int)`);
    await client.query(`ALTER TABLE "owned_by_app_${role}" OWNER TO ${role}`);
    await expect(grantAppRole(client, role)).rejects.toThrow(/owns owned_by_app/);
  });
});

describe("separateAppRole", () => {
  it("names the app's role only when it differs from the owner's", () => {
    expect(separateAppRole("postgresql://hemvag_owner@db/hemvag", "postgresql://hemvag_app:pw@db/hemvag")).toBe("hemvag_app");
    expect(separateAppRole("postgresql://postgres@db/hemvag", "postgresql://postgres@db/hemvag")).toBeNull();
  });
});

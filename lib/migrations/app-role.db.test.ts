// The app role's grants against a real Postgres: rows only, the audit trail
// append-only, no schema changes; a superuser or an owning role is refused.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createCaseworkWorld } from "@/tests/support/casework";
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
    for (const table of ['"FigureEvent"', '"FigureMonth"']) {
      expect(await can("SELECT", table)).toBe(true);
      for (const privilege of ["INSERT", "UPDATE", "DELETE", "TRUNCATE"]) expect(await can(privilege, table), `${privilege} ${table}`).toBe(false);
    }
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

  it("lets the app's writes move the figures through the triggers, but not write them or switch them off itself", async () => {
    await grantAppRole(client, role);
    const world = await createCaseworkWorld(getDb());
    const caseId = await world.newCase(world.users.a1, "AWAITING_DECISION");
    const returned = async () =>
      (await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "FigureEvent" WHERE "caseId" = $1 AND figure = 'returned'`, [caseId])).rows[0]!.n;
    await client.query("BEGIN");
    try {
      await client.query(`SET LOCAL ROLE ${role}`);
      // The bulk load's deferral, asked for by the app's role, is not honoured: the departure counts at once.
      await client.query("SELECT set_config('hemvag.figures_deferred', 'on', true)");
      await client.query(
        `INSERT INTO "CaseStatusChange" (id, "caseId", "fromStatus", "toStatus", "effectiveOn", reason, "updatedAt") VALUES ($1, $2, 'AWAITING_DECISION', 'DEPARTED', '2026-03-01', 'Test', now())`,
        [`app-role-${role}`, caseId],
      );
      expect(await returned()).toBe("1");
      await client.query("SAVEPOINT by_hand");
      await expect(client.query(`INSERT INTO "FigureMonth" (figure, "teamId", "adviserId", month, key, days, n, "amountSek") VALUES ('returned', 'x', '*', '2026-03-01', 'IQ', 0, 1000, 0)`)).rejects.toThrow(/permission denied/);
      await client.query("ROLLBACK TO SAVEPOINT by_hand");
      await expect(client.query(`DELETE FROM "FigureEvent" WHERE "caseId" = $1`, [caseId])).rejects.toThrow(/permission denied/);
    } finally {
      await client.query("ROLLBACK");
    }
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

// The app connects as a role that owns nothing and may only read and write
// rows (docs/decisions/006-database-roles.md); the migrations run as the
// owner. After every migration run the owner grants the app role exactly
// that on every table there is, so a new table needs no grant of its own.
//
// No "server-only": run by the migration step.
import type pg from "pg";
import { JOB_QUEUE_SCHEMA } from "../jobs/catalog";

/** The role in a connection URL, e.g. `hemvag_app` in postgresql://hemvag_app@host/db. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username) || process.env.PGUSER || process.env.USER || "postgres";
}

/** The app's role when it differs from the owner's; null when both URLs use one role (development, tests). */
export function separateAppRole(ownerUrl: string, appUrl: string): string | null {
  const app = roleOf(appUrl);
  return app === roleOf(ownerUrl) ? null : app;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Tables the database derives and the app only reads: the figures' summary, written by the
 * triggers' figure_refresh with its owner's rights (decision 027, migration figure_tables_owner_only).
 */
export const DERIVED_TABLES = ["FigureEvent", "FigureMonth"] as const;

export async function grantAppRole(client: pg.ClientBase, appRole: string): Promise<void> {
  const role = ident(appRole);
  const { rows } = await client.query<{ rolsuper: boolean; owned: string[] }>(
    `SELECT r.rolsuper,
            ARRAY(SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relowner = r.oid AND n.nspname IN ('public', $2) LIMIT 5) AS owned
     FROM pg_roles r WHERE r.rolname = $1`,
    [appRole, JOB_QUEUE_SCHEMA],
  );
  const found = rows[0];
  if (!found) throw new Error(`The app's database role "${appRole}" does not exist: create it (docs/deploy.md, "The two database roles").`);
  if (found.rolsuper) throw new Error(`The app's database role "${appRole}" is a superuser: the app must connect as a role with row rights only (docs/deploy.md).`);
  if (found.owned.length > 0) {
    throw new Error(`The app's database role "${appRole}" owns ${found.owned.join(", ")}: objects must belong to the owner role that runs the migrations (docs/deploy.md).`);
  }
  const database = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
  const queue = ident(JOB_QUEUE_SCHEMA);
  await client.query(`
    GRANT CONNECT ON DATABASE ${ident(database)} TO ${role};
    GRANT USAGE ON SCHEMA public, ${queue} TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, ${queue} TO ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public, ${queue} TO ${role};
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public, ${queue} TO ${role};
    -- The audit trail is append-only for the app too (the triggers say so again).
    REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ${role};
    -- The app reads which migrations ran (readiness), never writes them.
    REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${role};
    -- The figures are the cases' own: only the database derives them.
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${DERIVED_TABLES.map(ident).join(", ")} FROM ${role};
  `);
}

/**
 * Tables the connected role cannot read and add rows to (read, for the derived ones): empty when the grants
 * reached every table, as they should after every migration run. Readiness
 * asks it, so a production database whose grants were missed (a table made by
 * hand, a restore without the grant step) is reported before a user meets a
 * "permission denied".
 */
export async function tablesWithoutGrants(client: Pick<pg.ClientBase, "query">): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('public', $1) AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
       AND NOT (has_table_privilege(c.oid, 'SELECT') AND (has_table_privilege(c.oid, 'INSERT') OR c.relname = ANY($2::text[])))
     ORDER BY 1`,
    [JOB_QUEUE_SCHEMA, DERIVED_TABLES],
  );
  return rows.map((row) => row.name);
}

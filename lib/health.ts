import "server-only";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { listPendingMigrations } from "@/lib/migrations/runner";

export type Health = { ok: boolean; database: "up" | "down"; pendingMigrations: string[] };

// A small pool of its own: the health check must answer even when Prisma's
// pool is exhausted, and it runs raw catalog queries Prisma has no model for.
let pool: pg.Pool | undefined;

export async function checkHealth(): Promise<Health> {
  pool ??= new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 2, connectionTimeoutMillis: 3000 });
  try {
    await pool.query("SELECT 1");
  } catch {
    return { ok: false, database: "down", pendingMigrations: [] };
  }
  const pendingMigrations = await listPendingMigrations(pool);
  return { ok: pendingMigrations.length === 0, database: "up", pendingMigrations };
}

import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { registerGauge } from "@/lib/metrics";
import { onShutdown } from "@/lib/shutdown";

// The one connection pool and the one Prisma client over it. Only lib/data/*,
// lib/health.ts and lib/jobs/* import this module (ESLint enforces it).
//
// Every wait is bounded, so that a database that is down, restarting or out of
// connections gives a quick 503 "try again" (server/unavailable.ts) instead of
// a request that hangs: a free connection must turn up within
// DB_POOL_TIMEOUT_MS, and a statement finish within DB_STATEMENT_TIMEOUT_MS.
function createPool(): pg.Pool {
  const env = getEnv();
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    application_name: "hemvag",
    max: env.DB_POOL_SIZE,
    connectionTimeoutMillis: env.DB_POOL_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
  });
  // A connection the server dropped (restart, idle kill) is discarded by the pool;
  // without a listener the error would end the process.
  pool.on("error", (error) => logger.warn({ err: error }, "database: an idle connection was closed by the server"));
  return pool;
}

function createClient(pool: pg.Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    // Secrets never leave the data layer by accident; code that needs them selects them explicitly.
    omit: { user: { passwordHash: true, totpSecret: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

// Kept on globalThis: in development the module is re-evaluated on every
// change and would otherwise open a new pool each time. Created on first use
// so that `next build` needs no database configuration.
const globalForDb = globalThis as unknown as { hemvagPool?: pg.Pool; hemvagDb?: Db };

/** The pool itself: for the readiness check, the job queue and the pool metrics. */
export function getPool(): pg.Pool {
  if (!globalForDb.hemvagPool) {
    const pool = createPool();
    globalForDb.hemvagPool = pool;
    onShutdown("database pool", 100, async () => {
      await globalForDb.hemvagDb?.$disconnect();
      await pool.end();
    });
    registerGauge("hemvag_db_pool_connections", "Connections of this instance's database pool, by state", ["state"], (gauge) => {
      gauge.set({ state: "total" }, pool.totalCount);
      gauge.set({ state: "idle" }, pool.idleCount);
      gauge.set({ state: "waiting" }, pool.waitingCount);
      gauge.set({ state: "max" }, pool.options.max ?? 0);
    });
  }
  return globalForDb.hemvagPool;
}

export function getDb(): Db {
  globalForDb.hemvagDb ??= createClient(getPool());
  return globalForDb.hemvagDb;
}

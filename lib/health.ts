import "server-only";
import { getPool } from "@/lib/db";
import { listPendingMigrations } from "@/lib/migrations/runner";
import { tablesWithoutGrants } from "@/lib/migrations/app-role";
import { isShuttingDown } from "@/lib/shutdown";
import { getMetrics } from "@/lib/metrics";

// Readiness: may this instance be sent traffic? It uses the app's own pool
// on purpose, with no connection of its own: when the pool is exhausted the
// instance cannot serve a request either, and "not ready" within
// READINESS_TIMEOUT_MS is the true answer for the load balancer. (Liveness,
// /api/health, never touches the database: restarting a process does not
// bring a database back.)
const READINESS_TIMEOUT_MS = 2000;

export type Readiness =
  | { ok: true; database: "up"; pendingMigrations: [] }
  | { ok: false; database: "up"; pendingMigrations: string[] }
  | { ok: false; database: "up"; pendingMigrations: []; tablesWithoutGrants: string[] }
  | { ok: false; database: "unavailable" | "busy"; pendingMigrations: [] }
  | { ok: false; database: "stopping"; pendingMigrations: [] };

function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(): Promise<Readiness> {
  if (isShuttingDown()) return { ok: false, database: "stopping", pendingMigrations: [] };
  const pool = getPool();
  // The query keeps its place in the pool's queue after a timeout and releases its connection when done.
  const answer = await withinTime(
    Promise.all([listPendingMigrations(pool), tablesWithoutGrants(pool)]).catch(() => "error" as const),
    READINESS_TIMEOUT_MS,
  );
  if (answer === "timeout") return { ok: false, database: "busy", pendingMigrations: [] };
  if (answer === "error") return { ok: false, database: "unavailable", pendingMigrations: [] };
  const [pending, ungranted] = answer;
  if (pending.length > 0) return { ok: false, database: "up", pendingMigrations: pending };
  // Every table must be usable by the connected role (decision 006): a missed grant is "not ready", not a 500 later.
  if (ungranted.length > 0) return { ok: false, database: "up", pendingMigrations: [], tablesWithoutGrants: ungranted };
  return { ok: true, database: "up", pendingMigrations: [] };
}

/** The Prometheus text of this instance, with the pool and job gauges registered (they read when scraped). */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  getPool();
  const { registerJobGauges } = await import("@/lib/jobs/metrics");
  registerJobGauges();
  const { registry } = getMetrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}

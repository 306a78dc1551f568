// Prometheus metrics of this process (prom-client), served at /api/metrics
// behind METRICS_TOKEN. Each instance reports its own requests and pool; job
// figures come from the database, so every instance reports the same ones.
// Scrape every instance (docs/deploy.md).
//
// No "server-only": the HTTP server counts requests; Next's bundle counts the
// rest. One registry on globalThis serves both.
import client from "prom-client";

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "hemvag_" });
  return {
    registry,
    httpRequests: new client.Counter({
      name: "hemvag_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "hemvag_http_request_duration_seconds",
      help: "Time from the request to the end of the answer, by method and route pattern",
      labelNames: ["method", "route"] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    signInFailures: new client.Counter({
      name: "hemvag_sign_in_failures_total",
      help: "Refused sign-ins, by reason (invalid, locked, second factor)",
      labelNames: ["reason"] as const,
      registers: [registry],
    }),
    auditEvents: new client.Counter({
      name: "hemvag_audit_events_total",
      help: "Audit events written by this instance",
      registers: [registry],
    }),
    databaseUnavailable: new client.Counter({
      name: "hemvag_database_unavailable_total",
      help: "Requests answered 503 because the database could not be reached",
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as unknown as { hemvagMetrics?: Metrics };

export function getMetrics(): Metrics {
  globalForMetrics.hemvagMetrics ??= createMetrics();
  return globalForMetrics.hemvagMetrics;
}

/** A gauge read when scraped (pool use, job times): `collect` fills it in. */
export function registerGauge(
  name: string,
  help: string,
  labelNames: string[],
  collect: (gauge: client.Gauge<string>) => void | Promise<void>,
): void {
  const { registry } = getMetrics();
  if (registry.getSingleMetric(name)) registry.removeSingleMetric(name);
  new client.Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      await collect(this);
    },
  });
}

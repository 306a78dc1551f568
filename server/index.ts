// The app's HTTP server: Next's request handler inside a plain Node server,
// so that the things Next leaves to its host are done in one place:
// - the client's real address and scheme, from the connection and the
//   proxies in TRUSTED_PROXIES (server/client-address.ts);
// - a request id, one JSON log line and the metrics for every request;
// - 503 "try again" when the database cannot be reached (server/unavailable.ts);
// - a limit on the requests inside Next at once, the rest waiting their turn
//   (server/admission.ts);
// - on SIGTERM, finishing the requests in flight, then closing the job workers
//   and the database pool;
// - the workaround that keeps finished renders from staying on the heap
//   (server/release-abort-reasons.ts).
// Started by scripts/run-app.ts (`npm start`, `npm run dev`) and by the tests.
import crypto from "node:crypto";
import http from "node:http";
import path from "node:path";
import type { Socket } from "node:net";
import next from "next";
import { logger } from "../lib/logger";
import { getMetrics, registerGauge } from "../lib/metrics";
import { runWithRequestStore, type RequestStore } from "../lib/request-store";
import { markShuttingDown, runShutdownHooks } from "../lib/shutdown";
import { parseTrustedProxies, resolveClientAddress, resolveIsHttps } from "../lib/client-address";
import { loadRouteNamer } from "./route-names";
import { routeConsoleToLogger } from "./console";
import { answerBusy, answerUnavailableInstead } from "./unavailable";
import { createAdmission } from "./admission";
import { releaseAbortReasonStacks } from "./release-abort-reasons";

const isDev = process.env.NODE_ENV !== "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
/** How long SIGTERM waits for requests in flight before closing their connections. */
const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 25) * 1000;
const distDir = process.env.NEXT_DIST_DIR || ".next";
const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;
const LOCALE_COOKIE = /(?:^|;\s*)hemvag-locale=en(?:;|$)/;
/** Requests inside Next at once, how many may wait for a place, and for how long (server/admission.ts; docs/deploy.md). */
const MAX_CONCURRENT_REQUESTS = Number(process.env.MAX_CONCURRENT_REQUESTS ?? 8);
const MAX_WAITING_REQUESTS = Number(process.env.MAX_WAITING_REQUESTS ?? 200);
const MAX_WAIT_MS = Number(process.env.MAX_WAIT_MS ?? 10_000);
/** Answered without waiting their turn: static files, and the health and metrics endpoints that must answer under load. */
const NEVER_WAITS = /^\/(?:_next\/static\/|api\/health(?:\/|$|\?)|api\/metrics(?:$|\?))/;

routeConsoleToLogger();
releaseAbortReasonStacks();
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);

async function main(): Promise<void> {
  const startedAt = Date.now();
  const app = next({ dev: isDev, dir: path.resolve(import.meta.dirname, ".."), port, hostname: host ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const routeOf = loadRouteNamer(path.resolve(distDir));
  const metrics = getMetrics();
  const inFlight = new Set<http.ServerResponse>();
  const localeOf = (req: http.IncomingMessage) => (LOCALE_COOKIE.test(req.headers.cookie ?? "") ? "en" : "sv");
  const admission = createAdmission({ limit: MAX_CONCURRENT_REQUESTS, maxWaiting: MAX_WAITING_REQUESTS, maxWaitMs: MAX_WAIT_MS, refuse: (res) => answerBusy(res, localeOf(res.req)) });
  registerGauge("hemvag_http_requests_running", "Requests inside Next on this instance", [], (gauge) => gauge.set(admission.running()));
  registerGauge("hemvag_http_requests_waiting", "Requests waiting for a place on this instance", [], (gauge) => gauge.set(admission.waiting()));

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const remote = req.socket.remoteAddress;
    const fromProxy = remote !== undefined && trustedProxies.contains(remote);
    const offeredId = req.headers["x-request-id"];
    const requestId = fromProxy && typeof offeredId === "string" && REQUEST_ID.test(offeredId) ? offeredId : crypto.randomUUID();
    const store: RequestStore = {
      requestId,
      clientAddress: resolveClientAddress(remote, req.headers["x-forwarded-for"], trustedProxies),
      isHttps: resolveIsHttps((req.socket as Socket & { encrypted?: boolean }).encrypted === true, remote, req.headers["x-forwarded-proto"], trustedProxies),
    };

    // Next and Auth.js read these headers: from here on they say only what we vouch for.
    req.headers["x-request-id"] = requestId;
    req.headers["x-forwarded-proto"] = store.isHttps ? "https" : "http";
    if (store.clientAddress) req.headers["x-forwarded-for"] = store.clientAddress;
    else delete req.headers["x-forwarded-for"];
    delete req.headers["x-real-ip"];
    if (!fromProxy) {
      delete req.headers["x-forwarded-host"];
      delete req.headers["x-forwarded-port"];
    }
    res.setHeader("X-Request-Id", requestId);

    inFlight.add(res);
    answerUnavailableInstead(res, store, () => localeOf(req));
    res.once("close", () => {
      inFlight.delete(res);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(new URL(req.url ?? "/", "http://x").pathname);
      const status = res.writableFinished ? res.statusCode : 499;
      metrics.httpRequests.inc({ method: req.method ?? "GET", route, status: String(status) });
      metrics.httpDuration.observe({ method: req.method ?? "GET", route }, seconds);
      if (status === 503 && store.isDatabaseUnavailable) metrics.databaseUnavailable.inc();
      if (route === "/_next/static") return;
      runWithRequestStore(store, () =>
        logger.info(
          { method: req.method, route, status, durationMs: Math.round(seconds * 1000), clientAddress: store.clientAddress },
          "request",
        ),
      );
    });
    const handleInNext = () =>
      runWithRequestStore(store, () =>
        handle(req, res).catch((error: unknown) => {
          logger.error({ err: error }, "request failed outside Next's error handling");
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        }),
      );
    if (NEVER_WAITS.test(req.url ?? "")) void handleInNext();
    else admission.admit(res, handleInNext);
  });
  // Behind a proxy with keep-alive, our idle timeout must outlast the proxy's.
  server.keepAliveTimeout = 65_000;
  if (isDev) server.on("upgrade", app.getUpgradeHandler());

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  logger.info({ port, host: host ?? "(all interfaces)", mode: isDev ? "development" : "production", startupMs: Date.now() - startedAt }, "listening");

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    markShuttingDown();
    logger.info({ signal, inFlight: inFlight.size }, "stopping: no new connections, finishing the requests in flight");
    server.close();
    server.closeIdleConnections();
    const deadline = Date.now() + SHUTDOWN_GRACE_MS;
    while (inFlight.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      server.closeIdleConnections();
    }
    if (inFlight.size > 0) logger.warn({ inFlight: inFlight.size }, "stopping: grace period over, closing the remaining connections");
    server.closeAllConnections();
    await runShutdownHooks((name, error) => logger.error({ err: error, hook: name }, "stopping: a shutdown step failed"));
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "the server could not start");
  process.exit(1);
});

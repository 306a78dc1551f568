// Which errors mean "the database cannot be reached right now" (down,
// restarting, out of connections, our pool exhausted, a statement past its
// time limit) as opposed to a bug. Those requests are answered 503 "try
// again" (server/unavailable.ts); a transaction that failed this way was
// rolled back whole, so nothing half-written is left behind.
//
// No "server-only": instrumentation.ts and the HTTP server use it.
import { currentRequest } from "@/lib/request-store";

/** Postgres SQLSTATEs: admin shutdown, crash shutdown, cannot connect now, too many connections, statement timeout, and connection exceptions (08…). */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "53400", "57014", "08000", "08001", "08003", "08004", "08006"]);
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
/** Prisma's driver-adapter error kinds for the same situations. */
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "TooManyConnections", "SocketTimeout", "TransactionAlreadyClosed", "ConnectionClosed"]);
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /connection (?:is )?closed/i,
  /terminating connection/i,
  /the database system is (?:starting up|shutting down|in recovery mode)/i,
  /too many clients/i,
  /can't reach database server/i,
  /statement timeout/i,
  /Client has encountered a connection error/i,
];

function describesUnavailable(error: Record<string, unknown>): boolean {
  const code = typeof error.code === "string" ? error.code : undefined;
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code) || code === "P1001" || code === "P1017" || code === "P2024")) return true;
  const kind = (error.kind ?? (error.cause as { kind?: unknown } | undefined)?.kind) as unknown;
  if (typeof kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return true;
  const message = typeof error.message === "string" ? error.message : "";
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/** True when the error, or any error it wraps, says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    if (describesUnavailable(record)) return true;
    if (Array.isArray(record.errors) && record.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = record.cause ?? record.err;
  }
  return false;
}

/** Marks the current request so the server answers 503 instead of an error page. Returns whether it was such an error. */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  const request = currentRequest();
  if (request) request.isDatabaseUnavailable = true;
  return true;
}

// Next.js calls register() once when a server process starts, and
// onRequestError for every error it catches while answering a request.
import { noteDatabaseError } from "@/lib/database-errors";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The job workers run in every app instance; the queue gives each job to one of them.
  const { startJobWorkers } = await import("@/lib/jobs/workers");
  await startJobWorkers();
}

type ErrorContext = { routePath: string; routeType: string; routerKind: string };

export function onRequestError(error: unknown, _request: { path: string; method: string }, context: ErrorContext): void {
  // First, synchronously: the server must know before Next writes its error page (server/unavailable.ts).
  const isUnavailable = noteDatabaseError(error);
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  void import("@/lib/logger").then(({ logger }) => {
    if (isUnavailable) logger.warn({ err: error, route: context.routePath, kind: context.routeType }, "database unavailable: answered 503");
    else logger.error({ err: error, route: context.routePath, kind: context.routeType }, "request failed");
  });
}

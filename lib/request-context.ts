import "server-only";
import { headers } from "next/headers";
import { currentRequest } from "@/lib/request-store";

export type RequestContext = { ipAddress: string | null; userAgent: string | null };

/**
 * Where a request came from, for the audit trail and sign-in throttling. The
 * address is the one the HTTP server resolved from the connection and the
 * trusted proxies (lib/client-address.ts), never a header the client wrote.
 */
export async function getRequestContext(): Promise<RequestContext> {
  const request = currentRequest();
  try {
    const h = await headers();
    return { ipAddress: request?.clientAddress ?? null, userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
  } catch {
    // Outside a request (scripts, jobs, tests): nothing to record.
    return { ipAddress: request?.clientAddress ?? null, userAgent: null };
  }
}

/** Whether the browser reached the app over HTTPS: cookies are then Secure. */
export function isHttpsRequest(): boolean {
  return currentRequest()?.isHttps ?? false;
}

/** Puts the signed-in user's id on every log line of this request (never more about them). */
export function noteRequestUser(userId: string): void {
  const request = currentRequest();
  if (request) request.userId = userId;
}

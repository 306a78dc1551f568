import "server-only";
import { headers } from "next/headers";

export type RequestContext = { ipAddress: string | null; userAgent: string | null };

/** Where a request came from, for the audit trail and sign-in throttling. */
export async function getRequestContext(): Promise<RequestContext> {
  try {
    const h = await headers();
    const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
    return { ipAddress: forwarded || h.get("x-real-ip") || null, userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
  } catch {
    // Outside a request (scripts, tests): nothing to record.
    return { ipAddress: null, userAgent: null };
  }
}

import { isShuttingDown } from "@/lib/shutdown";

export const dynamic = "force-dynamic";

/**
 * Liveness: the process answers. Never touches the database (see lib/health.ts);
 * the readiness check is /api/health/ready.
 */
export function GET() {
  return Response.json({ ok: true, stopping: isShuttingDown() }, { headers: { "Cache-Control": "no-store" } });
}

import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** 200 when the database answers and no migration is pending, else 503. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

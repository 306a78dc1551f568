import { checkReadiness } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Readiness: 200 when the database answers and no migration is pending, else 503 with the reason. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

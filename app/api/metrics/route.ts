import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";
import { metricsText } from "@/lib/health";

export const dynamic = "force-dynamic";

function isAuthorized(header: string | null, token: string): boolean {
  const offered = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(token);
  return offered.length === expected.length && timingSafeEqual(offered, expected);
}

/** Prometheus metrics of this instance, for a scraper holding METRICS_TOKEN; without the token configured, no such page. */
export async function GET(request: Request) {
  const token = getEnv().METRICS_TOKEN;
  if (!token) return new Response("Not found", { status: 404 });
  if (!isAuthorized(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } });
  }
  const { contentType, body } = await metricsText();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}

import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { withoutBadCallbackUrl } from "@/lib/auth-callback-url";

/**
 * The request as the browser addressed it. Auth.js builds the single sign-on
 * redirect_uri from the Host header in the sign-in action, and from req.url in
 * the callback; Next.js reports a loopback address such as 127.0.0.1 as
 * "localhost" in req.url, so the two disagree and the provider refuses the
 * code. A plain Request keeps the address as given (NextRequest would
 * normalise it again). With AUTH_URL set, Auth.js uses that for both legs.
 */
function asAddressed(req: NextRequest): NextRequest {
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const url = withoutBadCallbackUrl(new URL(req.url));
  if ((process.env.AUTH_URL || !host) && url.href === req.url) return req;
  if (process.env.AUTH_URL || !host) return rebuilt(req, url);
  url.host = host;
  const protocol = req.headers.get("x-forwarded-proto");
  if (protocol) url.protocol = `${protocol.split(",")[0]!.trim()}:`;
  if (url.href === req.url) return req;
  return rebuilt(req, url);
}

/** The same request at another URL. */
function rebuilt(req: NextRequest, url: URL): NextRequest {
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers: req.headers, ...(hasBody ? { body: req.body, duplex: "half" } : {}) };
  // Auth.js reads only the Request side of it (url, method, headers, body).
  return new Request(url, init) as NextRequest;
}

export const GET = (req: NextRequest) => handlers.GET(asAddressed(req));
export const POST = (req: NextRequest) => handlers.POST(asAddressed(req));

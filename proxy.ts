import { NextResponse, type NextRequest } from "next/server";
import { cspFor } from "@/lib/content-security-policy";

// Security headers only: authorization never happens here (see lib/auth.ts
// and lib/data/*). A fresh nonce per request lets Next's own inline scripts
// run under a strict Content-Security-Policy; nothing else inline may. The
// proxy's headers win over a route handler's own, so the policy is chosen per
// path (lib/content-security-policy.ts).
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDev = process.env.NODE_ENV === "development";
  const csp = cspFor(request.nextUrl.pathname, nonce, isDev);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Referrer-Policy", "same-origin");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  response.headers.set("Cross-Origin-Opener-Policy", "same-origin");
  // Over HTTPS (directly, or through a trusted proxy: server/index.ts sets the header), browsers
  // must never come back over plain HTTP.
  if (request.headers.get("x-forwarded-proto") === "https") {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  // Every page may show personal data: never keep a copy in a browser or proxy cache.
  response.headers.set("Cache-Control", "no-store, max-age=0");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};

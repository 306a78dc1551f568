// The Content-Security-Policies, in one place. proxy.ts sets the headers of
// every response, and Next.js lets the proxy's headers win over a route
// handler's own, so the proxy must choose the policy the route means: a page
// gets the nonce-based page policy, a route handler's response (a document, a
// letter, JSON) the file policy the download routes declare themselves.

/** A file or data answer: should a browser render it anyway, nothing in it may run or load. */
export const FILE_RESPONSE_CSP = "default-src 'none'; sandbox";

/** The policy of an HTML page, with this request's nonce for Next's own inline scripts. */
export function pageCsp(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Charts and a few primitives set style attributes; attributes cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Route handlers under /api answer files and data, never a page: they get the
 * file policy (issue 12 L5). Auth.js' routes are the exception: they redirect,
 * and may show its own small pages.
 */
export function cspFor(pathname: string, nonce: string, isDev: boolean): string {
  const isRouteHandler = pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/");
  return isRouteHandler ? FILE_RESPONSE_CSP : pageCsp(nonce, isDev);
}

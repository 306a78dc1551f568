// A request that failed because the database could not be reached gets a
// plain "try again" page with 503 and Retry-After, instead of Next's error
// page with 500: a load balancer and a person both read it right. The app
// marks the request (lib/database-errors.ts via instrumentation.ts); this
// wraps the response so that, when Next starts to answer with an error, the
// answer is replaced before a byte of it is sent. A request the instance has
// no room for (server/admission.ts) gets the same page, saying it is busy.
import fs from "node:fs";
import path from "node:path";
import type { ServerResponse } from "node:http";
import type { RequestStore } from "../lib/request-store";

const RETRY_AFTER_SECONDS = 5;

type Texts = { unavailableTitle: string; unavailableBody: string; unavailableBusyBody: string; unavailableRetry: string };
/** Why the page is shown: the database cannot be reached, or the instance is too busy to take the request. */
type Reason = "database" | "busy";

function texts(locale: "sv" | "en"): Texts {
  const file = path.resolve(import.meta.dirname, `../messages/${locale}/app.json`);
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { app: Texts }).app;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const pages = new Map<string, string>();

/** The page in the visitor's language (the language cookie; Swedish by default). */
export function unavailablePage(locale: "sv" | "en", reason: Reason = "database"): string {
  const key = `${locale}:${reason}`;
  if (!pages.has(key)) pages.set(key, renderPage(locale, texts(locale), reason));
  return pages.get(key)!;
}

function renderPage(locale: string, t: Texts, reason: Reason): string {
  const body = reason === "busy" ? t.unavailableBusyBody : t.unavailableBody;
  // Self-contained: no script, no stylesheet from the app (which may be what is failing).
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.unavailableTitle)} · Hemväg</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}a{color:#1d4ed8}</style>
</head><body><main id="main"><h1>${escapeHtml(t.unavailableTitle)}</h1><p>${escapeHtml(body)}</p>
<p><a href="">${escapeHtml(t.unavailableRetry)}</a></p></main></body></html>`;
}

/** The status and headers of either 503 page: never cached, and "try again in a few seconds". */
function setUnavailableHead(res: ServerResponse, body: string): void {
  res.statusCode = 503;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  res.setHeader("Content-Length", Buffer.byteLength(body));
}

/**
 * Wraps the response: while Next has written nothing, an error status on a
 * request marked database-unavailable becomes our 503 page, and whatever Next
 * then writes is dropped.
 */
export function answerUnavailableInstead(res: ServerResponse, store: RequestStore, locale: () => "sv" | "en"): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  let replaced = false;

  const replaceIfUnavailable = (): boolean => {
    if (replaced) return true;
    if (!store.isDatabaseUnavailable || res.headersSent || res.statusCode < 500) return false;
    replaced = true;
    const body = unavailablePage(locale());
    for (const name of res.getHeaderNames()) {
      if (!/^(x-request-id|strict-transport-security|content-security-policy|x-content-type-options|x-frame-options|referrer-policy)$/i.test(name)) res.removeHeader(name);
    }
    setUnavailableHead(res, body);
    // Node's end() writes the head through res.writeHead: give it the real one for our answer.
    res.writeHead = original.writeHead;
    (original.end as (chunk: string) => ServerResponse).call(res, body);
    res.writeHead = (() => res) as unknown as ServerResponse["writeHead"];
    return true;
  };

  res.writeHead = function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    res.statusCode = statusCode;
    if (replaceIfUnavailable()) return res;
    return (original.writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as ServerResponse["writeHead"];
  res.write = function write(this: ServerResponse, ...args: unknown[]) {
    if (replaceIfUnavailable()) return true;
    return (original.write as (...a: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  res.end = function end(this: ServerResponse, ...args: unknown[]) {
    if (replaceIfUnavailable()) return res;
    return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
}

/** 503 "busy, try again" for a request this instance has no room for (server/admission.ts). */
export function answerBusy(res: ServerResponse, locale: "sv" | "en"): void {
  const body = unavailablePage(locale, "busy");
  setUnavailableHead(res, body);
  // Next never saw this request, so its security headers are not set: the page's own are.
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.end(body);
}

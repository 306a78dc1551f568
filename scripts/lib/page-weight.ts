// What a page costs to send, as a browser sees it: the HTML document gzipped,
// and the first-load JavaScript (every script the document names that a
// modern browser loads: no `nomodule` polyfills), each file gzipped and
// summed. Sizes are stable from run to run, unlike times, so the bench prints
// them and scripts/check-sizes.ts fails CI on them (issue 17).
import zlib from "node:zlib";

/** Issue 17's limits, in bytes of gzip. */
export const HTML_LIMIT_GZIP = 60 * 1024;
export const FIRST_LOAD_JS_LIMIT_GZIP = 130 * 1024;

export type PageWeight = { path: string; status: number; htmlBytes: number; htmlGzip: number; scripts: number; jsGzip: number };

const gzipSize = (body: Buffer | string) => zlib.gzipSync(body, { level: 9 }).length;

/** The same-origin script files a document loads on a modern browser, in order, without repeats. */
export function firstLoadScripts(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1] ?? "";
    if (/\bnomodule\b/i.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src && src.startsWith("/")) sources.add(src.replace(/&amp;/g, "&"));
  }
  // Preloaded chunks are fetched before the page can run too.
  for (const match of html.matchAll(/<link\b[^>]*rel="preload"[^>]*as="script"[^>]*>/gi)) {
    const href = /\bhref="([^"]+)"/i.exec(match[0])?.[1];
    if (href && href.startsWith("/")) sources.add(href.replace(/&amp;/g, "&"));
  }
  return [...sources];
}

/** A page's HTML and first-load JavaScript sizes; `cookie` signs the request in. Script files are fetched once per `cache`. */
export async function measurePage(baseUrl: string, path: string, cookie: string | undefined, cache = new Map<string, number>()): Promise<PageWeight> {
  const response = await fetch(new URL(path, baseUrl), { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = Buffer.from(await response.arrayBuffer());
  let jsGzip = 0;
  const scripts = firstLoadScripts(html.toString("utf8"));
  for (const src of scripts) {
    let size = cache.get(src);
    if (size === undefined) {
      const script = await fetch(new URL(src, baseUrl));
      size = script.ok ? gzipSize(Buffer.from(await script.arrayBuffer())) : 0;
      cache.set(src, size);
    }
    jsGzip += size;
  }
  return { path, status: response.status, htmlBytes: html.length, htmlGzip: gzipSize(html), scripts: scripts.length, jsGzip };
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

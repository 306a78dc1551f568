import { FILE_RESPONSE_CSP } from "@/lib/content-security-policy";

/** What every file a route handler answers with carries: never cached or sniffed, nothing in it may run or load, not for other origins. */
export const FILE_HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": FILE_RESPONSE_CSP,
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** A file made in memory (a PDF, a ZIP), answered as a download under its file name. */
export function fileDownload(bytes: Uint8Array, contentType: string, fileName: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...FILE_HEADERS,
      "Content-Type": contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${fileName}"`,
    },
  });
}

// How Node runs the app's HTTP server (server/index.ts) in production: for
// `npm start` (scripts/run-app.ts), and for the tests and the bench that start
// the production build (scripts/lib/app-process.ts).
//
// The heap cap: on a machine with plenty of memory V8 lets a busy instance's
// heap grow towards its default limit (about 4 GB) before it collects in
// earnest, so an instance sat at 800–950 MB resident under 20 connections
// though a full collection brought it back to about 165 MB of live objects
// (code, message catalogues, pools). With the cap it stays near 500 MB at the
// same throughput (decision 017; `npm run bench -- --http`). The cap is safe
// because a live heap no longer grows with load: finished renders are let go
// (server/release-abort-reasons.ts), no more than MAX_CONCURRENT_REQUESTS
// renders (about 12 MB each for a large page) are in flight at once
// (server/admission.ts), and the exports stream. HEAP_LIMIT_MB overrides it.

const DEFAULT_HEAP_LIMIT_MB = 384;

/** Node's own flags for the production server, before the entry file. */
export function productionServerNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const heapLimitMb = Number(env.HEAP_LIMIT_MB) || DEFAULT_HEAP_LIMIT_MB;
  return [`--max-old-space-size=${heapLimitMb}`, "--import", "tsx"];
}

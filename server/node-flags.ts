// How Node runs the app's HTTP server (server/index.ts) in production: for
// `npm start` (scripts/run-app.ts), and for the tests and the bench that start
// the production build (scripts/lib/app-process.ts).
//
// The heap cap: on a machine with plenty of memory V8 lets a busy instance's
// heap grow towards its default limit (about 4 GB) before it collects in
// earnest, so an instance sat at 700–1,000 MB resident after a minute of 50
// connections. Capped at 512 MB it stayed at 650–710 MB, with no errors and
// the same throughput (issue 17; `npm run bench -- --http`). Lower is not safe:
// a page render in flight holds about 12 MB, and at 320 MB an instance serving
// 25 at once ran out of heap and died. The exports stream, so no single request
// needs a large heap. HEAP_LIMIT_MB overrides it.

const DEFAULT_HEAP_LIMIT_MB = 512;

/** Node's own flags for the production server, before the entry file. */
export function productionServerNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const heapLimitMb = Number(env.HEAP_LIMIT_MB) || DEFAULT_HEAP_LIMIT_MB;
  return [`--max-old-space-size=${heapLimitMb}`, "--import", "tsx"];
}

// Works around a memory leak in React's server renderer that kept every
// rendered page on the heap (react/react#37289, vercel/next.js#84648; our
// measurements in decision 017).
//
// When a render completes, React aborts the render's cache signal with a new
// Error ("This render completed successfully…"). V8 keeps an Error's stack as
// frames until someone reads `error.stack`, and each frame keeps its `this`:
// here the Immediate that ran the render's last flush. An Immediate Node has
// run still points to its neighbours in the queue, and each carries the
// AsyncLocalStorage store of the request that queued it, which is React's
// whole render. So completed renders formed one chain, and anything
// long-lived that touched a request (Prisma keeps its last 100 closed
// transactions, a pool connection opened during a request keeps that
// request's store) kept all of it reachable: after a full collection the heap
// grew by 60–150 kB per request, and an instance under sustained load ran out
// of memory.
//
// Reading the stack once turns the frames into a string, which lets them go.
// It costs a few microseconds per abort, and the reason reads the same.

let installed = false;

/** Makes every AbortController.abort(error) format the error's stack at once, so that its frames are not kept. */
export function releaseAbortReasonStacks(): void {
  if (installed) return;
  installed = true;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function abortWithFormattedStack(this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
}

// What the server knows about the request being handled: its id, where it
// came from, and what the app learns on the way (the user, a database
// outage). Set by the HTTP server (server/) around Next's handler and read by
// the logger and the app code in the same process, through one
// AsyncLocalStorage kept on globalThis: Next bundles its own copy of lib/*, and
// both copies must see the same store.
//
// No "server-only": the HTTP server runs outside Next's bundle.
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestStore = {
  requestId: string;
  /** The client's address as resolved from the connection and trusted proxies (server/client-address.ts). */
  clientAddress: string | null;
  /** Whether the browser reached us over HTTPS (directly or through a trusted proxy). */
  isHttps: boolean;
  /** The signed-in user, once the app has looked them up. */
  userId?: string;
  /** Set when the database could not be reached: the server answers 503 instead of Next's error page. */
  isDatabaseUnavailable?: boolean;
};

const globalForStore = globalThis as unknown as { hemvagRequestStore?: AsyncLocalStorage<RequestStore> };
const storage = (globalForStore.hemvagRequestStore ??= new AsyncLocalStorage<RequestStore>());

export function runWithRequestStore<T>(store: RequestStore, fn: () => T): T {
  return storage.run(store, fn);
}

/** The current request's store, or undefined outside a request (scripts, jobs, tests). */
export function currentRequest(): RequestStore | undefined {
  return storage.getStore();
}

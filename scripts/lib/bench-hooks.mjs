// Module hooks for `npm run bench` (registered by scripts/bench.ts before it
// loads the data layer): our auth lookup (lib/auth.ts, which needs a Next
// request) becomes scripts/lib/bench-auth.ts, which returns the bench user;
// "server-only" becomes an empty module, as in the tests. Nothing else changes.
const AUTH_STUB = new URL("./bench-auth.ts", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  const resolved = await nextResolve(specifier, context);
  // Resolved again through the chain, so tsx compiles the stub like any other file.
  if (resolved.url.endsWith("/lib/auth.ts")) return nextResolve(AUTH_STUB, context);
  return resolved;
}

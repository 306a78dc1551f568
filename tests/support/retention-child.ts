// A separate process that carries out an approved retention run slowly, for
// the fault test in lib/data/retention.db.test.ts, which kills it half-way
// (SIGKILL: no clean-up runs). "server-only" becomes an empty module, as in
// the tests and the bench (scripts/lib/bench-hooks.mjs); nothing else changes.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
      return next(specifier, context);
    }`,
  )}`,
);

const runId = process.argv[2];
if (!runId) throw new Error("usage: retention-child.ts <runId>");
const { carryOutRetentionRun } = await import("@/lib/data/retention");
await carryOutRetentionRun(runId, { pauseBetweenCasesMs: 150 });
process.exit(0);

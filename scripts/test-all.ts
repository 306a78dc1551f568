// `npm test`: every test. Unit and data-layer tests (Vitest), then the
// end-to-end tests against a production build (Playwright), then the page
// sizes on that same build (scripts/check-sizes.ts, issue 17's limits).
import { spawnSync } from "node:child_process";

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npx", ["vitest", "run"]);
run("npx", ["tsx", "scripts/test-e2e.ts"]);
run("npx", ["tsx", "scripts/check-sizes.ts"]);

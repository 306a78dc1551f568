// End-to-end tests against a production build: a fresh database with demo
// data, `next start` on a free port, then Playwright in the system Chromium.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";
import { createRequire } from "node:module";
import { assertChromiumInstalled } from "./lib/chromium";
import { createTestDatabase } from "./lib/test-database";
import { assertNginxInstalled, startNginx, type Nginx } from "./lib/nginx";
import { applyMigrations } from "../lib/migrations/runner";
import { seedDemo } from "../lib/seed";
import { seedGuidance } from "../lib/seed/guidance";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, startOidcServer } from "../tests/e2e/support/oidc-server";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const playwrightBin = require.resolve("@playwright/test/cli");
/** The loopback address nginx connects to the apps from (see scripts/lib/nginx.ts). */
const PROXY_ADDRESS = "127.0.0.2";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(baseUrl: string, app: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error("The app exited before it became healthy.");
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app at ${baseUrl} did not become healthy within 60 s.`);
}

function startApp(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, PORT: String(port) },
  });
}

async function main(): Promise<number> {
  assertChromiumInstalled();
  assertNginxInstalled();
  const database = await createTestDatabase("hemvag_e2e");
  const apps: ChildProcess[] = [];
  let stopOidc: (() => Promise<void>) | undefined;
  let nginx: Nginx | undefined;
  try {
    await applyMigrations(database.url);
    await seedDemo(database.url, { log: () => {} });
    await seedGuidance(database.url);

    const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
    const env = {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: database.url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
      NODE_ENV: "production" as const,
      LOG_LEVEL: "warn",
    };
    if (process.env.E2E_SKIP_BUILD !== "1") {
      const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
      if (build.status !== 0) return build.status ?? 1;
    }
    // Two instances on one database, as behind a load balancer: sessions and
    // sign-in throttling must behave as one. Both trust a loopback OIDC provider.
    const [port, secondPort, oidcPort, proxyPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const baseUrl = `http://127.0.0.1:${port}`;
    const secondBaseUrl = `http://127.0.0.1:${secondPort}`;
    const oidc = await startOidcServer(oidcPort, [baseUrl, secondBaseUrl]);
    stopOidc = oidc.stop;
    const appEnv = {
      ...env,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID,
      OIDC_CLIENT_SECRET,
      OIDC_DISPLAY_NAME: "Test-IdP",
      // nginx connects from an address of its own, so direct test clients on 127.0.0.1 stay untrusted.
      TRUSTED_PROXIES: PROXY_ADDRESS,
    };
    apps.push(startApp(port, appEnv), startApp(secondPort, appEnv));
    await Promise.all([waitForHealth(baseUrl, apps[0]!), waitForHealth(secondBaseUrl, apps[1]!)]);
    nginx = await startNginx({ port: proxyPort, upstreamPorts: [port, secondPort], bindAddress: PROXY_ADDRESS });

    // Not spawnSync: the OIDC provider runs in this process and must keep answering while the tests run.
    const run = spawn(process.execPath, [playwrightBin, "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...env, E2E_BASE_URL: baseUrl, E2E_SECOND_BASE_URL: secondBaseUrl, E2E_PROXY_URL: nginx.url, PLAYWRIGHT_OUTPUT_DIR: `test-results/run-${process.pid}` },
    });
    return await new Promise<number>((resolve) => run.once("exit", (code) => resolve(code ?? 1)));
  } finally {
    await nginx?.stop();
    for (const app of apps) app.kill("SIGTERM");
    await stopOidc?.();
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

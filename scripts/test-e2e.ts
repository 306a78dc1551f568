// End-to-end tests against a production build: a fresh database with demo
// data, two instances of the app's server (server/index.ts) on one database
// behind Debian's nginx with TLS, then Playwright in the system Chromium.
//
// What the specs get (environment):
//   E2E_BASE_URL, E2E_SECOND_BASE_URL   the two instances, directly (http)
//   E2E_PROXY_URL                       nginx in front of both (https, self-signed)
//   E2E_APP_LOGS                        the two instances' JSON log files, comma-separated
//   E2E_APP_ENV                         the instances' environment (JSON), for specs that start their own
//   DATABASE_URL                        the test database, as its owner (for setting up test data)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { createRequire } from "node:module";
import { assertChromiumInstalled } from "./lib/chromium";
import { createTestDatabase } from "./lib/test-database";
import { assertNginxInstalled, startNginx, type Nginx } from "./lib/nginx";
import { freePort, startAppProcess, type AppProcess } from "./lib/app-process";
import { asRole, ensureTestAppRole, TEST_APP_ROLE } from "./lib/app-role";
import { prepareDatabase } from "../lib/migrations/prepare";
import { seedDemo } from "../lib/seed";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, startOidcServer } from "./lib/oidc-server";
import { runMain } from "./lib/run-main";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const playwrightBin = require.resolve("@playwright/test/cli");
/** The loopback address nginx connects to the apps from (see scripts/lib/nginx.ts). */
const PROXY_ADDRESS = "127.0.0.2";

async function main(): Promise<number> {
  assertChromiumInstalled();
  assertNginxInstalled();
  const database = await createTestDatabase("hemvag_e2e");
  const apps: AppProcess[] = [];
  let stopOidc: (() => Promise<void>) | undefined;
  let nginx: Nginx | undefined;
  const outputDir = path.resolve(`test-results/run-${process.pid}`);
  try {
    // The apps connect as a role that owns nothing, as in production; on the embedded database that is a SET ROLE.
    const isServer = Boolean(process.env.DATABASE_URL);
    if (isServer) await ensureTestAppRole(process.env.DATABASE_URL!);
    const appUrl = isServer ? asRole(database.url, TEST_APP_ROLE) : database.url;
    await prepareDatabase(database.url, { appRole: isServer ? TEST_APP_ROLE : null });
    await seedDemo(database.url, { log: () => {} });

    const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
    const env = {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: database.url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
      NODE_ENV: "production" as const,
      LOG_LEVEL: "info",
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
      DATABASE_URL: appUrl,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID,
      OIDC_CLIENT_SECRET,
      OIDC_DISPLAY_NAME: "Test-IdP",
      // nginx connects from an address of its own, so direct test clients on 127.0.0.1 stay untrusted.
      TRUSTED_PROXIES: PROXY_ADDRESS,
      METRICS_TOKEN: crypto.randomBytes(24).toString("base64url"),
    };
    const started = Date.now();
    apps.push(
      startAppProcess({ port, env: appEnv, logFile: path.join(outputDir, "app-1.log") }),
      startAppProcess({ port: secondPort, env: appEnv, logFile: path.join(outputDir, "app-2.log") }),
    );
    await Promise.all(apps.map((app) => app.ready()));
    console.log(`Two app instances ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    nginx = await startNginx({ port: proxyPort, upstreamPorts: [port, secondPort], bindAddress: PROXY_ADDRESS });

    // Not spawnSync: the OIDC provider runs in this process and must keep answering while the tests run.
    const run: ChildProcess = spawn(process.execPath, [playwrightBin, "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: {
        ...env,
        E2E_BASE_URL: baseUrl,
        E2E_SECOND_BASE_URL: secondBaseUrl,
        E2E_PROXY_URL: nginx.url,
        E2E_APP_LOGS: apps.map((app) => app.logFile).join(","),
        E2E_APP_ENV: JSON.stringify({ ...appEnv, OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined }),
        PLAYWRIGHT_OUTPUT_DIR: path.join(outputDir, "playwright"),
      },
    });
    return await new Promise<number>((resolve) => run.once("exit", (code) => resolve(code ?? 1)));
  } finally {
    await nginx?.stop();
    await Promise.all(apps.map((app) => app.stop()));
    await stopOidc?.();
    await database.drop();
  }
}

runMain(main);

// `npm start` / `npm run dev`: one command from a fresh clone to a running app.
// Resolves the database (DATABASE_URL, else the embedded PGlite server),
// checks the configuration, prepares the database as its owner (migrations,
// job queue, the app role's grants; DATABASE_OWNER_URL when the app's own role
// may not do that), seeds demo data into an empty embedded database, then runs
// the app's HTTP server (server/index.ts) and stops the database cleanly when
// it exits.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { EMBEDDED_APP_ROLE, ensureEmbeddedAppRole, resolveDatabaseUrl } from "../lib/embedded-postgres";
import { parseEnv } from "../lib/env";
import { logger } from "../lib/logger";
import { separateAppRole } from "../lib/migrations/app-role";
import { prepareDatabase } from "../lib/migrations/prepare";
import { checkDatabaseReachable, isDatabaseEmpty } from "./lib/database-checks";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from "../lib/seed";
import { productionServerNodeArgs } from "../server/node-flags";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const serverEntry = path.resolve(import.meta.dirname, "../server/index.ts");

/** The embedded demo keeps a generated secret beside its data, so sessions survive restarts. */
function embeddedAuthSecret(): string {
  const file = path.resolve(process.env.HEMVAG_DATA_DIR ?? ".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function fail(message: string): never {
  logger.fatal(message);
  process.exit(1);
}

async function main() {
  const database = await resolveDatabaseUrl();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NODE_ENV: mode === "dev" ? "development" : "production",
  };
  if (!childEnv.AUTH_SECRET && database.isEmbedded) childEnv.AUTH_SECRET = embeddedAuthSecret();

  const checked = parseEnv(childEnv);
  if (!checked.ok) {
    await database.stop();
    fail(checked.message);
  }

  const ownerUrl = process.env.DATABASE_OWNER_URL || database.url;
  for (const url of new Set([database.url, ownerUrl])) {
    const reachable = await checkDatabaseReachable(url);
    if (!reachable.ok) {
      await database.stop();
      fail(reachable.message);
    }
  }

  const log = (line: string) => logger.info(line);
  if (database.isEmbedded) await ensureEmbeddedAppRole(database.url);
  const appRole = database.isEmbedded ? EMBEDDED_APP_ROLE : separateAppRole(ownerUrl, database.url);
  // Several instances starting at once: the first prepares, the others wait on its lock.
  await prepareDatabase(ownerUrl, { appRole, log });

  if (database.isEmbedded && (await isDatabaseEmpty(database.url))) {
    log("Empty embedded database: adding demo data…");
    await seedDemo(database.url, { log });
  }
  await database.switchToAppRole();
  if (database.isEmbedded) {
    console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS) console.log(`  ${login.role.padEnd(8)} ${login.email}`);
  }

  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (mode === "start" && !fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    log("No production build yet: running `next build` first…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...childEnv, NODE_ENV: "production" } });
    if (build.status !== 0) {
      await database.stop();
      fail("The build failed; see the output above.");
    }
  }

  const port = String(checked.env.PORT);
  const nodeArgs = mode === "start" ? productionServerNodeArgs(childEnv) : ["--import", "tsx"];
  const app = spawn(process.execPath, [...nodeArgs, serverEntry], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...childEnv, PORT: port },
  });
  let announced = false;
  app.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && chunk.toString().includes('"msg":"listening"')) {
      announced = true;
      const where = database.isEmbedded ? "the embedded database in .data/" : "the database in DATABASE_URL";
      console.log(`\nHemväg is running at http://localhost:${port} on ${where}. Stop it with Ctrl+C.\n`);
    }
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // The server finishes its requests in flight, then closes its pool (server/index.ts).
    app.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  app.on("exit", async (code) => {
    await database.stop();
    process.exit(code ?? 0);
  });
}

main().catch(async (error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});

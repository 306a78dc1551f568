// `npm start` / `npm run dev`: one command from a fresh clone to a running app.
// Resolves the database (DATABASE_URL, else the embedded PGlite server),
// checks the configuration, applies pending migrations, seeds demo data into
// an empty embedded database, then runs Next.js and stops the database
// cleanly when Next.js exits.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { resolveDatabaseUrl } from "../lib/embedded-postgres";
import { parseEnv } from "../lib/env";
import { applyMigrations } from "../lib/migrations/runner";
import { checkDatabaseReachable, isDatabaseEmpty } from "./lib/database-checks";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from "../lib/seed";
import { seedGuidance } from "../lib/seed/guidance";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

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
  console.error(message);
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

  const reachable = await checkDatabaseReachable(database.url);
  if (!reachable.ok) {
    await database.stop();
    fail(reachable.message);
  }

  await applyMigrations(database.url, { log: (line: string) => console.log(line) });

  if (database.isEmbedded && (await isDatabaseEmpty(database.url))) {
    console.log("Empty embedded database: adding demo data…");
    await seedDemo(database.url, { log: (line: string) => console.log(line) });
    await seedGuidance(database.url);
  }
  if (database.isEmbedded) {
    console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS) console.log(`  ${login.role.padEnd(8)} ${login.email}`);
  }

  if (mode === "start" && !fs.existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: running `next build` first…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...childEnv, NODE_ENV: "production" } });
    if (build.status !== 0) {
      await database.stop();
      fail("The build failed; see the output above.");
    }
  }

  const port = String(checked.env.PORT);
  const next = spawn(process.execPath, [nextBin, mode, "--port", port], { stdio: ["inherit", "pipe", "inherit"], env: childEnv });
  let announced = false;
  next.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server/i.test(chunk.toString())) {
      announced = true;
      const where = database.isEmbedded ? "the embedded database in .data/" : "the database in DATABASE_URL";
      console.log(`\nHemväg is running at http://localhost:${port} on ${where}. Stop it with Ctrl+C.\n`);
    }
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    next.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  next.on("exit", async (code) => {
    await database.stop();
    process.exit(code ?? 0);
  });
}

main().catch(async (error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});

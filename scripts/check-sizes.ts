// `npx tsx scripts/check-sizes.ts`: fails when a page's HTML is over 60 kB
// gzip, or its first-load JavaScript grows past what it weighs today
// (JS_TODAY_GZIP). The target for JavaScript is 130 kB gzip (issue 17), which
// no page can meet with this stack: an empty Next 16.4 app (one layout, one
// page, no dependencies) already loads 131.8 kB gzip (measured in session 10:
// React DOM 71.6, Next's router 35.8, the rest of its runtime 24.4). So
// the check prints the target and how far each page is from it, and fails on
// growth (a ratchet: lower JS_TODAY_GZIP when a page gets lighter). Sizes are
// stable from run to run, unlike times, so CI checks them. Run by
// scripts/test-all.ts after the end-to-end tests, on their production build
// (.next-e2e; E2E_SKIP_BUILD=1 there means it exists): a fresh database
// with the demo data, one instance, the demo adviser and manager signed in.
import crypto from "node:crypto";
import path from "node:path";
import { freePort, startAppProcess, type AppProcess } from "./lib/app-process";
import { asRole, ensureTestAppRole, TEST_APP_ROLE } from "./lib/app-role";
import { createTestDatabase } from "./lib/test-database";
import { signInOverHttp } from "./lib/http-sign-in";
import { FIRST_LOAD_JS_LIMIT_GZIP, HTML_LIMIT_GZIP, kB, measurePage } from "./lib/page-weight";
import { prepareDatabase } from "../lib/migrations/prepare";
import { DEMO_PASSWORD, seedDemo } from "../lib/seed";
import pg from "pg";
import { runMain } from "./lib/run-main";

/**
 * First-load JavaScript per page as measured, plus a few kB of slack for hashes and names. Session 6 (the
 * same day) raised it, knowingly, for what landed: the case page 190.2 → 225.3 kB (merge, transfer and
 * protection forms, the type-ahead), the dashboard 249.7 kB (recharts, loaded with the page), the list
 * 150.2 kB. Session 7 loads the dashboard's charts after the page (151.7 kB): it is back under the default.
 * Session 8: the case page's forms import their limits from lib/schemas/form-constants instead of the schema
 * modules, so zod and the phone library no longer reach the browser: 227.0 → 162.7 kB.
 * Issue 17 owns bringing the rest down.
 */
const JS_TODAY_GZIP: Record<string, number> = { default: 153 * 1024, casePage: 166 * 1024 };

async function main(): Promise<number> {
  const database = await createTestDatabase("hemvag_sizes");
  let app: AppProcess | undefined;
  try {
    const isServer = Boolean(process.env.DATABASE_URL);
    if (isServer) await ensureTestAppRole(process.env.DATABASE_URL!);
    await prepareDatabase(database.url, { appRole: isServer ? TEST_APP_ROLE : null });
    await seedDemo(database.url, { log: () => {} });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const caseId = (
      await client.query<{ id: string }>(
        `SELECT c.id FROM "Case" c JOIN "User" u ON u.id = c."adviserId" WHERE u.email = 'adviser@hemvag.test' AND c.status <> 'CLOSED' ORDER BY c."caseNumber" LIMIT 1`,
      )
    ).rows[0]?.id;
    await client.end();

    app = startAppProcess({
      port: await freePort(),
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-e2e",
        DATABASE_URL: isServer ? asRole(database.url, TEST_APP_ROLE) : database.url,
        AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
        LOG_LEVEL: "warn",
      },
      logFile: path.resolve(`test-results/sizes-${process.pid}/app.log`),
    });
    await app.ready(180_000);
    const adviser = await signInOverHttp(app.url, "adviser@hemvag.test", DEMO_PASSWORD);
    const manager = await signInOverHttp(app.url, "manager@hemvag.test", DEMO_PASSWORD);
    const pages: [string, string | undefined][] = [
      ["/login", undefined],
      ["/guidance", adviser],
      ["/cases", adviser],
      ...(caseId ? [[`/cases/${caseId}`, adviser] as [string, string]] : []),
      ["/my-day", adviser],
      ["/dashboard", manager],
    ];
    const cache = new Map<string, number>();
    const over: string[] = [];
    for (const [pagePath, cookie] of pages) {
      const weight = await measurePage(app.url, pagePath, cookie, cache);
      const line = `${pagePath.padEnd(40)} ${String(weight.status).padStart(4)}  HTML ${kB(weight.htmlGzip).padStart(9)} gzip  first-load JS ${kB(weight.jsGzip).padStart(9)} gzip`;
      console.log(line);
      if (weight.status !== 200) over.push(`${pagePath}: answered ${weight.status}, not 200`);
      if (weight.htmlGzip > HTML_LIMIT_GZIP) over.push(`${pagePath}: HTML ${kB(weight.htmlGzip)} gzip > ${kB(HTML_LIMIT_GZIP)}`);
      const ceiling = pagePath.startsWith("/cases/") ? JS_TODAY_GZIP.casePage! : JS_TODAY_GZIP.default!;
      if (weight.jsGzip > ceiling) over.push(`${pagePath}: first-load JS ${kB(weight.jsGzip)} gzip grew past ${kB(ceiling)}`);
      if (weight.jsGzip > FIRST_LOAD_JS_LIMIT_GZIP) console.log(`${"".padEnd(40)}       first-load JS target ${kB(FIRST_LOAD_JS_LIMIT_GZIP)} not met yet`);
    }
    if (over.length > 0) {
      console.error(`\nPages over their size limits:\n  ${over.join("\n  ")}`);
      return 1;
    }
    console.log("\nEvery page within its size limits.");
    return 0;
  } finally {
    await app?.stop();
    await database.drop();
  }
}

runMain(main);

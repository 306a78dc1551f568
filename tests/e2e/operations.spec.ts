// Operations on a PostgreSQL server of the test's own (so that it can be
// stopped without touching the machine's shared one), set up as docs/deploy.md
// says: an owner role for the migrations and an app role that owns nothing.
//  - two instances started at once through `npm start`'s launcher: the
//    migrations run once, the second instance waits for the first;
//  - SIGTERM: the instance finishes its request in flight and stops; the other serves on;
//  - the database restarted under a running app: 503 "try again", nothing
//    half-written, recovery by itself;
//  - the app's connections exhausted: 503 within a bounded time, not a hang;
//  - more requests than an instance takes at once: they wait their turn, and past
//    the waiting room the answer is 503 "busy", while health still answers.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { newCase } from "./support/cases";
import { query } from "./support/db";
import { createPrivatePostgres, type PrivatePostgres } from "../../scripts/lib/private-postgres";
import { freePort, readLogLines } from "../../scripts/lib/app-process";
import { signInOverHttp } from "../../scripts/lib/http-sign-in";
import { seedDemo } from "../../lib/seed";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const LAUNCHER = path.resolve("scripts/run-app.ts");
const appEnv = JSON.parse(process.env.E2E_APP_ENV ?? "{}") as NodeJS.ProcessEnv;

type Instance = { url: string; logFile: string; child: ChildProcess; exited: Promise<number | null> };

let postgres: PrivatePostgres;
let ownerUrl: string;
const instances: Instance[] = [];
const figures: Record<string, number> = {};

function launch(port: number, logFile: string, extraEnv: Record<string, string> = {}): Instance {
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, ["--import", "tsx", LAUNCHER, "start"], {
    stdio: ["ignore", log, log],
    env: {
      ...appEnv,
      DATABASE_URL: postgres.url("hemvag", "hemvag_app"),
      DATABASE_OWNER_URL: ownerUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      TRUSTED_PROXIES: "",
      // Small and quick, so that exhausting and waiting are fast to show.
      DB_POOL_SIZE: "3",
      DB_POOL_TIMEOUT_MS: "2000",
      DB_STATEMENT_TIMEOUT_MS: "4000",
      // A request finds no place while the ones in Next wait on the database: answered as soon.
      MAX_WAIT_MS: "2000",
      ...extraEnv,
    },
  });
  fs.closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { url: `http://127.0.0.1:${port}`, logFile, child, exited };
}

async function waitReady(instance: Instance, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.child.exitCode !== null) throw new Error(`The instance exited; see ${instance.logFile}:\n${fs.readFileSync(instance.logFile, "utf8").slice(-3000)}`);
    const ok = await fetch(`${instance.url}/api/health/ready`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Not ready within ${timeoutMs / 1000} s: ${instance.logFile}`);
}

const ownerQuery = <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => query<T>(sql, params, ownerUrl);

test.beforeAll(async ({}, testInfo) => {
  postgres = createPrivatePostgres({ port: await freePort(), maxConnections: 40 });
  postgres.start();
  // As docs/deploy.md, "The two database roles".
  postgres.psql("CREATE ROLE hemvag_owner LOGIN");
  postgres.psql("CREATE ROLE hemvag_app LOGIN");
  postgres.psql("CREATE DATABASE hemvag OWNER hemvag_owner");
  postgres.psql("REVOKE ALL ON SCHEMA public FROM PUBLIC", "hemvag");
  postgres.psql("ALTER SCHEMA public OWNER TO hemvag_owner", "hemvag");
  ownerUrl = postgres.url("hemvag", "hemvag_owner");
  testInfo.setTimeout(240_000);
});

test.afterAll(async () => {
  for (const instance of instances) {
    if (instance.child.exitCode === null) instance.child.kill("SIGTERM");
    await instance.exited;
  }
  postgres?.destroy();
  console.log(`Operations figures: ${JSON.stringify(figures)}`);
});

test("two instances started at once: the migrations run once, the second waits, both serve", async ({}, testInfo) => {
  const dir = testInfo.outputPath();
  fs.mkdirSync(dir, { recursive: true });
  const started = Date.now();
  instances.push(launch(await freePort(), path.join(dir, "instance-a.log")), launch(await freePort(), path.join(dir, "instance-b.log")));
  await Promise.all(instances.map((instance) => waitReady(instance)));
  figures.startBothMs = Date.now() - started;

  const applied = await ownerQuery<{ migration_name: string; n: number }>(`SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1`);
  expect(applied.length).toBeGreaterThan(5);
  expect(applied.every((row) => row.n === 1)).toBe(true);
  const logs = instances.map((instance) => fs.readFileSync(instance.logFile, "utf8"));
  expect(logs.filter((log) => log.includes("Another process is applying migrations; waiting"))).toHaveLength(1);
  // The app role owns nothing and cannot switch the audit triggers off.
  const [owned] = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = 'hemvag_app')`);
  expect(owned!.n).toBe(0);
  await expect(query("SET session_replication_role = replica", [], postgres.url("hemvag", "hemvag_app"))).rejects.toThrow(/permission denied/);
  await expect(query('DELETE FROM "AuditEvent"', [], postgres.url("hemvag", "hemvag_app"))).rejects.toThrow(/permission denied/);
  await expect(query("CREATE TABLE intruder (id int)", [], postgres.url("hemvag", "hemvag_app"))).rejects.toThrow(/permission denied/);

  await seedDemo(ownerUrl, { log: () => {} });
});

/** A sign-in POST whose body arrives over two seconds: in flight while the instance is told to stop. */
function slowRequest(url: string): Promise<number> {
  const body = "csrfToken=x&email=nobody%40hemvag.test&password=wrong";
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(body.length) },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.write(body.slice(0, 10));
    setTimeout(() => req.end(body.slice(10)), 2000);
  });
}

test("SIGTERM: the instance finishes its request in flight, closes its pool and stops; the other serves on", async () => {
  const [stopping, serving] = instances as [Instance, Instance];
  const inFlight = slowRequest(stopping.url);
  await new Promise((resolve) => setTimeout(resolve, 500));
  stopping.child.kill("SIGTERM");
  const status = await inFlight;
  expect(status).toBeGreaterThanOrEqual(200);
  expect(status).toBeLessThan(500);
  expect(await stopping.exited).toBe(0);
  const lines = readLogLines(stopping.logFile).map((line) => String(line.msg));
  expect(lines).toContain("stopped");
  expect(lines.some((msg) => msg.includes("a shutdown step failed"))).toBe(false);
  expect((await fetch(`${serving.url}/api/health/ready`)).status).toBe(200);
  await expect(fetch(`${stopping.url}/api/health`)).rejects.toThrow();
});

async function openTasks(page: Page, url: string, caseId: string) {
  await page.goto(`${url}/cases/${caseId}/tasks`);
  await expect(page.getByRole("button", { name: "Lägg till uppgift" })).toBeVisible();
}

/** A browser of its own for the instance on the private server (cookies on 127.0.0.1 are shared between ports). */
async function signedInPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: url });
  const page = await context.newPage();
  await signIn(page, DEMO.adviser);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

test("PostgreSQL restarted under the app: 503 'try again', nothing half-written, recovery by itself", async ({ browser }) => {
  const serving = instances[1]!;
  const { id: caseId } = await newCase("REFERRED", ownerQuery);
  const page = await signedInPage(browser, serving.url);
  await openTasks(page, serving.url, caseId);

  postgres.stop("fast");
  const downAt = Date.now();
  const response = await page.request.get(`${serving.url}/cases/${caseId}`);
  figures.answerWhileDownMs = Date.now() - downAt;
  expect(response.status()).toBe(503);
  expect(response.headers()["retry-after"]).toBe("5");
  expect(await response.text()).toContain("Tjänsten är tillfälligt otillgänglig");
  expect((await page.request.get(`${serving.url}/api/health/ready`)).status()).toBe(503);
  expect((await page.request.get(`${serving.url}/api/health`)).status()).toBe(200);

  // A change sent while the database is down: the page says so, and nothing is written.
  await page.getByLabel("Uppgift", { exact: true }).fill("Under avbrottet");
  await page.getByRole("button", { name: "Lägg till uppgift" }).click();
  await expect(page.getByRole("heading", { name: "Något gick fel" })).toBeVisible();

  postgres.start();
  const upAt = Date.now();
  await expect.poll(async () => (await page.request.get(`${serving.url}/cases/${caseId}`)).status(), { timeout: 30_000, intervals: [100] }).toBe(200);
  figures.recoveryAfterRestartMs = Date.now() - upAt;
  expect(await ownerQuery('SELECT id FROM "Task" WHERE "caseId" = $1', [caseId])).toEqual([]);
  expect(await ownerQuery(`SELECT id FROM "AuditEvent" WHERE "caseId" = $1 AND action = 'task.create'`, [caseId])).toEqual([]);

  // And the same change, now, goes through whole: the task and its audit event.
  await openTasks(page, serving.url, caseId);
  await page.getByLabel("Uppgift", { exact: true }).fill("Efter avbrottet");
  await page.getByRole("button", { name: "Lägg till uppgift" }).click();
  await expect(page.getByText("Uppgiften är tillagd.")).toBeVisible();
  expect(await ownerQuery('SELECT id FROM "Task" WHERE "caseId" = $1', [caseId])).toHaveLength(1);
  expect(await ownerQuery(`SELECT id FROM "AuditEvent" WHERE "caseId" = $1 AND action = 'task.create'`, [caseId])).toHaveLength(1);
});

test("the app's connections exhausted: 503 within a bounded time, then service again", async ({ browser }) => {
  const serving = instances[1]!;
  const { id: caseId } = await newCase("REFERRED", ownerQuery);
  const page = await signedInPage(browser, serving.url);
  // The signed-in page's own requests (its links' prefetches) would hold places in the instance too
  // (server/admission.ts): off the app, only this test's requests are in flight.
  await page.goto("about:blank");
  // Every signed-in request reads the sign-in record first; with that table locked, each holds one of the pool's three connections.
  const { default: pg } = await import("pg");
  const locker = new pg.Client({ connectionString: ownerUrl });
  await locker.connect();
  await locker.query('BEGIN; LOCK TABLE "SignInSession" IN ACCESS EXCLUSIVE MODE');
  try {
    const holders = [0, 1, 2].map(() => page.request.get(`${serving.url}/cases/${caseId}`, { timeout: 30_000 }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // While the three wait on the lock (4 s), a fourth request and the readiness check wait for a connection.
    const asked = Date.now();
    const timed = (request: Promise<{ status: () => number }>) => request.then((response) => ({ status: response.status(), ms: Date.now() - asked }));
    const [waiting, ready] = await Promise.all([
      timed(page.request.get(`${serving.url}/cases/${caseId}`, { timeout: 30_000 })),
      timed(page.request.get(`${serving.url}/api/health/ready`, { timeout: 30_000 })),
    ]);
    figures.poolExhaustedTo503Ms = waiting.ms;
    figures.readinessWhileExhaustedMs = ready.ms;
    expect(waiting.status).toBe(503);
    expect(waiting.ms).toBeLessThan(3500);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(3500);
    const held = await Promise.all(holders);
    // The ones stuck behind the lock end at the statement time limit (4 s here), also as 503.
    expect(held.map((r) => r.status())).toEqual([503, 503, 503]);
  } finally {
    await locker.query("ROLLBACK");
    await locker.end();
  }
  await expect.poll(async () => (await page.request.get(`${serving.url}/cases/${caseId}`)).status(), { timeout: 15_000 }).toBe(200);
});

test("more requests than the instance takes at once: one waits its turn, the next is told 'busy', health answers", async ({}, testInfo) => {
  // One place and one seat in the waiting room (server/admission.ts), on an instance of its own.
  const small = launch(await freePort(), testInfo.outputPath("instance-small.log"), { MAX_CONCURRENT_REQUESTS: "1", MAX_WAITING_REQUESTS: "1", JOBS_ENABLED: "false" });
  instances.push(small);
  await waitReady(small);
  const { id: caseId } = await newCase("REFERRED", ownerQuery);
  // Over plain HTTP, one request at a time: a browser's own parallel requests (prefetches) would fill one place and one seat.
  const cookie = await signInOverHttp(small.url, DEMO.adviser, DEMO_PASSWORD);
  // Read whole: a place frees only once the answer has been sent.
  const casePage = () => fetch(`${small.url}/cases/${caseId}`, { headers: { cookie } }).then(async (response) => ({ status: response.status, body: await response.text() }));
  const { default: pg } = await import("pg");
  const locker = new pg.Client({ connectionString: ownerUrl });
  await locker.connect();
  // With the sign-in records locked, a signed-in page holds the one place until the lock goes.
  await locker.query('BEGIN; LOCK TABLE "SignInSession" IN ACCESS EXCLUSIVE MODE');
  let locked = true;
  try {
    const holding = casePage();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const waiting = casePage();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const asked = Date.now();
    const refused = await fetch(`${small.url}/login`, { headers: { cookie: "hemvag-locale=en" } });
    figures.busyAnswerMs = Date.now() - asked;
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(await refused.text()).toContain("Hemväg has more requests than it can handle right now. Nothing was changed.");
    expect(figures.busyAnswerMs).toBeLessThan(1000);
    // Health and readiness never wait: the proxy still sees a live instance.
    expect((await fetch(`${small.url}/api/health`)).status).toBe(200);

    await locker.query("ROLLBACK");
    locked = false;
    // Both get their answer: the one that held the place, then the one that waited for it.
    expect((await holding).status).toBe(200);
    expect((await waiting).status).toBe(200);
  } finally {
    if (locked) await locker.query("ROLLBACK");
    await locker.end();
  }
  expect((await fetch(`${small.url}/login`)).status).toBe(200);
});

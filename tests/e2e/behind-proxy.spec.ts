// The app as a city runs it: behind nginx with TLS, two instances taking
// turns on one database. Everything a user does works there; cookies are
// Secure and HSTS is sent; each instance logs one JSON line per request with
// its id, the user's id and the real client address, and no personal data.
import fs from "node:fs";
import PgBoss from "pg-boss";
import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { newCase } from "./support/cases";
import { query } from "./support/db";
import { randomLoopbackAddress, signInOverHttp } from "./support/raw-http";
import { readLogLines } from "../../scripts/lib/app-process";

const proxyUrl = process.env.E2E_PROXY_URL!;
const logFiles = (process.env.E2E_APP_LOGS ?? "").split(",").filter(Boolean);
const appEnv = JSON.parse(process.env.E2E_APP_ENV ?? "{}") as Record<string, string>;

test.skip(!process.env.E2E_PROXY_URL, "needs the nginx proxy started by npm run test:e2e");
test.use({ baseURL: proxyUrl, ignoreHTTPSErrors: true });

test("behind nginx with TLS: sign-in, a case page, an upload and a download work; cookies are Secure and HSTS is sent", async ({ page, context }) => {
  // A server action before sign-in: the language switch (its cookie is Secure too).
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "Svenska" }).click();
  await expect(page.getByRole("heading", { name: "Logga in" })).toBeVisible();

  const { id: caseId, caseNumber } = await newCase("PLANNING");
  await signIn(page, DEMO.adviser);
  await expect(page).not.toHaveURL(/\/login/);
  const response = await page.goto(`/cases/${caseId}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  await expect(page.getByText(caseNumber).first()).toBeVisible();

  const cookies = await context.cookies();
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) expect({ name: cookie.name, secure: cookie.secure }).toEqual({ name: cookie.name, secure: true });
  expect(cookies.some((cookie) => cookie.name.startsWith("__Secure-") && cookie.name.includes("session-token"))).toBe(true);

  // A document upload (a server action with a 1 MB body) and its download, through the proxy.
  await page.goto(`/cases/${caseId}/documents`);
  const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(1024 * 1024, 0x20), Buffer.from("\n%%EOF\n")]);
  await page.getByLabel("Fil", { exact: true }).setInputFiles({ name: "Intyg.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Ladda upp" }).click();
  await expect(page.getByText("”Intyg.pdf” är uppladdat.")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Intyg.pdf" }).click();
  const download = await downloading;
  expect(fs.readFileSync((await download.path())!).equals(pdf)).toBe(true);
});

test("two instances behind nginx take turns: signed in on one is signed in on the other, and each logs its requests", async ({ page, context }) => {
  // A made-up address in front: the proxy appends the real one, and only that one counts.
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.99" });
  await signIn(page, DEMO.adviser);
  const [adviser] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [DEMO.adviser]);
  // One request each (a page load brings more with it), so round-robin alternates them between the instances.
  const requestIds: string[] = [];
  for (let n = 0; n < 10; n += 1) {
    const response = await page.request.get("/my-day");
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Logga ut");
    requestIds.push(response.headers()["x-request-id"]!);
  }
  const servedBy = () => logFiles.map((file) => readLogLines(file).filter((line) => line.msg === "request" && requestIds.includes(String(line.requestId))));
  await expect.poll(() => servedBy().flat().length).toBe(requestIds.length);
  const served = servedBy();
  expect(served.map((lines) => lines.length > 0)).toEqual([true, true]);
  for (const line of served.flat()) {
    expect(line).toMatchObject({ route: "/my-day", status: 200, clientAddress: "127.0.0.1", userId: adviser!.id, level: "info" });
    expect(typeof line.durationMs).toBe("number");
  }
});

test("the logs carry no personal data: no e-mail address, no name of a demo user", async () => {
  const text = logFiles.map((file) => fs.readFileSync(file, "utf8")).join("\n");
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/[a-z0-9.-]+@hemvag\.test/i);
  for (const name of ["Sara Lindqvist", "Johan Berg", "Maria Nilsson", "Anders Ek"]) expect(text).not.toContain(name);
  // Every line is JSON with a level; every line of a request has its id.
  for (const file of logFiles) {
    for (const line of readLogLines(file)) {
      expect(typeof line.level).toBe("string");
      if (line.msg === "request") expect(typeof line.requestId).toBe("string");
    }
  }
});

test("a background job runs once on one of the two instances, and the administrator sees its last run", async ({ page, request }) => {
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: "pgboss", migrate: false, supervise: false, schedule: false });
  boss.on("error", () => {});
  await boss.start();
  const jobId = await boss.send("purge-sign-in-records", {});
  await boss.stop({ graceful: false, wait: true });
  await expect
    .poll(async () => (await query<{ outcome: string }>('SELECT outcome::text FROM "JobRun" WHERE "queueJobId" = $1', [jobId])).map((row) => row.outcome), { timeout: 30_000 })
    .toEqual(["SUCCEEDED"]);

  await signIn(page, DEMO.admin);
  await page.goto("/admin/jobs");
  const row = page.getByRole("row", { name: /Rensa gamla inloggningsuppgifter/ });
  await expect(row).toContainText("lyckades");
  await expect(row).toContainText("17 * * * *");

  // The metrics of an instance, behind its token: requests, pool, sign-ins, audit rows, jobs.
  await signInOverHttp(process.env.E2E_BASE_URL!, { email: "nobody-metrics@hemvag.test", password: "wrong" }, { from: randomLoopbackAddress() });
  expect((await request.get(`${process.env.E2E_BASE_URL}/api/metrics`)).status()).toBe(401);
  const metrics = await request.get(`${process.env.E2E_BASE_URL}/api/metrics`, { headers: { Authorization: `Bearer ${appEnv.METRICS_TOKEN}` } });
  expect(metrics.status()).toBe(200);
  const text = await metrics.text();
  for (const name of [
    "hemvag_http_requests_total",
    "hemvag_http_request_duration_seconds_bucket",
    'hemvag_db_pool_connections{state="max"}',
    'hemvag_sign_in_failures_total{reason="invalid"}',
    "hemvag_audit_events_total",
    'hemvag_job_last_success_timestamp_seconds{job="purge-sign-in-records"}',
  ]) {
    expect(text).toContain(name);
  }
});

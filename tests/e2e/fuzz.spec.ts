// Property-based fuzzing of every route handler over HTTP (issue 12): each
// gets FUZZ_RUNS generated requests (1,000 in `npm test`, more with `npm run
// fuzz`; fixed seed) with forged path segments, query strings, headers and
// bodies: wrong types, huge strings, NUL and control characters, broken
// percent-encodings, impossible dates, ids of other teams' records. The pages
// that read absurd values from the URL (the case list's cursor, the audit
// filter) are in it too. No answer may be a 500, the GET routes may write
// nothing (every write leaves an audit row in its transaction, so the fuzz
// accounts' trail may hold reads and refusals only; other specs run beside
// this one, so table counts would not do), and no planted personal value may
// reach the app's log. The server actions are fuzzed in-process (tests/fuzz).
import fs from "node:fs";
import fc from "fast-check";
import { test, expect } from "./support/fixtures";
import { createAccount } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { randomLoopbackAddress, request } from "./support/raw-http";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const PERSONAL = { identityNumber: "19840412-1234", name: "Amina Fuzzdottir", email: "amina.fuzz@example.se" };
/** Requests in flight at once: enough to be quick, few enough for a shared two-core machine. */
const PARALLEL = 6;

test.describe.configure({ mode: "serial" });
test.setTimeout(900_000);

/** Percent-encodes, even a string with lone surrogates (encodeURIComponent refuses those). */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
}

const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("\u0000", "a\u0000b", "\u0007\u001b[31m", "'; DROP TABLE \"Case\"; --", "<script>alert(1)</script>", "..", "💥"),
  fc.constantFrom("99999-01-01", "2024-02-31", "0000-00-00", "-1", "1e309", "NaN", "2147483648", "99999999999999999999", "9223372036854775808"),
  fc.constantFrom(PERSONAL.identityNumber, PERSONAL.name, PERSONAL.email),
  fc.constant("x".repeat(5_000)),
);

/** A value as it goes into a URL: usually encoded, sometimes raw (a broken %-escape, a bare NUL escape). */
const urlValue = (ids: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.oneof(nasty, fc.constantFrom(...ids)).map(encode) },
    { weight: 1, arbitrary: fc.constantFrom("%00", "%ZZ", "%", "%C0%80", "%2e%2e", "%E2%82") },
  );

/** A base64url cursor of made-up values, as the case list would read it. */
const cursor = fc
  .array(fc.oneof(fc.double(), fc.integer(), nasty, fc.constantFrom(1e300, -1e300, 2 ** 31, "99999-01-01T00:00:00.000Z")), { minLength: 1, maxLength: 4 })
  .map((values) => Buffer.from(JSON.stringify(values)).toString("base64url"));

type Probe = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string; cookie?: "adviser" | "admin" };

async function cookieOf(browser: import("@playwright/test").Browser, email: string): Promise<string> {
  const page = await browser.newPage();
  await signIn(page, email);
  const cookies = await page.context().cookies();
  await page.close();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** What the fuzz accounts' requests left in the trail, by action. */
async function trailOf(emails: string[]): Promise<string[]> {
  const rows = await query<{ action: string }>(`SELECT DISTINCT action FROM "AuditEvent" WHERE "userEmail" = ANY($1) ORDER BY action`, [emails]);
  return rows.map((row) => row.action);
}

/** Audit actions of reads and refusals: anything else in the fuzz accounts' trail is a write. */
const READ_OR_REFUSAL = /(^|\.)(read|download|letter|list|search|view)(\.|$)|^access\.denied|^auth\.signIn$|^auth\.signIn\.failed$/;

function logSize(): number[] {
  return (process.env.E2E_APP_LOGS ?? "").split(",").filter(Boolean).map((file) => (fs.existsSync(file) ? fs.statSync(file).size : 0));
}

function logSince(sizes: number[]): string {
  return (process.env.E2E_APP_LOGS ?? "")
    .split(",")
    .filter(Boolean)
    .map((file, index) => (fs.existsSync(file) ? fs.readFileSync(file).subarray(sizes[index] ?? 0).toString("utf8") : ""))
    .join("\n");
}

test("every route handler, and the pages that read the URL, answer generated requests without a 500, a stray write or personal data in the log", async ({ browser, baseURL }) => {
  const accounts = { adviser: await createAccount("ADVISER"), admin: await createAccount("ADMIN") };
  const cookies = { adviser: await cookieOf(browser, accounts.adviser), admin: await cookieOf(browser, accounts.admin) };
  const [anyCase] = await query<{ id: string }>(`SELECT id FROM "Case" ORDER BY id LIMIT 1`);
  const [anyDocument] = await query<{ id: string; caseId: string }>(`SELECT id, "caseId" FROM "Document" ORDER BY id LIMIT 1`);
  const [anyReferral] = await query<{ id: string }>(`SELECT id FROM "Referral" ORDER BY id LIMIT 1`);
  const ids = [anyCase?.id, anyDocument?.id, anyDocument?.caseId, anyReferral?.id].filter((id): id is string => Boolean(id));

  const probes: Record<string, fc.Arbitrary<Probe>> = {
    "GET /api/cases/:caseId/documents/:documentId": fc
      .tuple(urlValue(ids), urlValue(ids))
      .map(([a, b]) => ({ method: "GET", path: `/api/cases/${a}/documents/${b}`, cookie: "adviser" })),
    "GET /api/referrals/:referralId/letter": fc
      .tuple(urlValue(ids), urlValue(ids))
      .map(([a, b]) => ({ method: "GET", path: `/api/referrals/${a}/letter?lang=${b}`, cookie: "adviser" })),
    "POST /api/eligibility": fc
      .oneof(fc.jsonValue().map((value) => JSON.stringify(value)), nasty, fc.constant('{"applicationDate":"99999-01-01","members":[{"birthDate":"\\u0000"}]}'))
      .map((body) => ({ method: "POST", path: "/api/eligibility", body, headers: { "content-type": "application/json" }, cookie: "adviser" })),
    "GET /api/health, /api/health/ready": fc
      .tuple(fc.boolean(), urlValue(ids))
      .map(([ready, q]) => ({ method: "GET", path: `/api/health${ready ? "/ready" : ""}?x=${q}` })),
    "GET /api/metrics": nasty.map((token) => ({ method: "GET", path: "/api/metrics", headers: { authorization: `Bearer ${token.replace(/[^\x20-\x7e]/g, "?")}` } })),
    "GET /api/auth/*": fc
      .tuple(fc.constantFrom("csrf", "session", "providers", "signin", "signout", "error", "callback/credentials", "nonsense"), urlValue(ids))
      .map(([route, q]) => ({ method: "GET", path: `/api/auth/${route}?callbackUrl=${q}&error=${q}` })),
    "POST /api/auth/*": fc
      .tuple(fc.constantFrom("callback/credentials", "signout", "signin/oidc", "session"), nasty, nasty, nasty)
      .map(([route, email, password, csrfToken]) => ({
        method: "POST",
        path: `/api/auth/${route}`,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        // Never a real account: the fuzz must not lock anyone out.
        body: new URLSearchParams({ email: `fuzz-${email}`, password, csrfToken }).toString(),
      })),
    "GET /cases (search, filters, cursor)": fc
      .tuple(urlValue(ids), urlValue(ids), cursor, fc.constantFrom("updated", "number", "name", "relevance", "x"))
      .map(([q, from, after, sort]) => ({ method: "GET", path: `/cases?q=${q}&from=${from}&to=${from}&after=${after}&sort=${sort}&status=${q}`, cookie: "adviser" })),
    "GET /audit (filter and cursor)": fc
      .tuple(urlValue(ids), urlValue(ids), urlValue(ids))
      .map(([user, date, before]) => ({ method: "GET", path: `/audit?user=${user}&action=${user}&from=${date}&to=${date}&before=${before}&caseId=${user}`, cookie: "admin" })),
    "GET /cases/:caseId": urlValue(ids).map((id) => ({ method: "GET", path: `/cases/${id}`, cookie: "adviser" })),
  };

  const failures: string[] = [];
  for (const [name, arbitrary] of Object.entries(probes)) {
    const from = randomLoopbackAddress();
    const sample = fc.sample(arbitrary, { numRuns: RUNS, seed: SEED });
    const sizes = logSize();
    for (let start = 0; start < sample.length; start += PARALLEL) {
      await Promise.all(
        sample.slice(start, start + PARALLEL).map(async (probe) => {
          const headers: Record<string, string> = { ...probe.headers, ...(probe.cookie ? { cookie: cookies[probe.cookie] } : {}) };
          if (probe.method === "POST") headers.origin = new URL(baseURL!).origin;
          const response = await request(`${baseURL}${probe.path}`, { method: probe.method, headers, body: probe.body, from });
          if (response.status >= 500) failures.push(`${name}: ${response.status} for ${probe.method} ${probe.path.slice(0, 200)}`);
        }),
      );
    }
    const writes = (await trailOf(Object.values(accounts))).filter((action) => !READ_OR_REFUSAL.test(action));
    expect(writes, `${name} wrote something`).toEqual([]);
    const logged = logSince(sizes);
    for (const value of Object.values(PERSONAL)) expect(logged.includes(value) || logged.includes(encode(value)), `${name}: personal data in the log`).toBe(false);
  }
  expect(failures.slice(0, 20)).toEqual([]);
});

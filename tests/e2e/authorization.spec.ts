// Checks every cell of the authorization matrix against the running app, and
// that no server action does anything for a caller without a session.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { AUTHORIZATION_MATRIX, type Expect, type Who } from "./support/authorization-matrix";

const ROLES: Exclude<Who, "anonymous">[] = ["ADVISER", "STAFF", "MANAGER", "ADMIN"];
const LOGIN_OF: Record<Exclude<Who, "anonymous">, string> = {
  ADVISER: DEMO.adviser,
  STAFF: DEMO.staff,
  MANAGER: DEMO.manager,
  ADMIN: DEMO.admin,
};

/** Real ids for the matrix's placeholders, read from the seeded database (and a document and an emergency access added once). */
async function placeholders(): Promise<Record<string, string>> {
  const [adviser] = await query<{ id: string; teamId: string }>('SELECT id, "teamId" FROM "User" WHERE email = $1', [DEMO.adviser]);
  const values: Record<string, string> = { user: adviser!.id };
  // An open case, so that pages which only make sense on an open case (edit, new check) apply,
  // with a session, a saved check and a referral of its own.
  const [own] = await query<{ id: string; session: string; check: string; referral: string }>(
    `SELECT c.id,
            (SELECT id FROM "CounsellingSession" WHERE "caseId" = c.id LIMIT 1) AS session,
            (SELECT id FROM "EligibilityCheck" WHERE "caseId" = c.id LIMIT 1) AS "check",
            (SELECT id FROM "Referral" WHERE "caseId" = c.id LIMIT 1) AS referral
     FROM "Case" c
     WHERE c."adviserId" = $1 AND c.status NOT IN ('CLOSED', 'DEPARTED', 'FOLLOW_UP')
       AND EXISTS (SELECT 1 FROM "CounsellingSession" WHERE "caseId" = c.id)
       AND EXISTS (SELECT 1 FROM "EligibilityCheck" WHERE "caseId" = c.id)
       AND EXISTS (SELECT 1 FROM "Referral" WHERE "caseId" = c.id)
     ORDER BY c."caseNumber" LIMIT 1`,
    [adviser!.id],
  );
  const [other, emergency] = await query<{ id: string }>('SELECT id FROM "Case" WHERE "teamId" <> $1 ORDER BY "caseNumber" LIMIT 2', [adviser!.teamId]);
  const [organisation] = await query<{ id: string }>('SELECT id FROM "Organisation" ORDER BY name LIMIT 1');
  if (own) Object.assign(values, { ownCase: own.id, session: own.session, check: own.check, referral: own.referral });
  if (other) values.otherTeamCase = other.id;
  if (organisation) values.organisation = organisation.id;
  if (own) {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    await query(
      `INSERT INTO "Document" (id, "caseId", "fileName", "mimeType", "sizeBytes", sha256, content, "updatedAt")
       VALUES ('matrix-document', $1, 'matris.pdf', 'application/pdf', $2, 'matrix', $3, now()) ON CONFLICT (id) DO NOTHING`,
      [own.id, pdf.length, pdf],
    );
    values.document = "matrix-document";
  }
  if (emergency) {
    await query(
      `INSERT INTO "EmergencyAccess" (id, "userId", "caseId", reason, "expiresAt", "updatedAt")
       VALUES ('matrix-emergency', $1, $2, 'Behörighetsmatrisen', now() + interval '1 hour', now()) ON CONFLICT (id) DO NOTHING`,
      [adviser!.id, emergency.id],
    );
    values.emergencyCase = emergency.id;
  }
  // An earlier version of a seeded article, as an administrator's edit leaves behind.
  await query(
    `INSERT INTO "GuidanceRevision" (id, "articleId", version, "titleSv", "titleEn", "bodySv", "bodyEn", "updatedAt")
     SELECT 'matrix-revision', id, 0, "titleSv", "titleEn", "bodySv", "bodyEn", now() FROM "GuidanceArticle" WHERE slug = 'atervandring-och-atervandande'
     ON CONFLICT DO NOTHING`,
  );
  return values;
}

function fill(template: string, values: Record<string, string>): string | null {
  let missing = false;
  const filled = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in values)) missing = true;
    return values[key] ?? "";
  });
  return missing ? null : filled;
}

async function requestAs(who: Who, browser: Browser, baseURL: string): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL });
  if (who !== "anonymous") {
    const page = await context.newPage();
    await signIn(page, LOGIN_OF[who]);
    await expect(page).not.toHaveURL(/\/login/);
    await page.close();
  }
  return { request: context.request, close: () => context.close() };
}

function verdict(status: number, location: string | undefined): Expect | `status ${number}` {
  if (status >= 200 && status < 300) return "ok";
  if (status >= 300 && status < 400 && location) {
    const target = new URL(location, "http://x").pathname;
    if (target === "/login") return "login";
    if (target === "/") return "home";
    return "onward";
  }
  if (status === 404) return "hidden";
  if (status === 401) return "unauthorized";
  if (status === 400) return "invalid";
  return `status ${status}`;
}

for (const who of ["anonymous", ...ROLES] as Who[]) {
  test(`authorization matrix: ${who}`, async ({ browser, baseURL }) => {
    const values = await placeholders();
    const { request, close } = await requestAs(who, browser, baseURL!);
    const mismatches: string[] = [];
    for (const row of AUTHORIZATION_MATRIX) {
      const url = fill(row.path, values);
      expect(url, `the seed must provide the ids for ${row.path}`).not.toBeNull();
      const response = await request.fetch(url!, { method: row.method ?? "GET", data: row.body, maxRedirects: 0 });
      const got = verdict(response.status(), response.headers()["location"]);
      if (got !== row.expect[who]) mismatches.push(`${row.method ?? "GET"} ${row.path}: expected ${row.expect[who]}, got ${got}`);
    }
    await close();
    expect(mismatches).toEqual([]);
  });
}

/** Server actions that are public by design: signing in and choosing the language before it. */
const PUBLIC_ACTIONS = new Set(["signInAction", "setLanguageAction", "signInWithSsoAction"]);

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

function serverActions(): { id: string; name: string; route: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const route = "/" + worker.replace(/^app\//, "").replace(/\/?page$/, "").replace(/\([^)]+\)\/?/g, "").replace(/\[[^\]]+\]/g, "x");
    return { id, name: `${entry.filename}#${entry.exportedName}`, route: route.replace(/\/+$/, "") || "/" };
  });
}

/** Every write is audited with the caller's user agent, so a forged write would leave this tag behind. */
const FORGED_USER_AGENT = `forged-action-test-${Date.now()}`;

test("a forged POST to any server action without a session is refused and changes nothing", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const actions = serverActions().filter((action) => !PUBLIC_ACTIONS.has(action.name.split("#")[1]!));
  expect(actions.length).toBeGreaterThan(5);
  const refusedAtTheDoor: string[] = [];
  const problems: string[] = [];
  for (const action of actions) {
    // The argument shapes our actions take: (formData), (prev, formData), (id, prev, formData), (id, flag).
    const shapes = [["$K1"], [{ status: "idle" }, "$K1"], ["some-id", { status: "idle" }, "$K1"], ["some-id", false]];
    for (const args of shapes) {
      const form = new FormData();
      form.set("0", JSON.stringify(args));
      for (const [key, value] of Object.entries({ name: "Forged", email: "forged@example.org", role: "ADMIN", code: "123456", reason: "forged request" })) {
        form.set(`1_${key}`, value);
      }
      const response = await request.fetch(action.route, {
        method: "POST",
        headers: { "Next-Action": action.id, Origin: origin, "User-Agent": FORGED_USER_AGENT },
        multipart: form,
        maxRedirects: 0,
      });
      const redirect = response.headers()["x-action-redirect"] ?? response.headers()["location"] ?? "";
      const status = response.status();
      if (/^\/login/.test(redirect) || status === 404) refusedAtTheDoor.push(action.name);
      else if (status >= 200 && status < 300) problems.push(`${action.name} ${JSON.stringify(args)} answered ${status} without a session`);
    }
  }
  // Every write is audited with its user agent in the same transaction: none may carry ours.
  const traces = await query<{ action: string }>('SELECT action FROM "AuditEvent" WHERE "userAgent" = $1', [FORGED_USER_AGENT]);
  expect(traces, "writes made by forged anonymous requests").toEqual([]);
  const forgedAccounts = await query('SELECT id FROM "User" WHERE email = $1 OR name = $2', ["forged@example.org", "Forged"]);
  expect(forgedAccounts).toEqual([]);
  expect(problems).toEqual([]);
  const neverRefused = actions.map((a) => a.name).filter((name) => !refusedAtTheDoor.includes(name));
  expect(neverRefused, "actions that never sent an anonymous caller to sign-in").toEqual([]);
});

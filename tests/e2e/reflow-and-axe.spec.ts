// Every page type, at 1280 and 320 px, in Swedish and English (issue 15 part 4):
// axe finds no WCAG 2.1 A/AA violation, and no page scrolls sideways at 320 px
// (WCAG 1.4.10 reflow). The page types come from the authorization matrix: each
// GET row some role may open is visited as that role, so a page the lead adds to
// the matrix is checked here too without touching this file.
import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Page } from "@playwright/test";
import { createAccount, DEMO_PASSWORD } from "./support/accounts";
import { newCase } from "./support/cases";
import { query } from "./support/db";
import { AUTHORIZATION_MATRIX, type Who } from "./support/authorization-matrix";

// Parked (session 6): written while the machine ran at load 25–55, this spec was never seen green by its
// author, and the lead could not run it after the merges before the session ended. Every test in it is

type Role = Exclude<Who, "anonymous">;
const ROLES: Role[] = ["ADVISER", "MANAGER", "ADMIN", "STAFF"];
const WIDTHS = [1280, 320] as const;
const LOCALES = ["sv", "en"] as const;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SHOTS = process.env.E2E_SHOTS_DIR;

/**
 * The page types to visit, and as whom: the first role (in ROLES order) the
 * matrix lets open the page. Query-string variants, other teams' and
 * emergency-opened cases are the same page types and are left out; route
 * handlers (/api) are not pages.
 */
export function pageTypes(): { path: string; role: Role }[] {
  const seen = new Set<string>();
  const types: { path: string; role: Role }[] = [];
  for (const row of AUTHORIZATION_MATRIX) {
    if ((row.method ?? "GET") !== "GET" || row.path.startsWith("/api/") || row.path.includes("?")) continue;
    if (/\{(otherTeamCase|emergencyCase|document)\}/.test(row.path) || seen.has(row.path)) continue;
    const role = ROLES.find((candidate) => row.expect[candidate] === "ok");
    if (!role) continue;
    seen.add(row.path);
    types.push({ path: row.path, role });
  }
  return types;
}

/** A row cloned with new values for some columns: a case of the test's own with a session, a check and a referral like the seeded ones. */
async function cloneRow(table: string, where: string, changes: Record<string, string>): Promise<string | null> {
  const id = `e2ereflow${crypto.randomBytes(6).toString("hex")}`;
  const rows = await query<{ id: string }>(
    `INSERT INTO "${table}"
     SELECT (jsonb_populate_record(NULL::"${table}", to_jsonb(t) || $1::jsonb)).* FROM "${table}" t WHERE ${where} LIMIT 1
     RETURNING id`,
    [JSON.stringify({ id, ...changes })],
  );
  return rows[0]?.id ?? null;
}

type Accounts = Record<Role, string>;
type Placeholders = Record<string, string>;

/** Accounts of the test's own (so switching their language touches no other test) and a case in the adviser's scope. */
async function prepare(): Promise<{ accounts: Accounts; values: Placeholders }> {
  const accounts = {} as Accounts;
  for (const role of ROLES) accounts[role] = await createAccount(role);
  const [adviser] = await query<{ id: string; teamId: string }>('SELECT id, "teamId" FROM "User" WHERE email = $1', [accounts.ADVISER]);
  const { id: caseId } = await newCase("PLANNING");
  await query('UPDATE "Case" SET "adviserId" = $2, "teamId" = $3, phone = $4 WHERE id = $1', [caseId, adviser!.id, adviser!.teamId, "+46701234567"]);
  const values: Placeholders = { ownCase: caseId, user: adviser!.id };
  const session = await cloneRow("CounsellingSession", "true", { caseId, authorId: adviser!.id });
  const check = await cloneRow("EligibilityCheck", "true", { caseId, createdById: adviser!.id });
  const referral = await cloneRow("Referral", `"eligibilityCheckId" IS NULL`, { caseId, createdById: adviser!.id });
  if (session) values.session = session;
  if (check) values.check = check;
  if (referral) values.referral = referral;
  const [organisation] = await query<{ id: string }>('SELECT id FROM "Organisation" ORDER BY name LIMIT 1');
  if (organisation) values.organisation = organisation.id;
  // The matrix's earlier version of a seeded article (as authorization.spec.ts adds it), for the revision page.
  await query(
    `INSERT INTO "GuidanceRevision" (id, "articleId", version, "titleSv", "titleEn", "bodySv", "bodyEn", "updatedAt")
     SELECT 'matrix-revision', id, 0, "titleSv", "titleEn", "bodySv", "bodyEn", now() FROM "GuidanceArticle" WHERE slug = 'atervandring-och-atervandande'
     ON CONFLICT DO NOTHING`,
  );
  return { accounts, values };
}

/** The sign-in form, waiting as long as a busy machine needs for the password hash (the shared helper gives up after 15 s). */
async function signIn(page: Page, email: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/login");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  // "Logga ut" or "Sign out": the account's own language decides once it is signed in.
  await expect(page.getByRole("button", { name: /^(Logga ut|Sign out)$/ })).toBeVisible({ timeout: 60_000 });
}

/** The accounts' language, set in the database: the test's own accounts, so no other test sees it change. */
async function setLanguage(email: string, locale: (typeof LOCALES)[number]): Promise<void> {
  await query('UPDATE "User" SET locale = $2::"Locale" WHERE email = $1', [email, locale]);
}

function fill(template: string, values: Placeholders): string | null {
  let missing = false;
  const filled = template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? ((missing = true), ""));
  return missing ? null : filled;
}

async function problemsOn(page: Page, path: string, width: number): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
  const response = await page.goto(path);
  if (!response?.ok()) return [`${path} @${width}: HTTP ${response?.status()}`];
  if (width === 320) {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > 320) problems.push(`${path} @320: the page is ${scrollWidth} px wide`);
  }
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  for (const violation of results.violations) {
    problems.push(`${path} @${width}: ${violation.id} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  }
  return problems;
}

// The six tests (three roles, two languages) are the longest file of the suite: they share the two
// workers instead of running one after another. Each worker makes its own accounts and case (below),
// so a language set for one test never meets another running at the same time.
test.describe.configure({ mode: "parallel" });

/** Once per worker: the accounts and the case every test here uses. */
let prepared: Promise<{ accounts: Accounts; values: Placeholders }> | null = null;

for (const locale of LOCALES) {
  // A role whose pages all open for a role before it (STAFF: the calculator) has no test of its own.
  for (const role of ROLES.filter((candidate) => pageTypes().some((type) => type.role === candidate))) {
    test(`every ${role} page type in ${locale}: axe-clean at 1280 and 320 px, no sideways scroll at 320 px`, async ({ page }) => {
      test.setTimeout(900_000);
      prepared ??= prepare();
      const { accounts, values } = await prepared;
      await setLanguage(accounts[role], locale);
      await signIn(page, accounts[role]);
      const problems: string[] = [];
      const visited: string[] = [];
      for (const type of pageTypes().filter((candidate) => candidate.role === role)) {
        const path = fill(type.path, values);
        if (!path) {
          problems.push(`${type.path}: no test data for its placeholders`);
          continue;
        }
        visited.push(path);
        for (const width of WIDTHS) problems.push(...(await problemsOn(page, path, width)));
      }
      expect(problems, `${problems.length} problems on ${visited.length} pages`).toEqual([]);
    });
  }
}

test("at 320 px the header is one menu button, and 'Logga ut' is in it and on screen", async ({ page }) => {
  prepared ??= prepare();
  const { accounts, values } = await prepared;
  await setLanguage(accounts.ADVISER, "sv");
  await signIn(page, accounts.ADVISER);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/cases/${values.ownCase}`);
  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height).toBeLessThan(100);
  await expect(page.getByRole("button", { name: "Logga ut" })).toBeHidden();
  await page.getByText("Meny", { exact: true }).click();
  const signOut = page.getByRole("button", { name: "Logga ut" });
  await expect(signOut).toBeVisible();
  const box = (await signOut.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/phone-menu-320.png` });
  // The case tabs scroll in their own strip; the page does not.
  await page.getByText("Meny", { exact: true }).click();
  const strip = page.getByRole("navigation", { name: "Ärendets delar" }).locator("ul");
  expect(await strip.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/case-320.png`, fullPage: true });
});

test("at 200 % zoom of 1280 px (640 CSS px) every Save button of the plan page is on screen", async ({ page }) => {
  prepared ??= prepare();
  const { accounts, values } = await prepared;
  await setLanguage(accounts.ADVISER, "sv");
  await signIn(page, accounts.ADVISER);
  await page.setViewportSize({ width: 640, height: 450 });
  await page.goto(`/cases/${values.ownCase}/plan`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  const saves = page.getByRole("button", { name: /^Spara/ });
  expect(await saves.count()).toBeGreaterThan(0);
  for (const save of await saves.all()) {
    const box = (await save.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
  }
});

test("the follow-up page is in sections: a summary, and only the next contact's form open", async ({ page }) => {
  prepared ??= prepare();
  const { accounts } = await prepared;
  await setLanguage(accounts.ADVISER, "sv");
  const [adviser] = await query<{ id: string; teamId: string }>('SELECT id, "teamId" FROM "User" WHERE email = $1', [accounts.ADVISER]);
  const { id: caseId } = await newCase("DEPARTED");
  await query('UPDATE "Case" SET "adviserId" = $2, "teamId" = $3 WHERE id = $1', [caseId, adviser!.id, adviser!.teamId]);
  for (const [months, dueOn] of [[1, "2026-01-10"], [3, "2026-03-10"], [6, "2026-06-10"]] as const) {
    await query(`INSERT INTO "FollowUp" (id, "caseId", "monthsAfterReturn", "dueOn", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
      `e2ereflowfu${crypto.randomBytes(6).toString("hex")}`,
      caseId,
      months,
      dueOn,
    ]);
  }
  await signIn(page, accounts.ADVISER);
  await page.goto(`/cases/${caseId}/follow-up`);
  const summary = page.getByRole("navigation", { name: "Sammanfattning" });
  await expect(summary.getByRole("link")).toHaveCount(3);
  // One form open (the next contact due), two folded away.
  await expect(page.getByRole("button", { name: /^Spara uppföljningen/ })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Spara uppföljningen efter 1 månad" })).toBeVisible();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, "the page was 4,750 px tall with every form open").toBeLessThan(3000);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/follow-up-1280.png`, fullPage: true });
});

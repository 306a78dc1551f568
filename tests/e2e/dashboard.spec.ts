// The manager's desk end to end (issue 14 parts 1–3, issue 12 M1): each role
// lands where its work is; the dashboard's filters, its charts' table
// alternatives and a click on a bar that opens the cases it counted; the
// sign-off of an emergency grant from the dashboard's count. Figures are
// checked against the database; axe runs at 1280 and 320 px.
import crypto from "node:crypto";
import fs from "node:fs";
import { test, expect, expectAccessible } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { officeToday, startOfOfficeDay } from "../../lib/dates";

// Parked (session 6): written while the machine ran at load 25–55, this spec was never seen green by its
// author, and the lead could not run it after the merges before the session ended. Every test in it is

const LAST_YEAR = Number(officeToday().slice(0, 4)) - 1;
const SHOTS = "/work/notes/shots/dashboard";

test("each role lands where its work is, and the dashboard is in the menu of those who may see it", async ({ page }) => {
  const landings: [string, RegExp, string][] = [
    [DEMO.manager, /\/dashboard$/, "Statistik"],
    [DEMO.adviser, /\/my-day$/, "Min dag"],
    [DEMO.staff, /\/guidance$/, "Vägledning"],
    [DEMO.admin, /\/admin\/users$/, "Användare"],
  ];
  for (const [email, landing, heading] of landings) {
    await page.context().clearCookies();
    await signIn(page, email);
    await page.goto("/");
    await expect(page).toHaveURL(landing);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    const menu = page.getByRole("navigation", { name: "Huvudmeny" });
    if (email === DEMO.manager) await expect(menu.getByRole("link", { name: "Statistik" })).toHaveAttribute("href", "/dashboard");
    else await expect(menu.getByRole("link", { name: "Statistik" })).toHaveCount(0);
  }
});

test("the filters narrow the dashboard to an adviser and a year, as the database counts", async ({ page }) => {
  const [adviser] = await query<{ id: string; name: string }>(
    `SELECT u.id, u.name FROM "User" u JOIN "Case" c ON c."adviserId" = u.id
     WHERE u."teamId" = (SELECT "teamId" FROM "User" WHERE email = $1) AND u.email <> $2 AND c."openedAt" >= $3 AND c."openedAt" < $4
     GROUP BY u.id, u.name ORDER BY count(*) DESC, u.name LIMIT 1`,
    [DEMO.manager, DEMO.adviser, startOfOfficeDay(`${LAST_YEAR}-01-01`), startOfOfficeDay(`${LAST_YEAR + 1}-01-01`)],
  );
  expect(adviser, "the demo team needs an adviser with cases opened last year").toBeDefined();
  const [opened] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Case" WHERE "adviserId" = $1 AND "openedAt" >= $2 AND "openedAt" < $3`,
    [adviser!.id, startOfOfficeDay(`${LAST_YEAR}-01-01`), startOfOfficeDay(`${LAST_YEAR + 1}-01-01`)],
  );

  await signIn(page, DEMO.manager);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Statistik", level: 1 })).toBeVisible();
  await page.getByLabel("Rådgivare", { exact: true }).selectOption({ label: adviser!.name });
  await page.getByLabel("Period", { exact: true }).selectOption(String(LAST_YEAR));
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard\\?.*adviser=${adviser!.id}.*period=${LAST_YEAR}`));
  await expect(page.getByRole("heading", { name: `År ${LAST_YEAR}` })).toBeVisible();
  const cases = page.getByRole("table", { name: "Ärenden", exact: true });
  await expect(cases.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Öppnade" }) }).getByRole("cell")).toHaveText(opened!.n);
  // The caseload shows the chosen adviser only.
  const caseload = page.getByRole("table", { name: "Öppna ärenden per rådgivare" });
  await expect(caseload.getByRole("rowheader").first()).toHaveText(adviser!.name);

  // A period of one's own dates; a reversed one falls back to the last 24 months.
  await page.getByLabel("Period", { exact: true }).selectOption("custom");
  await page.getByLabel("Från och med").fill(`${LAST_YEAR}-03-01`);
  await page.getByLabel("Till och med").fill(`${LAST_YEAR}-02-01`);
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page.getByLabel("Period", { exact: true })).toHaveValue("24m");
});

test("every chart has its table, and a click on a bar opens the cases it counted", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto(`/dashboard?period=${LAST_YEAR}`);
  const returnsTotal = Number(
    await page.getByRole("table", { name: "Ärenden", exact: true }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Återvändanden (avresor)" }) }).getByRole("cell").innerText(),
  );
  expect(returnsTotal, "the demo seed has returns last year").toBeGreaterThan(0);

  // The chart's own region (its table, once shown, is a region of the same name inside it).
  const section = page.getByRole("region", { name: "Återvändanden per land", exact: true }).first();
  await expect(section.getByRole("table")).toHaveCount(0);
  await section.getByRole("button", { name: "Visa som tabell" }).click();
  const table = section.getByRole("table", { name: "Återvändanden per land" });
  await expect(table).toBeVisible();
  await expect(section.getByRole("button", { name: "Visa som diagram" })).toHaveAttribute("aria-expanded", "true");
  // The table's countries sum to the returns of the "Ärenden" table: one definition, one number.
  const counts = (await table.locator("tbody td").allInnerTexts()).map(Number);
  expect(counts.reduce((sum, n) => sum + n, 0)).toBe(returnsTotal);
  const firstCountry = await table.locator("tbody th").first().innerText();
  await page.screenshot({ path: `${SHOTS}/dashboard-table-1280.png`, fullPage: true });
  await section.getByRole("button", { name: "Visa som diagram" }).click();
  await expect(table).toBeHidden();

  // Every chart's table can be shown by keyboard.
  const toggles = page.getByRole("button", { name: "Visa som tabell" });
  expect(await toggles.count()).toBeGreaterThanOrEqual(4);
  await toggles.first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Visa som diagram" }).first()).toBeFocused();

  // The first bar is the country with most returns: its cases, departed last year.
  await section.locator(".recharts-bar-rectangle").first().click();
  await expect(page).toHaveURL(/\/cases\?.*dated=departed/);
  const url = new URL(page.url());
  expect(url.searchParams.get("from")).toBe(`${LAST_YEAR}-01-01`);
  expect(url.searchParams.get("to")).toBe(`${LAST_YEAR}-12-31`);
  const country = url.searchParams.get("country")!;
  const [expected] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "CaseStatusChange" s JOIN "Case" c ON c.id = s."caseId"
     WHERE c."teamId" = (SELECT "teamId" FROM "User" WHERE email = $1) AND s."toStatus" = 'DEPARTED' AND s."undoesId" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "CaseStatusChange" u WHERE u."undoesId" = s.id)
       AND s."effectiveOn" >= $2::date AND s."effectiveOn" < $3::date AND c."destinationCountry" IS NOT DISTINCT FROM $4`,
    [DEMO.manager, `${LAST_YEAR}-01-01`, `${LAST_YEAR + 1}-01-01`, country === "none" ? null : country],
  );
  expect(Number(expected!.n)).toBeGreaterThan(0);
  // The country is chosen by name (a combobox); its code is the form's hidden value.
  await expect(page.locator('input[type="hidden"][name="country"]')).toHaveValue(country);
  await expect(page.getByText(/ärenden? på den här sidan/)).toHaveText(`${expected!.n} ${expected!.n === "1" ? "ärende" : "ärenden"} på den här sidan`);
  expect(firstCountry.length).toBeGreaterThan(0);
});

test("a manager signs an emergency grant off from the dashboard's count", async ({ page }) => {
  const [grant] = await query<{ caseNumber: string; adviserName: string }>(
    `INSERT INTO "EmergencyAccess" (id, "userId", "caseId", reason, "expiresAt", "updatedAt")
     SELECT $1, a.id, c.id, 'Klienten ringde akut, ordinarie rådgivare sjuk', now() + interval '4 hours', now()
     FROM "User" a, "Case" c
     WHERE a.role = 'ADVISER' AND a."teamId" <> (SELECT "teamId" FROM "User" WHERE email = $2)
       AND c."teamId" = (SELECT "teamId" FROM "User" WHERE email = $2)
     ORDER BY a.email, c."caseNumber" LIMIT 1
     RETURNING (SELECT "caseNumber" FROM "Case" WHERE id = "caseId") AS "caseNumber", (SELECT name FROM "User" WHERE id = "userId") AS "adviserName"`,
    [`e2e${crypto.randomBytes(8).toString("hex")}`, DEMO.manager],
  );
  await signIn(page, DEMO.manager);
  await page.goto("/dashboard");
  const count = page.getByTestId("attention-emergency");
  const before = Number(await count.locator("span").first().innerText());
  expect(before).toBeGreaterThanOrEqual(1);
  await count.getByRole("link").click();
  await expect(page).toHaveURL(/\/emergency-access\?show=unreviewed$/);
  const article = page.getByRole("article", { name: `${grant!.adviserName} öppnade ${grant!.caseNumber}` });
  await article.getByRole("button", { name: "Spara granskningen" }).click();
  await expect(article.getByText("Välj om åtkomsten var motiverad eller inte.")).toBeVisible();
  await article.getByLabel("Inte motiverad").check();
  await article.getByLabel("Kommentar").fill("Inget akut behov enligt anteckningarna");
  await article.getByRole("button", { name: "Spara granskningen" }).click();
  await expect(article).toBeHidden();
  await page.getByRole("link", { name: "Alla", exact: true }).click();
  await expect(page.getByRole("article", { name: `${grant!.adviserName} öppnade ${grant!.caseNumber}` }).getByTestId("emergency-review")).toContainText(
    "Granskad — inte motiverad — Inget akut behov enligt anteckningarna",
  );
  const [review] = await query<{ verdict: string; audits: string }>(
    `SELECT r.verdict::text, (SELECT count(*)::text FROM "AuditEvent" WHERE action = 'emergencyAccess.review' AND "resourceId" = r."emergencyAccessId") AS audits
     FROM "EmergencyAccessReview" r JOIN "EmergencyAccess" g ON g.id = r."emergencyAccessId" JOIN "Case" c ON c.id = g."caseId" WHERE c."caseNumber" = $1`,
    [grant!.caseNumber],
  );
  expect(review).toEqual({ verdict: "NOT_JUSTIFIED", audits: "1" });
  await page.goto("/dashboard");
  await expect(page.getByTestId("attention-emergency").locator("span").first()).toHaveText(String(before - 1));
});

test("the dashboard reads at 1280 and 320 px, without sideways scrolling, and passes axe", async ({ page }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await signIn(page, DEMO.manager);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/dashboard");
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/dashboard-${width}.png`, fullPage: true });
  }
  await page.goto("/emergency-access");
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/emergency-access-320.png`, fullPage: true });
});

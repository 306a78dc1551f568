// Statistics end to end: a manager opens the team's statistics (the dashboard, issue 14) from the menu,
// reads a colleague's caseload as the cases say, and picks an earlier year,
// whose decisions match the referrals. Figures are checked against the
// database; the year chosen is last year, which no other test writes to.
import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { officeToday, startOfOfficeDay } from "../../lib/dates";

const LAST_YEAR = Number(officeToday().slice(0, 4)) - 1;

test("a manager sees the team's caseload per adviser and an earlier year's outcomes", async ({ page }) => {
  // A colleague of the demo adviser's, whose cases the other tests leave alone.
  const [colleague] = await query<{ name: string; open: string }>(
    `SELECT u.name, count(*)::text AS open
     FROM "Case" c JOIN "User" u ON u.id = c."adviserId"
     WHERE c."teamId" = (SELECT "teamId" FROM "User" WHERE email = $1) AND c.status <> 'CLOSED' AND u.email <> $2
     GROUP BY u.name ORDER BY u.name LIMIT 1`,
    [DEMO.manager, DEMO.adviser],
  );
  expect(colleague, "the demo team needs a second adviser with open cases").toBeDefined();
  const [granted] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Referral" r JOIN "Case" c ON c.id = r."caseId"
     WHERE c."teamId" = (SELECT "teamId" FROM "User" WHERE email = $1) AND r.decision = 'GRANTED'
       AND r."decidedOn" >= $2::date AND r."decidedOn" < $3::date`,
    [DEMO.manager, `${LAST_YEAR}-01-01`, `${LAST_YEAR + 1}-01-01`],
  );
  const [opened] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Case" WHERE "teamId" = (SELECT "teamId" FROM "User" WHERE email = $1) AND "openedAt" >= $2 AND "openedAt" < $3`,
    [DEMO.manager, startOfOfficeDay(`${LAST_YEAR}-01-01`), startOfOfficeDay(`${LAST_YEAR + 1}-01-01`)],
  );

  await signIn(page, DEMO.manager);
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Statistik" }).click();
  await expect(page.getByRole("heading", { name: "Statistik", level: 1 })).toBeVisible();
  const caseload = page.getByRole("table", { name: "Öppna ärenden per rådgivare" });
  const row = caseload.getByRole("row").filter({ has: page.getByRole("rowheader", { name: colleague!.name, exact: true }) });
  await expect(row.getByRole("cell").last()).toHaveText(colleague!.open);

  await page.getByLabel("Period", { exact: true }).selectOption(String(LAST_YEAR));
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard\\?.*period=${LAST_YEAR}`));
  await expect(page.getByRole("heading", { name: `År ${LAST_YEAR}` })).toBeVisible();
  const cases = page.getByRole("table", { name: "Ärenden" });
  await expect(cases.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Öppnade" }) }).getByRole("cell")).toHaveText(opened!.n);
  const decisions = page.getByRole("table", { name: "Beslut på remisser" });
  await expect(decisions.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Beviljade" }) }).getByRole("cell").first()).toHaveText(granted!.n);
});

// Work moving between people, end to end (docs/decisions/023): a manager
// assigns a case from the intake queue, moves a leaving adviser's cases to a
// colleague after a preview of what access changes, and an adviser's bell
// counts their unread notifications, marked read one by one and all at once.
// Each test makes its own advisers and cases in the demo manager's team.
// Screenshots at 1280 and 320 px go to /work/notes/shots/workflow when
// SHOTS_DIR is set (the new pages must not scroll sideways at 320 px).
import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./support/fixtures";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { newCase } from "./support/cases";
import { hashPassword } from "../../lib/passwords";
import { officeToday } from "../../lib/dates";

// Parked (session 6): written while the machine ran at load 25–55, this spec was never seen green by its
// author, and the lead could not run it after the merges before the session ended. Every test in it is

/** An adviser of the demo manager's team, made for this test. */
async function teamAdviser(label: string): Promise<{ id: string; email: string; name: string }> {
  const tag = crypto.randomBytes(4).toString("hex");
  const email = `e2e-wf-${tag}@hemvag.test`;
  const name = `${label} ${tag}`;
  const id = `uwf${tag}`;
  await query(
    `INSERT INTO "User" (id, email, name, role, "teamId", "passwordHash", "updatedAt")
     VALUES ($1, $2, $3, 'ADVISER', (SELECT "teamId" FROM "User" WHERE email = $4), $5, now())`,
    [id, email, name, DEMO.manager, await hashPassword(DEMO_PASSWORD)],
  );
  return { id, email, name };
}

/** A case of `adviserId` (null: in the queue), in the demo manager's team. */
async function caseOf(adviserId: string | null): Promise<{ id: string; caseNumber: string }> {
  const created = await newCase("INTAKE");
  await query(`UPDATE "Case" SET "adviserId" = $2, "queuedAt" = CASE WHEN $2::text IS NULL THEN now() END, "teamId" = (SELECT "teamId" FROM "User" WHERE email = $3) WHERE id = $1`, [
    created.id,
    adviserId,
    DEMO.manager,
  ]);
  return created;
}

async function shoot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(width);
    await expectAccessible(page);
    if (dir) await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a manager assigns a case from the intake queue to an adviser of the team", async ({ page }) => {
  const adviser = await teamAdviser("Kö-rådgivare");
  const queued = await caseOf(null);
  await signIn(page, DEMO.manager);
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: /^Intagskö \(\d+\)$/ }).click();
  await expect(page.getByRole("heading", { name: "Intagskö", level: 1 })).toBeVisible();
  await shoot(page, "queue");
  // Nothing ticked: refused with a message, nothing moves.
  await page.getByLabel("Fördela till").selectOption({ label: adviser.name });
  await page.getByRole("button", { name: "Fördela markerade" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Markera minst ett ärende." })).toBeVisible();
  await page.getByRole("checkbox", { name: `Välj ärende ${queued.caseNumber}` }).check();
  await page.getByLabel("Fördela till").selectOption({ label: adviser.name });
  await page.getByRole("button", { name: "Fördela markerade" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 ärende fördelades." })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `Välj ärende ${queued.caseNumber}` })).toHaveCount(0);
  const [row] = await query<{ adviserId: string | null }>('SELECT "adviserId" FROM "Case" WHERE id = $1', [queued.id]);
  expect(row!.adviserId).toBe(adviser.id);
});

test("a manager moves a leaving adviser's cases to a colleague after previewing what access changes", async ({ page }) => {
  const leaver = await teamAdviser("Slutar");
  const taker = await teamAdviser("Tar över");
  const cases = [await caseOf(leaver.id), await caseOf(leaver.id), await caseOf(leaver.id)];
  await signIn(page, DEMO.manager);
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Flytta ärenden" }).click();
  await page.getByLabel("Nuvarande rådgivare").selectOption({ label: leaver.name });
  await page.getByRole("button", { name: "Visa ärenden" }).click();
  await page.getByRole("link", { name: "Markera alla", exact: true }).click();
  for (const c of cases) await expect(page.getByRole("checkbox", { name: `Välj ärende ${c.caseNumber}` })).toBeChecked();
  await page.getByLabel("Ny rådgivare").selectOption({ label: taker.name });
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  const preview = page.getByRole("region", { name: "Detta ändras om du bekräftar" });
  await expect(preview).toContainText(`${taker.name} blir ansvarig för 3 ärenden.`);
  await expect(preview).toContainText(`${leaver.name} lämnar 3 ärenden`);
  await expect(preview).toContainText("Nödåtkomster flyttas aldrig");
  await shoot(page, "bulk-reassign-preview");
  // Previewing writes nothing.
  expect((await query<{ n: string }>('SELECT count(*)::text AS n FROM "Case" WHERE "adviserId" = $1', [taker.id]))[0]!.n).toBe("0");
  await preview.getByRole("button", { name: "Bekräfta flytten" }).click();
  await expect(page.getByRole("status").filter({ hasText: `3 ärenden flyttades till ${taker.name}.` })).toBeVisible();
  const moved = await query<{ adviserId: string }>('SELECT "adviserId" FROM "Case" WHERE id = ANY($1)', [cases.map((c) => c.id)]);
  expect(moved.map((m) => m.adviserId)).toEqual([taker.id, taker.id, taker.id]);
  // The case's history shows who moved it, and from whom to whom.
  await page.goto(`/cases/${cases[0]!.id}`);
  await expect(page.getByText(`Ansvarig rådgivare: ${leaver.name} → ${taker.name}`)).toBeVisible();
  // The transfers page of the same manager: the team's history both ways.
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Överlämningar" }).click();
  await expect(page.getByRole("heading", { name: "Överlämningar mellan team", level: 1 })).toBeVisible();
  await shoot(page, "transfers");
});

test("an adviser's bell counts unread notifications, which are marked read one by one or all at once", async ({ page }) => {
  const adviser = await teamAdviser("Bevakning");
  const first = await caseOf(adviser.id);
  const second = await caseOf(adviser.id);
  for (const [c, kind] of [
    [first, "TASK_DUE"],
    [second, "FOLLOW_UP_DUE"],
    [second, "CASE_ASSIGNED"],
  ] as const) {
    await query(`INSERT INTO "Notification" (id, "userId", kind, "subjectId", "caseId", day, "updatedAt") VALUES ($1, $2, $3::"NotificationKind", $4, $4, $5::date, now())`, [
      `n${crypto.randomBytes(8).toString("hex")}`,
      adviser.id,
      kind,
      c.id,
      officeToday(),
    ]);
  }
  await signIn(page, adviser.email);
  const bell = (count: string) => page.getByRole("link", { name: `Aviseringar, ${count}` });
  await bell("3 olästa").click();
  await expect(page.getByRole("heading", { name: "Aviseringar", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: `Ärende ${first.caseNumber}` })).toBeVisible();
  await shoot(page, "notifications");
  await page.getByRole("button", { name: "Markera som läst: En uppgift ska vara klar" }).click();
  await expect(bell("2 olästa")).toBeVisible();
  await page.getByRole("button", { name: "Markera alla som lästa" }).click();
  await expect(bell("inga olästa")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Markera som läst/ })).toHaveCount(0);
});

// Issue 13 parts 1 and 2 end to end. An adviser marks a person as protected
// with a reason: the banner stands on every page of the case, the contact
// details are hidden until revealed with a reason (each reveal in the trail),
// and a print warns before it is made and carries the banner. Then the monthly
// access-log review: a manager draws a month, marks every pick, signs it off
// (locked afterwards) and prints the PDF for the auditors; a log reviewer reads
// the month but no case. Every page is checked with axe (the fixture).
// Screenshots go to SHOTS_DIR when set, else to the test's output.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { createAccount, DEMO } from "./support/accounts";
import { signInAs } from "./support/sign-in";
import { shot } from "./support/shots";
import { query } from "./support/db";
import { newCase } from "./support/cases";

// Parked (session 6): written while the machine ran at load 25–55, this spec was never seen green by its
// author, and the lead could not run it after the merges before the session ended. Every test in it is

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
}

test("an adviser marks a person as protected: banner on every page, contact details revealed only with a logged reason, prints warn first", async ({ page }, testInfo) => {
  const { id: caseId } = await newCase("COUNSELLING");
  await query(`UPDATE "Case" SET phone = '070-7654321', address = 'Skyddade vägen 3, 123 45 Ort' WHERE id = $1`, [caseId]);
  await signInAs(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByText("Skyddade vägen 3, 123 45 Ort")).toBeVisible();

  // A reason that is too short is refused and nothing changes.
  await page.getByText("Markera personen som skyddad").click();
  await page.getByLabel("Typ av skydd").selectOption("SKYDDAD_FOLKBOKFORING");
  await page.locator("#protection-reason").fill("kort");
  await page.getByRole("button", { name: "Markera skyddade personuppgifter" }).click();
  await expect(page.getByText("Skälet behöver vara minst 10 tecken.")).toBeVisible();
  expect(await query('SELECT "protectedIdentity" FROM "Case" WHERE id = $1', [caseId])).toEqual([{ protectedIdentity: null }]);

  await page.locator("#protection-reason").fill("Beslut från Skatteverket om skyddad folkbokföring");
  await page.getByRole("button", { name: "Markera skyddade personuppgifter" }).click();
  const banner = page.getByTestId("protected-identity-banner");
  await expect(banner).toContainText("Skyddade personuppgifter: Skyddad folkbokföring");
  await expect(page.getByText("Skyddade vägen 3, 123 45 Ort")).toHaveCount(0);
  await expect(page.getByText("Dold – visas med skäl")).toHaveCount(3);
  expect(await query(`SELECT reason FROM "AuditEvent" WHERE "caseId" = $1 AND action = 'case.protection.mark'`, [caseId])).toEqual([
    { reason: "Beslut från Skatteverket om skyddad folkbokföring" },
  ]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: shot(testInfo, "protected-banner-1280.png"), fullPage: false });

  // The banner on another page of the case too.
  await page.goto(`/cases/${caseId}/sessions`);
  await expect(page.getByTestId("protected-identity-banner")).toBeVisible();

  // Reveal with a reason: shown, and the reveal is its own audit row with the reason.
  await page.goto(`/cases/${caseId}`);
  await page.getByText("Visa adress, telefon och e-post").click();
  await page.getByLabel("Varför behöver du se kontaktuppgifterna?").fill("Skicka kallelse till mötet per post");
  await page.getByRole("button", { name: "Visa kontaktuppgifterna" }).click();
  await expect(page.getByTestId("revealed-contact")).toContainText("Skyddade vägen 3, 123 45 Ort");
  expect(await query(`SELECT reason FROM "AuditEvent" WHERE "caseId" = $1 AND action = 'case.contact.reveal'`, [caseId])).toEqual([
    { reason: "Skicka kallelse till mötet per post" },
  ]);
  // Every read is listed, one row each, in the case's access history.
  await page.reload();
  await expect(page.getByRole("region", { name: "Varje läsning av ärendet" }).getByText("case.contact.reveal")).toBeVisible();

  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId("protected-identity-banner")).toBeVisible();
  await noSidewaysScroll(page);
  await page.screenshot({ path: shot(testInfo, "protected-banner-320.png"), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A print warns first and then carries the banner; no address on it.
  await page.goto(`/print/cases/${caseId}`);
  await expect(page.getByRole("alert").filter({ hasText: "Utskriften görs utan adress" })).toBeVisible();
  await page.getByRole("link", { name: "Jag har förstått – visa utskriften" }).click();
  await expect(page.getByTestId("protected-identity-banner")).toContainText("SKYDDADE PERSONUPPGIFTER");
  await expect(page.getByText("Skyddade vägen 3")).toHaveCount(0);
  await page.screenshot({ path: shot(testInfo, "protected-print.png"), fullPage: true });
});

test("a manager reviews a month of reads: picks, verdicts, sign-off (locked), the PDF for the auditors; a log reviewer reads it but no case", async ({ page }, testInfo) => {
  // A month no other test uses, with reads written for it: one on a Saturday, one by another team, one of a protected person.
  const month = `20${String(10 + crypto.randomInt(10))}-${String(1 + crypto.randomInt(9)).padStart(2, "0")}`;
  await query('DELETE FROM "LogReview" WHERE month = $1', [month]);
  const { id: caseId, caseNumber } = await newCase("COUNSELLING");
  const [adviser] = await query<{ id: string; email: string }>('SELECT id, email FROM "User" WHERE email = $1', [DEMO.adviser]);
  const [outsider] = await query<{ id: string; email: string }>(
    'SELECT u.id, u.email FROM "User" u WHERE u.role = \'ADVISER\' AND u."teamId" <> (SELECT "teamId" FROM "Case" WHERE id = $1) LIMIT 1',
    [caseId],
  );
  const insert = (who: { id: string; email: string }, at: string) =>
    query(`INSERT INTO "AuditEvent" ("userId", "userEmail", role, action, "caseId", "resourceType", "resourceId", "ipAddress", at) VALUES ($1, $2, 'ADVISER', 'case.read', $3, 'Case', $3, '192.0.2.44', $4::timestamp)`, [
      who.id,
      who.email,
      caseId,
      at,
    ]);
  await insert(adviser!, `${month}-06 08:15:00`);
  await insert(outsider!, `${month}-07 09:30:00`);
  await insert(adviser!, `${month}-08 03:10:00`);

  await signInAs(page, DEMO.manager);
  await page.goto("/log-review");
  await page.getByLabel("Månad (ÅÅÅÅ-MM)").fill(month);
  await page.getByRole("button", { name: "Dra urvalet" }).click();
  await expect(page).toHaveURL(new RegExp(`/log-review/${month}$`));
  await expect(page.getByRole("heading", { name: `Loggkontroll ${month}` })).toBeVisible();
  const picks = page.getByTestId("review-pick");
  await expect(picks).toHaveCount(3);
  await expect(picks.filter({ hasText: outsider!.email })).toContainText("Utanför det egna teamet");
  await expect(picks.filter({ hasText: "192.0.2.44" })).toHaveCount(3);
  await expect(picks.first()).toContainText(caseNumber);

  // Sign-off is refused while picks are unmarked.
  await page.getByRole("button", { name: "Signera månaden" }).click();
  await expect(page.getByText("Alla utvalda läsningar måste bedömas innan månaden signeras.")).toBeVisible();

  for (let index = 0; index < 3; index++) {
    const pick = picks.nth(index);
    if (index === 1) {
      await pick.getByLabel("Behöver följas upp").check();
      await pick.getByLabel("Kommentar").fill("Fråga rådgivaren varför ärendet öppnades");
    } else {
      await pick.getByLabel("Befogad").check();
    }
    await pick.getByRole("button", { name: "Spara bedömningen" }).click();
    await expect(pick.getByText("Bedömningen är sparad.")).toBeVisible();
  }
  await page.screenshot({ path: shot(testInfo, "log-review-month-1280.png"), fullPage: true });
  await page.getByRole("button", { name: "Signera månaden" }).click();
  await expect(page.getByText(/Månaden är signerad av .* och kan inte ändras\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Spara bedömningen" })).toHaveCount(0);
  await page.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(page);
  await page.screenshot({ path: shot(testInfo, "log-review-month-320.png"), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The PDF for the auditors.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Skriv ut för revisorerna (PDF)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`loggkontroll-${month}.pdf`);
  const pdfPath = testInfo.outputPath("review.pdf");
  await download.saveAs(pdfPath);
  const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" });
  expect(text).toContain(`Loggkontroll ${month}`);
  expect(text).toContain("Fråga rådgivaren varför ärendet öppnades");
  expect(text).toContain("192.0.2.44");
  expect(text).toContain("Utanför det egna teamet");
  expect(text).toMatch(/2 befogade, 1 att följa upp, 0 ej bedömda/);
  expect(text).toContain(caseNumber);
  const pngBase = shot(testInfo, "log-review-pdf");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdfPath, pngBase]);
  // The reviewer's own reading is in the trail like everyone's.
  const reads = await query<{ action: string }>(`SELECT action FROM "AuditEvent" WHERE "userEmail" = $1 AND action LIKE 'logReview.%' AND reason = $2 ORDER BY id`, [DEMO.manager, month]);
  expect(reads.map((row) => row.action)).toEqual(expect.arrayContaining(["logReview.draw", "logReview.read", "logReview.pdf", "logReview.signOff"]));

  // A log reviewer reads the month but no case.
  const reviewer = await createAccount("LOG_REVIEWER");
  await page.context().clearCookies();
  await signInAs(page, reviewer);
  await page.goto(`/log-review/${month}`);
  await expect(page.getByRole("heading", { name: `Loggkontroll ${month}` })).toBeVisible();
  const response = await page.goto(`/cases/${caseId}`);
  expect(response?.status()).toBe(404);
});

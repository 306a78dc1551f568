// Correcting the case record without deleting anything (issue 11 §3), end to
// end: a person registered twice is merged (the adviser proposes, a manager
// confirms, the old number leads to the kept case and both timelines tell
// it); a recorded referral decision is corrected with a reason and its history
// kept; recording a decision brings the case's status along in the same form;
// a document is withdrawn as registered in error; a task is reassigned,
// completed and reopened. Screenshots go to SHOTS_DIR when set.
import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signInAs } from "./support/sign-in";
import { shot } from "./support/shots";
import { query } from "./support/db";
import { newCase } from "./support/cases";

// Two browsers, axe on three pages and a shared two-core machine: more than the default two minutes.
test.describe.configure({ timeout: 360_000 });

/** At 320 px wide the page scrolls only downwards (WCAG 1.4.10); a screenshot to look at. */
async function narrow(page: Page, file: string) {
  await page.setViewportSize({ width: 320, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

const id = (prefix: string) => `${prefix}${crypto.randomBytes(8).toString("hex")}`;

async function adviserRow() {
  const [adviser] = await query<{ id: string; teamId: string; name: string }>('SELECT id, "teamId", name FROM "User" WHERE email = $1', [DEMO.adviser]);
  return adviser!;
}

/** A second active adviser in the demo adviser's team, for hand-overs. */
async function colleague(teamId: string): Promise<{ id: string; name: string }> {
  const userId = id("e2ecol");
  const name = `Kollega ${userId.slice(-6)}`;
  await query(`INSERT INTO "User" (id, email, name, role, "teamId", "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'ADVISER', $4, 'x', now())`, [userId, `${userId}@hemvag.test`, name, teamId]);
  return { id: userId, name };
}

test("a person registered twice is merged: proposed by the adviser, confirmed by a manager, the old number leads to the kept case", async ({ browser }, testInfo) => {
  const adviser = await adviserRow();
  const kept = await newCase("COUNSELLING");
  const duplicate = await newCase("INTAKE");
  await query(`INSERT INTO "CounsellingSession" (id, "caseId", "startsAt", "durationMinutes", mode, "authorId", "updatedAt") VALUES ($1, $2, now() - interval '2 days', 45, 'IN_PERSON', $3, now())`, [
    id("e2ems"),
    duplicate.id,
    adviser.id,
  ]);
  await query(`INSERT INTO "Task" (id, "caseId", "assigneeId", title, "updatedAt") VALUES ($1, $2, $3, 'Begär pass från ambassaden', now())`, [id("e2emt"), duplicate.id, adviser.id]);

  const adviserPage = await (await browser.newContext()).newPage();
  adviserPage.on("dialog", (dialog) => void dialog.accept());
  await signInAs(adviserPage, DEMO.adviser);
  await adviserPage.goto(`/cases/${duplicate.id}`);
  await adviserPage.getByText("Samma person registrerad två gånger").click();
  const form = adviserPage.getByRole("form", { name: "Samma person registrerad två gånger" });
  // Into itself: refused with a message, nothing filed.
  await form.getByLabel("Ärendenummer som ska behållas").fill(duplicate.caseNumber);
  await form.getByLabel("Skäl").fill("Samma personnummer och födelsedatum; registrerad två gånger vid mottagningen");
  await form.getByRole("button", { name: "Föreslå sammanslagning" }).click();
  await expect(form.getByText("Ett ärende kan inte slås samman med sig självt.", { exact: true })).toBeVisible();
  await form.getByLabel("Ärendenummer som ska behållas").fill(kept.caseNumber);
  await form.getByRole("button", { name: "Föreslå sammanslagning" }).click();
  await expect(adviserPage.getByText(/Förslaget väntar på en chefs bekräftelse/)).toBeVisible();
  await expectAccessible(adviserPage);

  const managerPage = await (await browser.newContext()).newPage();
  await signInAs(managerPage, DEMO.manager);
  await managerPage.goto("/approvals");
  const request = managerPage.locator('li[data-kind="case.merge"]').filter({ hasText: duplicate.caseNumber });
  await expect(request.getByText(`Slå samman ärende ${duplicate.caseNumber} med ärende ${kept.caseNumber}`)).toBeVisible();
  await expect(request.getByText("Skäl: Samma personnummer och födelsedatum; registrerad två gånger vid mottagningen")).toBeVisible();
  await expectAccessible(managerPage);
  await request.getByRole("button", { name: "Godkänn" }).click();
  await expect(managerPage.locator('li[data-kind="case.merge"]').filter({ hasText: duplicate.caseNumber })).toHaveCount(0);
  await managerPage.close();

  // The casework moved; the duplicate is closed and its number leads to the kept case.
  expect(await query('SELECT count(*)::int AS n FROM "CounsellingSession" WHERE "caseId" = $1', [kept.id])).toEqual([{ n: 1 }]);
  expect(await query('SELECT count(*)::int AS n FROM "Task" WHERE "caseId" = $1', [kept.id])).toEqual([{ n: 1 }]);
  expect(await query('SELECT status, outcome FROM "Case" WHERE id = $1', [duplicate.id])).toEqual([{ status: "CLOSED", outcome: "OTHER" }]);
  await adviserPage.goto(`/cases/${duplicate.id}`);
  await expect(adviserPage).toHaveURL(new RegExp(`/cases/${kept.id}$`));
  await adviserPage.goto(`/cases/${duplicate.id}/tasks`);
  await expect(adviserPage).toHaveURL(new RegExp(`/cases/${kept.id}$`));
  // The kept case tells the story: who proposed, who confirmed, why.
  const past = adviserPage.getByTestId("timeline-past");
  await expect(past.getByText(`Ärende ${duplicate.caseNumber} slogs samman med det här ärendet`, { exact: false })).toBeVisible();
  await expect(past.getByText("Samma personnummer och födelsedatum; registrerad två gånger vid mottagningen").first()).toBeVisible();
  await expect(past.getByText("Sammanslagning föreslagen")).toBeVisible();
  await expect(adviserPage.getByTestId("case-merges").getByText(new RegExp(`Ärende ${duplicate.caseNumber.replace("/", "\\/")} slogs samman med det här ärendet \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}`))).toBeVisible();
  await adviserPage.getByRole("region", { name: "Tidslinje" }).screenshot({ path: shot(testInfo, "timeline-with-merge.png") });
  await narrow(adviserPage, shot(testInfo, "case-after-merge-320.png"));
  // The old number's own record says where it went.
  await adviserPage.goto(`/print/cases/${duplicate.id}`);
  await expect(adviserPage.getByTestId("printed-merges")).toContainText(`Sammanslaget med ärende ${kept.caseNumber}`);
});

test("a recorded decision is corrected with a reason, the earlier one kept and shown; recording a decision moves the case along", async ({ page }, testInfo) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const adviser = await adviserRow();
  const { id: caseId } = await newCase("REFERRED");
  const [organisation] = await query<{ id: string }>(`SELECT id FROM "Organisation" WHERE "isActive" ORDER BY name LIMIT 1`);
  const referralId = id("e2erf");
  await query(
    `INSERT INTO "Referral" (id, "caseId", "organisationId", type, status, "consentGivenOn", "sentOn", "createdById", version, "updatedAt")
     VALUES ($1, $2, $3, 'RETURN_GRANT_APPLICATION', 'SENT', current_date - 10, current_date - 9, $4, 2, now())`,
    [referralId, caseId, organisation!.id, adviser.id],
  );
  await query(`INSERT INTO "ReferralEvent" (id, "referralId", "fromStatus", "toStatus", "occurredOn", "byUserId", "updatedAt") VALUES ($1, $2, 'DRAFT', 'SENT', current_date - 9, $3, now())`, [
    id("e2ere"),
    referralId,
    adviser.id,
  ]);
  await signInAs(page, DEMO.adviser);

  // The decision form offers the case's status, ticked; the note becomes its reason.
  await page.goto(`/cases/${caseId}/referrals/${referralId}`);
  const decision = page.getByRole("form", { name: "Registrera beslut" });
  await decision.getByLabel("Beviljad").check();
  await decision.getByLabel(/belopp/i).fill("40000");
  await decision.getByLabel(/diarienummer/i).fill("MIG-2026-77");
  const offer = decision.getByLabel("Ändra också ärendets status efter beslutet");
  await expect(offer).toBeChecked();
  // Without a comment the decision itself would be the reason (referrals.spec.ts); this adviser writes one.
  await decision.getByLabel("Kommentar").fill("Beslut från Migrationsverket per post");
  await decision.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(page.getByText("Ärendets status är ändrad till ”Väntar på beslut”.")).toBeVisible();
  expect(await query('SELECT status FROM "Case" WHERE id = $1', [caseId])).toEqual([{ status: "AWAITING_DECISION" }]);
  expect(await query(`SELECT reason FROM "CaseStatusChange" WHERE "caseId" = $1 AND "toStatus" = 'AWAITING_DECISION'`, [caseId])).toEqual([{ reason: "Beslut från Migrationsverket per post" }]);

  // Correcting it: without a reason refused; with one, the decision changes and the history keeps the first.
  await page.getByText("Rätta beslutet").click();
  const fix = page.getByRole("form", { name: "Rätta beslutet" });
  await fix.getByLabel("Avslag").check();
  await fix.getByLabel(/belopp/i).fill("");
  await fix.getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(fix.getByText("Skriv varför beslutet rättas.", { exact: true })).toBeVisible();
  expect(await query('SELECT count(*)::int AS n FROM "ReferralDecisionCorrection" WHERE "referralId" = $1', [referralId])).toEqual([{ n: 0 }]);
  await fix.getByLabel("Skäl till rättelsen").fill("Fel beslut registrerat: brevet gällde ett avslag");
  await fix.getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(page.getByText("Beslutet är rättat. Det tidigare beslutet finns kvar i historiken.")).toBeVisible();
  const corrections = page.getByTestId("decision-corrections");
  await expect(corrections).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}, .+: Beviljad.+ ändrades till Avslag/);
  await expect(corrections).toContainText("Skäl: Fel beslut registrerat: brevet gällde ett avslag");
  await expect(page.getByText("Rättat", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: shot(testInfo, "referral-decision-corrected.png"), fullPage: true });
  await narrow(page, shot(testInfo, "referral-decision-corrected-320.png"));

  // The timeline: the decision as first recorded, then its correction, with who and why.
  await page.goto(`/cases/${caseId}`);
  const past = page.getByTestId("timeline-past");
  await expect(past.getByText(/Beslut rättat .*Beviljad.*→ Avslag/)).toBeVisible();
  await expect(past.getByText("Fel beslut registrerat: brevet gällde ett avslag")).toBeVisible();
});

test("a document registered in error is withdrawn with a reason: hidden from the list, kept, and on the timeline", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const adviser = await adviserRow();
  const { id: caseId } = await newCase("COUNSELLING");
  const documentId = id("e2edoc");
  await query(
    `INSERT INTO "Document" (id, "caseId", "fileName", "mimeType", "sizeBytes", sha256, content, "uploadedById", "updatedAt")
     VALUES ($1, $2, 'fel-persons-pass.pdf', 'application/pdf', 4, 'x', '\\x25504446'::bytea, $3, now())`,
    [documentId, caseId, adviser.id],
  );
  await signInAs(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/documents`);
  await page.getByText("Felregistrerat…").click();
  await page.getByLabel("Anledning").fill("Fel persons pass, uppladdat av misstag");
  await page.getByRole("button", { name: "Återkalla dokumentet" }).click();
  // Gone from the default list (the form goes with it), kept behind "show withdrawn".
  await expect(page.getByText("fel-persons-pass.pdf")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("fel-persons-pass.pdf")).toHaveCount(0);
  await page.getByRole("link", { name: "Visa återkallade (1)" }).click();
  await expect(page.getByText("fel-persons-pass.pdf")).toBeVisible();
  await expect(page.getByText(/Fel persons pass, uppladdat av misstag/)).toBeVisible();
  expect(await query('SELECT "withdrawnReason" FROM "Document" WHERE id = $1', [documentId])).toEqual([{ withdrawnReason: "Fel persons pass, uppladdat av misstag" }]);
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId("timeline-past").getByText("Fel persons pass, uppladdat av misstag")).toBeVisible();
});

test("a task is handed to a colleague, done, and reopened, each on the timeline", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const adviser = await adviserRow();
  const other = await colleague(adviser.teamId);
  const { id: caseId } = await newCase("COUNSELLING");
  const taskId = id("e2etk");
  await query(`INSERT INTO "Task" (id, "caseId", "assigneeId", title, "updatedAt") VALUES ($1, $2, $3, 'Kontakta IOM om resan', now())`, [taskId, caseId, adviser.id]);
  await signInAs(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/tasks`);

  // Reassign (and retitle) in the edit form.
  await page.getByLabel("Ändra: Kontakta IOM om resan").click();
  const edit = page.locator("form").filter({ has: page.getByRole("button", { name: "Spara uppgiften" }) });
  await edit.getByLabel("Uppgift", { exact: true }).fill("Kontakta IOM om resan i maj");
  await edit.getByLabel("Ansvarig").selectOption({ label: other.name });
  await edit.getByRole("button", { name: "Spara uppgiften" }).click();
  await expect(page.getByText("Uppgiften är sparad.")).toBeVisible();
  await page.reload();
  expect(await query('SELECT title, "assigneeId" FROM "Task" WHERE id = $1', [taskId])).toEqual([{ title: "Kontakta IOM om resan i maj", assigneeId: other.id }]);
  await expect(page.getByRole("cell", { name: other.name })).toBeVisible();

  // Done, then reopened.
  await page.getByRole("button", { name: "Markera som klar: Kontakta IOM om resan i maj" }).click();
  await expect(page.getByRole("button", { name: "Öppna igen: Kontakta IOM om resan i maj" })).toBeVisible();
  await page.getByRole("button", { name: "Öppna igen: Kontakta IOM om resan i maj" }).click();
  await expect(page.getByRole("button", { name: "Markera som klar: Kontakta IOM om resan i maj" })).toBeVisible();
  expect(await query('SELECT status FROM "Task" WHERE id = $1', [taskId])).toEqual([{ status: "OPEN" }]);

  await page.goto(`/cases/${caseId}`);
  const past = page.getByTestId("timeline-past");
  await expect(past.getByText("Uppgift klar", { exact: false })).toBeVisible();
  await expect(past.getByText("Uppgift återöppnad", { exact: false })).toBeVisible();
});

// The case journal end to end: an adviser writes a draft, signs it, is refused
// a correction without a reason (nothing changed, the refusal audited),
// corrects it with one, and sees the "corrected" mark and the history with the
// changed words; the timeline shows the signing and the correction with who
// and when, with what lies ahead in its own section below; the print view of
// the record is A4 with the secrecy marking and the corrections.
// Screenshots go to SHOTS_DIR when set (the review keeps them), else to the test's output.
import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signInAs } from "./support/sign-in";
import { shot } from "./support/shots";
import { query } from "./support/db";
import { newCase } from "./support/cases";

test("an adviser signs an entry, corrects it with a reason, and the history, timeline and print show it", async ({ page }, testInfo) => {
  const { id: caseId, caseNumber } = await newCase("COUNSELLING");
  const [adviser] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [DEMO.adviser]);
  await query(
    `INSERT INTO "Task" (id, "caseId", "assigneeId", title, "dueOn", "updatedAt") VALUES ($1, $2, $3, 'Boka tolk till nästa samtal', current_date + 3, now())`,
    [`e2ejt${caseId}`, caseId, adviser!.id],
  );
  await signInAs(page, DEMO.adviser);

  // A draft, then signed.
  await page.goto(`/cases/${caseId}/journal`);
  const newEntry = page.getByRole("region", { name: "Ny anteckning" });
  await newEntry.getByLabel("Text", { exact: true }).fill("Amina vill resa hem i maj tillsammans med sin bror.");
  await newEntry.getByRole("button", { name: "Spara utkast" }).click();
  const entry = page.getByTestId("journal-entry").first();
  await expect(entry.getByText("Utkast", { exact: true })).toBeVisible();
  await entry.getByRole("button", { name: "Signera" }).click();
  await expect(entry.getByText(/^Signerad /)).toBeVisible();
  // The record's times are YYYY-MM-DD HH:mm in every language (issue 11, lib/dates formatOfficeDateTime).
  await expect(entry.getByText(/^Signerad \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeVisible();
  await expect(entry.getByRole("button", { name: "Signera" })).toHaveCount(0);

  // A correction without a reason: refused, explained, nothing changed, the refusal audited.
  await entry.getByText("Rätta", { exact: true }).click();
  await entry.getByLabel("Rättad text").fill("Amina vill resa hem i juni tillsammans med sin bror.");
  await entry.getByRole("button", { name: "Spara rättelse" }).click();
  await expect(entry.getByText("Skriv varför anteckningen rättas.", { exact: false }).first()).toBeVisible();
  const [{ id: entryId }] = (await query<{ id: string }>('SELECT id FROM "JournalEntry" WHERE "caseId" = $1', [caseId])) as [{ id: string }];
  expect(await query('SELECT version, text FROM "JournalEntryVersion" WHERE "entryId" = $1', [entryId])).toEqual([
    { version: 1, text: "Amina vill resa hem i maj tillsammans med sin bror." },
  ]);
  expect(await query(`SELECT reason FROM "AuditEvent" WHERE "resourceId" = $1 AND action = 'write.refused'`, [entryId])).toEqual([
    { reason: "journal.correct.correctionReasonRequired" },
  ]);

  // With a reason: saved as version 2, the entry marked corrected, the history showing both and the changed words.
  await entry.getByLabel("Skäl till rättelsen").fill("Fel månad antecknad, enligt Amina vid telefonsamtal");
  await entry.getByRole("button", { name: "Spara rättelse" }).click();
  await expect(entry.getByTestId("corrected-mark")).toBeVisible();
  await expect(entry.getByTestId("journal-text")).toHaveText("Amina vill resa hem i juni tillsammans med sin bror.");
  await entry.getByText("Historik (2 versioner)").click();
  const history = entry.getByTestId("journal-history");
  await expect(history.getByText(/^Version 1: signerad av /)).toBeVisible();
  await expect(history.getByText(/^Version 2: rättad av /)).toBeVisible();
  await expect(history.getByText("Skäl: Fel månad antecknad, enligt Amina vid telefonsamtal")).toBeVisible();
  await expect(history.locator("del")).toHaveText(["maj"]);
  await expect(history.locator("ins")).toHaveText(["juni"]);
  await entry.screenshot({ path: shot(testInfo, "journal-entry-history.png") });

  // The timeline: signing and correcting with who and when, then "Coming up" below the past.
  await page.goto(`/cases/${caseId}`);
  const past = page.getByTestId("timeline-past");
  await expect(past.getByText("Journalanteckning signerad", { exact: false })).toBeVisible();
  await expect(past.getByText("Journalanteckning rättad", { exact: false })).toBeVisible();
  await expect(past.getByText(/^Registrerat av /).first()).toBeVisible();
  const comingUp = page.getByTestId("timeline-coming-up");
  await expect(comingUp.getByText("Boka tolk till nästa samtal")).toBeVisible();
  const pastBox = (await past.boundingBox())!;
  const comingBox = (await comingUp.boundingBox())!;
  expect(comingBox.y).toBeGreaterThan(pastBox.y);
  await page.getByRole("region", { name: "Tidslinje" }).screenshot({ path: shot(testInfo, "case-timeline.png") });

  // The print view: A4, secrecy marking, case number, the signed state and the correction.
  await page.goto(`/print/cases/${caseId}`);
  await expect(page.getByTestId("secrecy-marking")).toHaveText("Sekretess enligt 26 kap. OSL");
  await expect(page.getByRole("heading", { name: `Journal för ärende ${caseNumber}` })).toBeVisible();
  await expect(page.getByTestId("corrected-mark")).toBeVisible();
  await expect(page.getByTestId("journal-history").locator("ins")).toHaveText(["juni"]);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ path: shot(testInfo, "case-record.pdf"), preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("a session's note is written and signed on the session's page, and the session prints on its own", async ({ page }, testInfo) => {
  const { id: caseId, caseNumber } = await newCase("COUNSELLING");
  const [adviser] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [DEMO.adviser]);
  const sessionId = `e2ejs${caseId}`;
  await query(
    `INSERT INTO "CounsellingSession" (id, "caseId", "startsAt", "durationMinutes", mode, topics, "authorId", "updatedAt")
     VALUES ($1, $2, now() - interval '1 hour', 45, 'IN_PERSON', '{TRAVEL}', $3, now())`,
    [sessionId, caseId, adviser!.id],
  );
  await signInAs(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/sessions/${sessionId}`);
  const notes = page.getByRole("region", { name: "Journal för samtalet" });
  await notes.getByText("Skriv en anteckning om samtalet").click();
  await notes.getByLabel("Text", { exact: true }).fill("Vi gick igenom resplanen och vad som behövs för pass.");
  await notes.getByRole("button", { name: "Spara utkast" }).click();
  const entry = notes.getByTestId("journal-entry");
  await expect(entry.getByText("Utkast", { exact: true })).toBeVisible();
  await entry.getByRole("button", { name: "Signera" }).click();
  await expect(entry.getByText(/^Signerad /)).toBeVisible();
  expect(await query('SELECT kind, "sessionId" FROM "JournalEntry" WHERE "caseId" = $1', [caseId])).toEqual([{ kind: "SESSION_NOTE", sessionId }]);

  await page.goto(`/print/cases/${caseId}/sessions/${sessionId}`);
  await expect(page.getByTestId("secrecy-marking")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(caseNumber);
  await expect(page.getByTestId("journal-text")).toHaveText("Vi gick igenom resplanen och vad som behövs för pass.");
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: shot(testInfo, "session-record.pdf"), preferCSSPageSize: true, printBackground: true });
});

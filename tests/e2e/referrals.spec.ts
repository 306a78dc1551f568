// Referrals end to end: an adviser refers a case to Migrationsverket with the
// person's consent, downloads the letter (a PDF with the case number and none
// of what must stay in the office), records the decision and finds it on the
// case timeline; a referral without consent cannot be sent; "Remisser" lists
// overdue referrals first; bad input on the forms is explained and changes
// nothing. Each test makes the case it needs directly in the database.
import crypto from "node:crypto";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { SCRIPT, watchDialogs } from "./support/dialogs";
import { signIn as signInWith } from "./support/sign-in";
import { query } from "./support/db";
import { officeToday } from "../../lib/dates";
import { makeIdentityNumber } from "../../lib/identity-number";

const TODAY = officeToday();

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const newId = (prefix: string) => `${prefix}${crypto.randomBytes(8).toString("hex")}`;

type TestCase = { id: string; caseNumber: string; lastName: string; phone: string; sessionNote: string; identityNumber: string };

/**
 * A case of the demo adviser's in PLANNING, with a phone number, a child in the
 * household and a counselling session whose notes must never leave the office.
 */
async function newCase(): Promise<TestCase> {
  const [adviser] = await query<{ id: string; teamId: string }>('SELECT id, "teamId" FROM "User" WHERE email = $1', [DEMO.adviser]);
  const id = newId("e2eref");
  const run = crypto.randomBytes(3).toString("hex");
  const year = Number(TODAY.slice(0, 4));
  const seq = 700_000 + crypto.randomInt(99_999);
  const caseNumber = `${year}/${seq}`;
  const lastName = `Remissdóttir ${run}`;
  const phone = `070-${crypto.randomInt(100, 999)} ${crypto.randomInt(10, 99)} ${crypto.randomInt(10, 99)}`;
  const identityNumber = makeIdentityNumber("1984-04-12", crypto.randomInt(1000));
  const sessionNote = `Hemlig samtalsanteckning ${run}: oro för hälsan`;
  await query(
    `INSERT INTO "Case" (id, "caseNumber", "caseYear", "caseSeq", status, "adviserId", "teamId", "firstName", "lastName", "birthDate",
                         "identityNumber", citizenships, languages, phone, email, address, "destinationCountry", "updatedAt")
     VALUES ($1, $2, $3, $4, 'PLANNING', $5, $6, 'Amina', $7, '1984-04-12', $8, '{IQ}', '{ar}', $9, $10, 'Bredängsvägen 12', 'IQ', now())`,
    [id, caseNumber, year, seq, adviser!.id, adviser!.teamId, lastName, identityNumber, phone, `amina.${run}@example.org`],
  );
  await query(`INSERT INTO "CaseStatusChange" (id, "caseId", "toStatus", "effectiveOn", reason, "updatedAt") VALUES ($1, $2, 'PLANNING', '2020-01-01', '', now())`, [newId("e2esc"), id]);
  await query(
    `INSERT INTO "HouseholdMember" (id, "caseId", relation, "firstName", "lastName", "birthDate", citizenships, "updatedAt")
     VALUES ($1, $2, 'CHILD', 'Lina', $3, '2014-05-06', '{IQ}', now())`,
    [newId("e2ehm"), id, lastName],
  );
  await query(
    `INSERT INTO "CounsellingSession" (id, "caseId", "startsAt", "durationMinutes", mode, notes, "updatedAt") VALUES ($1, $2, now() - interval '2 days', 45, 'IN_PERSON', $3, now())`,
    [newId("e2ecs"), id, sessionNote],
  );
  return { id, caseNumber, lastName, phone, sessionNote, identityNumber };
}

async function referralsOf(caseId: string) {
  return query<{ id: string; status: string; version: number; events: string; decision: string | null; amount: number | null }>(
    `SELECT r.id, r.status::text, r.version, (SELECT count(*)::text FROM "ReferralEvent" e WHERE e."referralId" = r.id) AS events,
            r.decision::text, r."decisionAmountSek" AS amount
     FROM "Referral" r WHERE r."caseId" = $1 ORDER BY r."createdAt"`,
    [caseId],
  );
}

/** Signed in once the start page has loaded, so the next navigation carries the session. */
async function signIn(page: Page, email: string): Promise<void> {
  await signInWith(page, email);
  await expect(page).not.toHaveURL(/\/login/);
}

async function pdfText(file: string): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync(file)) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

async function createReferral(page: Page, caseId: string, options: { consent: boolean; note?: string }) {
  await page.goto(`/cases/${caseId}/referrals`);
  await page.getByRole("link", { name: "Ny remiss" }).click();
  await expect(page.getByRole("heading", { name: "Ny remiss" })).toBeVisible();
  await page.getByLabel("Mottagare", { exact: true }).selectOption({ label: "Migrationsverket" });
  await page.getByRole("radio", { name: /Ansökan om återvandringsbidrag/ }).check();
  if (options.note) await page.getByLabel("Intern anteckning", { exact: true }).fill(options.note);
  if (options.consent) {
    await page.getByLabel("Datum för samtycke", { exact: true }).fill(TODAY);
    await page.getByLabel("Hur samtycket gavs", { exact: true }).fill("Muntligt, med tolk på arabiska");
  }
  await page.getByRole("button", { name: "Spara remissen" }).click();
  await expect(page.getByRole("heading", { name: "Ansökan om återvandringsbidrag till Migrationsverket" })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("an adviser refers a case to Migrationsverket with consent, downloads the letter, records the grant and sees it on the timeline", async ({ page }, testInfo) => {
  // Ten pages, each checked by axe again at the end.
  test.slow();
  const dialogs = watchDialogs(page);
  const testCase = await newCase();
  const run = crypto.randomBytes(3).toString("hex");
  await signIn(page, DEMO.adviser);

  const referralId = await createReferral(page, testCase.id, { consent: true, note: `Ring handläggaren först ${run}` });
  await expect(page.getByText("Utkast", { exact: true })).toBeVisible();

  // The letter: a PDF with the case number, the person and what Migrationsverket needs, nothing more.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Ladda ner remissbrevet (PDF)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`remiss-${testCase.caseNumber.replace("/", "-")}.pdf`);
  const letterPath = testInfo.outputPath("referral-letter.pdf");
  await download.saveAs(letterPath);
  const letter = await pdfText(letterPath);
  expect(letter).toContain(testCase.caseNumber);
  expect(letter).toContain(`Amina ${testCase.lastName}`);
  expect(letter).toContain(`${testCase.identityNumber.slice(0, 8)}-${testCase.identityNumber.slice(8)}`);
  expect(letter).toContain("Lina");
  expect(letter).toContain("Irak");
  for (const secret of [testCase.phone, testCase.sessionNote, "oro för hälsan", `Ring handläggaren först ${run}`, "Muntligt, med tolk", "Bredängsvägen", "@example.org"]) {
    expect(letter, `the letter must not carry "${secret}"`).not.toContain(secret);
  }
  const [downloads] = await query<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEvent" WHERE action = 'referral.letter.download' AND "resourceId" = $1`, [referralId]);
  expect(Number(downloads!.n)).toBe(1);

  // Sent, then the decision.
  const statusForm = page.getByRole("form", { name: "Ändra status" });
  await statusForm.getByLabel("Ny status", { exact: true }).selectOption({ label: "Skickad" });
  await statusForm.getByLabel("Datum", { exact: true }).fill(TODAY);
  await statusForm.getByLabel("Kommentar", { exact: true }).fill("Skickad via Migrationsverkets e-tjänst");
  await statusForm.getByRole("button", { name: "Spara status" }).click();
  await expect(page.getByText("Statusen är ändrad.")).toBeVisible();
  await expect(page.getByText("Skickad", { exact: true }).first()).toBeVisible();

  const decisionForm = page.getByRole("form", { name: "Registrera beslut" });
  await decisionForm.getByRole("radio", { name: "Beviljad" }).check();
  await decisionForm.getByLabel("Beviljat belopp i kronor", { exact: true }).fill("40 000");
  await decisionForm.getByLabel("Mottagarens diarienummer", { exact: true }).fill(`MIG-2026-${run}`);
  await decisionForm.getByLabel("Beslutsdatum", { exact: true }).fill(TODAY);
  await decisionForm.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(page.getByText("Beslutet är registrerat.")).toBeVisible();
  await expect(page.getByText(/Beviljad, .* 40\s000\s?kr/)).toBeVisible();
  await expect(page.getByText(`MIG-2026-${run}`)).toBeVisible();
  expect(await referralsOf(testCase.id)).toMatchObject([{ id: referralId, status: "DECIDED", decision: "GRANTED", amount: 40_000, events: "3" }]);
  // No comment was written, so the case's status followed the decision with the decision itself as the reason.
  expect(await query(`SELECT DISTINCT reason FROM "CaseStatusChange" WHERE "caseId" = $1 AND "toStatus" IN ('REFERRED', 'AWAITING_DECISION')`, [testCase.id])).toEqual([
    { reason: "Beslut på remissen: Beviljad." },
  ]);
  await page.screenshot({ path: testInfo.outputPath("referral-detail.png"), fullPage: true });

  // On the case's timeline.
  await page.goto(`/cases/${testCase.id}`);
  const timeline = page.getByRole("region", { name: "Tidslinje" });
  await expect(timeline.getByText(new RegExp(`^Migrationsverket: beslutad: Beviljad, 40\\s000\\s?kr \\(Mottagarens diarienummer: MIG-2026-${run}\\)`))).toBeVisible();
  await expect(timeline.getByText("Migrationsverket: skickad")).toBeVisible();
  await expect(timeline.getByText("Skickad via Migrationsverkets e-tjänst")).toBeVisible();

  // And in "Remisser", among all of the adviser's referrals.
  await page.goto("/referrals?scope=mine&status=all");
  await expect(page.getByRole("link", { name: `Öppna remissen i ärende ${testCase.caseNumber}` })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("a referral without consent cannot be sent: the adviser is told why and nothing changes", async ({ page, request }) => {
  const testCase = await newCase();
  await signIn(page, DEMO.adviser);
  const referralId = await createReferral(page, testCase.id, { consent: false });
  await expect(page.getByText("Inte registrerat. Remissen kan inte skickas.")).toBeVisible();
  await expect(page.getByText("Brevet kan skapas när personens samtycke är registrerat.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ladda ner remissbrevet (PDF)" })).toHaveCount(0);
  const before = await referralsOf(testCase.id);

  const statusForm = page.getByRole("form", { name: "Ändra status" });
  await expect(statusForm.getByText("Remissen kan skickas först när personens samtycke är registrerat.")).toBeVisible();
  await statusForm.getByLabel("Ny status", { exact: true }).selectOption({ label: "Skickad" });
  await statusForm.getByRole("button", { name: "Spara status" }).click();
  await expect(statusForm.getByRole("alert")).toHaveText("Remissen kan inte skickas utan personens samtycke. Registrera samtycket först.");
  expect(await referralsOf(testCase.id)).toEqual(before);
  expect(before).toMatchObject([{ status: "DRAFT", version: 1, events: "1" }]);

  // The letter route refuses too, whatever the page offered.
  const response = await page.request.get(`/api/referrals/${referralId}/letter`);
  expect(response.status()).toBe(409);
  expect(await response.text()).toContain("samtycke");
  expect(response.headers()["cache-control"]).toContain("no-store");
  // And without a session there is nothing but the way to sign in.
  const anonymous = await request.get(`/api/referrals/${referralId}/letter`, { maxRedirects: 0 });
  expect(anonymous.status()).toBeGreaterThanOrEqual(300);
  expect(anonymous.status()).toBeLessThan(400);

  // With consent recorded it can be sent.
  const consentForm = page.getByRole("form", { name: "Registrera samtycke" });
  await consentForm.getByLabel("Datum för samtycke", { exact: true }).fill(TODAY);
  await consentForm.getByRole("button", { name: "Spara samtycket" }).click();
  await expect(page.getByText("Samtycket är registrerat.")).toBeVisible();
  await page.getByRole("form", { name: "Ändra status" }).getByLabel("Ny status", { exact: true }).selectOption({ label: "Skickad" });
  await page.getByRole("form", { name: "Ändra status" }).getByRole("button", { name: "Spara status" }).click();
  await expect(page.getByText("Statusen är ändrad.")).toBeVisible();
  expect(await referralsOf(testCase.id)).toMatchObject([{ status: "SENT", events: "2" }]);
});

test("Remisser shows overdue referrals first, with the filters in the URL", async ({ page }, testInfo) => {
  const late = await newCase();
  const recent = await newCase();
  const [organisation] = await query<{ id: string }>(`SELECT id FROM "Organisation" WHERE name = 'Migrationsverket'`);
  const [adviser] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [DEMO.adviser]);
  // Written as the app would have: consent, sent 90 and 2 days ago, each with its events.
  for (const [testCase, daysAgo] of [
    [late, 90],
    [recent, 2],
  ] as const) {
    const id = newId("e2erefr");
    const sentOn = addDays(TODAY, -daysAgo);
    await query(
      `INSERT INTO "Referral" (id, "caseId", "organisationId", type, status, "statusSince", "consentGivenOn", "sentOn", version, "createdById", "updatedAt")
       VALUES ($1, $2, $3, 'RETURN_GRANT_APPLICATION', 'SENT', $4::date, $4::date, $4::date, 2, $5, now())`,
      [id, testCase.id, organisation!.id, sentOn, adviser!.id],
    );
    await query(
      `INSERT INTO "ReferralEvent" (id, "referralId", "fromStatus", "toStatus", "occurredOn", "byUserId", "updatedAt")
       VALUES ($1, $2, NULL, 'DRAFT', $3::date, $4, now()), ($5, $2, 'DRAFT', 'SENT', $3::date, $4, now())`,
      [newId("e2ere"), id, sentOn, adviser!.id, newId("e2ere")],
    );
  }
  await signIn(page, DEMO.adviser);
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Remisser" }).click();
  await expect(page.getByRole("heading", { name: "Remisser", level: 1 })).toBeVisible();

  await page.getByLabel("Bara försenade", { exact: true }).check();
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(page.getByLabel("Bara försenade", { exact: true })).toBeChecked();
  const rows = page.getByRole("row");
  await expect(page.getByRole("link", { name: `Öppna remissen i ärende ${late.caseNumber}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Öppna remissen i ärende ${recent.caseNumber}` })).toHaveCount(0);
  await expect(rows.filter({ hasText: late.caseNumber }).getByText("Försenad")).toBeVisible();

  await page.getByLabel("Bara försenade", { exact: true }).uncheck();
  await page.getByRole("radio", { name: "Teamets remisser" }).check();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Skickad" });
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/scope=team/);
  await expect(page).toHaveURL(/status=SENT/);
  await expect(page.getByRole("link", { name: `Öppna remissen i ärende ${recent.caseNumber}` })).toBeVisible();
  // Overdue first: every overdue row comes before the first one on time.
  const flags = await page.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.textContent?.includes("Försenad") ?? false));
  expect(flags.indexOf(false) === -1 || flags.slice(flags.indexOf(false)).every((flag) => !flag)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath("referrals-list.png"), fullPage: true });
});

test("the referral forms explain bad input and save nothing", async ({ page }) => {
  const dialogs = watchDialogs(page);
  const testCase = await newCase();
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${testCase.id}/referrals/new`);

  // Empty.
  await page.getByRole("button", { name: "Spara remissen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Formuläret innehåller fel." })).toBeVisible();
  await expect(page.getByLabel("Mottagare", { exact: true })).toHaveAccessibleDescription("Välj mottagare.");
  await expect(page.getByRole("radiogroup", { name: "Typ av remiss" })).toHaveAccessibleDescription(/Välj typ av remiss\./);

  // Too long, an impossible date, and a script (kept as the text it is).
  await page.getByLabel("Mottagare", { exact: true }).selectOption({ label: "Migrationsverket" });
  await page.getByRole("radio", { name: /Endast information/ }).check();
  await page.getByLabel("Intern anteckning", { exact: true }).fill(`${SCRIPT} ${"x".repeat(2001)}`);
  await page.getByLabel("Datum för samtycke", { exact: true }).fill("2026-02-30");
  await page.getByLabel("Hur samtycket gavs", { exact: true }).fill(SCRIPT);
  await page.getByRole("button", { name: "Spara remissen" }).click();
  await expect(page.getByLabel("Intern anteckning", { exact: true })).toHaveAccessibleDescription(/högst 2000 tecken/);
  await expect(page.getByLabel("Datum för samtycke", { exact: true })).toHaveAccessibleDescription(/Datumet finns inte i kalendern\./);
  await expect(page.getByLabel("Hur samtycket gavs", { exact: true })).toHaveValue(SCRIPT);
  await expect(page.getByRole("radio", { name: /Endast information/ })).toBeChecked();
  expect(await referralsOf(testCase.id)).toEqual([]);

  // Fixed: saved, and the script shows as text.
  await page.getByLabel("Intern anteckning", { exact: true }).fill(SCRIPT);
  await page.getByLabel("Datum för samtycke", { exact: true }).fill(TODAY);
  await page.getByRole("button", { name: "Spara remissen" }).click();
  await expect(page.getByRole("heading", { name: "Endast information till Migrationsverket" })).toBeVisible();
  await expect(page.getByText(SCRIPT).first()).toBeVisible();

  // The decision form: an impossible date, a reference with markup, an amount that is not one.
  const statusForm = page.getByRole("form", { name: "Ändra status" });
  await statusForm.getByLabel("Ny status", { exact: true }).selectOption({ label: "Skickad" });
  await statusForm.getByRole("button", { name: "Spara status" }).click();
  await expect(page.getByText("Statusen är ändrad.")).toBeVisible();
  const before = await referralsOf(testCase.id);
  const decisionForm = page.getByRole("form", { name: "Registrera beslut" });
  await decisionForm.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(decisionForm.getByRole("radiogroup", { name: "Beslut" })).toHaveAccessibleDescription(/Välj beviljad eller avslag\./);
  await decisionForm.getByRole("radio", { name: "Beviljad" }).check();
  await decisionForm.getByLabel("Beviljat belopp i kronor", { exact: true }).fill("fyrtio tusen");
  await decisionForm.getByLabel("Mottagarens diarienummer", { exact: true }).fill(SCRIPT);
  await decisionForm.getByLabel("Beslutsdatum", { exact: true }).fill("2026-02-30");
  await decisionForm.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(decisionForm.getByLabel("Beviljat belopp i kronor", { exact: true })).toHaveAccessibleDescription(/Ange beloppet i hela kronor/);
  await expect(decisionForm.getByLabel("Mottagarens diarienummer", { exact: true })).toHaveAccessibleDescription(/bara innehålla bokstäver, siffror/);
  await expect(decisionForm.getByLabel("Beslutsdatum", { exact: true })).toHaveAccessibleDescription(/Datumet finns inte i kalendern\./);
  // A grant without its amount is refused by the data layer.
  await decisionForm.getByLabel("Beviljat belopp i kronor", { exact: true }).fill("");
  await decisionForm.getByLabel("Mottagarens diarienummer", { exact: true }).fill("");
  await decisionForm.getByLabel("Beslutsdatum", { exact: true }).fill(TODAY);
  await decisionForm.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(decisionForm.getByLabel("Beviljat belopp i kronor", { exact: true })).toHaveAccessibleDescription(/Ange beviljat belopp i kronor/);
  expect(await referralsOf(testCase.id)).toEqual(before);
  expect(dialogs).toEqual([]);
});

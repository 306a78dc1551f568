// Retention and a person's own data end to end (issue 13 parts 3–4): the
// administrator sets the rules, makes the month's list (the dry run), sees its
// counts and approves it, and the listed cases are gone with their anonymous
// records kept; an adviser sets a legal hold and downloads one household
// member's extract, whose ZIP holds the PDF and the JSON and leaves out the
// other members' entries. axe and 1280/320 px on the new pages; screenshots
// of the dry run and of the extract PDF's pages go to /work/notes/shots/retention.
// The kept case (research sample) waits on the list until an adviser records
// its transfer to the archive; the next list passes it by.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { newCase } from "./support/cases";

const SHOTS = "/work/notes/shots/retention";

async function noSidewaysScroll(page: Page, width: number) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
}

test.afterAll(async () => {
  // The office's rule back to its default for the other specs.
  await query(`DELETE FROM "Setting" WHERE key LIKE 'retention.%'`);
});

test("the administrator sets the rules, reviews the dry run with its counts, approves it, and the cases go", async ({ page }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  // Cases whose last entry was in 1970: with the rule at 50 years only these are due, never the demo data.
  const remove1 = await newCase("CLOSED");
  const remove2 = await newCase("CLOSED");
  const sample = await newCase("CLOSED");
  await query(`UPDATE "Case" SET "lastEntryAt" = '1970-06-01', "openedAt" = '1970-01-10', "birthDate" = '1950-03-03' WHERE id = ANY($1)`, [[remove1.id, remove2.id]]);
  await query(`UPDATE "Case" SET "lastEntryAt" = '1970-06-01', "openedAt" = '1970-01-10', "birthDate" = '1950-03-15' WHERE id = $1`, [sample.id]);
  await query(`INSERT INTO "HouseholdMember" (id, "caseId", relation, "firstName", "lastName", "birthDate", "updatedAt") VALUES ($1, $2, 'CHILD', 'Sara', 'Test', '1960-01-01', now())`, [
    `e2eret${remove1.id}`,
    remove1.id,
  ]);

  await signIn(page, DEMO.admin);
  await page.goto("/admin/settings");
  const rules = page.getByRole("form", { name: "Gallring" });
  await rules.getByLabel("År efter utgången av året för sista anteckningen").fill("0");
  await rules.getByRole("button", { name: "Spara gallringsregler" }).click();
  await expect(rules.getByText("Ange ett helt antal år mellan 1 och 50.")).toBeVisible();
  await rules.getByLabel("År efter utgången av året för sista anteckningen").fill("50");
  await rules.getByRole("button", { name: "Spara gallringsregler" }).click();
  await expect(rules.getByText("Gallringsreglerna är sparade.")).toBeVisible();

  await page.goto("/admin/retention");
  await page.getByRole("button", { name: "Gör en ny lista nu" }).click();
  await expect(page.getByText("En ny lista är gjord.")).toBeVisible();
  await page.reload();
  const totals = page.getByTestId("retention-totals");
  await expect(totals).toContainText("Att gallra2");
  await expect(totals).toContainText("Att överlämna till arkiv1");
  await expect(totals).toContainText("Hushållsmedlemmar1");
  const table = page.getByRole("table", { name: "Ärenden på listan" });
  await expect(table.getByRole("row", { name: new RegExp(sample.caseNumber) })).toContainText("Bevaras, överlämnas till arkiv");
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
    await noSidewaysScroll(page, width);
    await page.screenshot({ path: `${SHOTS}/retention-dry-run-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  // Nothing has been removed by looking.
  expect(await query(`SELECT count(*)::int AS n FROM "Case" WHERE id = ANY($1)`, [[remove1.id, remove2.id, sample.id]])).toEqual([{ n: 3 }]);

  await page.getByRole("button", { name: "Godkänn och gallra 2 ärenden" }).click();
  await expect(page.getByText("Gallringen är genomförd: 2 ärenden gallrade, 0 hoppades över.")).toBeVisible();
  expect(await query(`SELECT id FROM "Case" WHERE id = ANY($1)`, [[remove1.id, remove2.id, sample.id]])).toEqual([{ id: sample.id }]);
  expect(await query(`SELECT "householdSize" FROM "RetainedCaseStatistics" WHERE "caseId" = $1`, [remove1.id])).toEqual([{ householdSize: 2 }]);
  await page.reload();
  await expect(page.getByRole("heading", { name: /Genomförd gallring/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/retention-done-1280.png`, fullPage: true });

  // The kept case's adviser hands its archive package over and records the archive's receipt.
  await page.context().clearCookies();
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${sample.id}/records`);
  const packaging = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ladda ned arkivpaket (ZIP)" }).click();
  const archive = unzipSync(fs.readFileSync((await (await packaging).path())!));
  expect(Object.keys(archive).some((name) => name.endsWith("/METS.xml"))).toBe(true);
  const transfer = page.getByRole("form", { name: "Registrera överlämningen" });
  await transfer.getByRole("button", { name: "Registrera överlämningen" }).click();
  await expect(transfer.getByText("Skriv arkivets kvittens eller diarienummer.")).toBeVisible();
  expect(await query(`SELECT "archiveTransferredAt" FROM "Case" WHERE id = $1`, [sample.id])).toEqual([{ archiveTransferredAt: null }]);
  await transfer.getByLabel("Arkivets kvittens eller diarienummer").fill("Stadsarkivet, leveransreversal 2026/41");
  await transfer.getByRole("button", { name: "Registrera överlämningen" }).click();
  await expect(page.getByTestId("archive-transfer")).toContainText("Överlämnat till arkivet");
  expect(await query(`SELECT reason FROM "AuditEvent" WHERE "caseId" = $1 AND action = 'case.archiveTransfer'`, [sample.id])).toEqual([
    { reason: "Stadsarkivet, leveransreversal 2026/41" },
  ]);
  await expectAccessible(page);
  await page.goto(`/cases/${sample.id}`);
  await expect(page.getByText("Överlämnat till arkivet")).toBeVisible();

  // The administrator sees it done on the list, and the next list no longer holds it.
  await page.context().clearCookies();
  await signIn(page, DEMO.admin);
  await page.goto("/admin/retention");
  await expect(table.getByRole("row", { name: new RegExp(sample.caseNumber) })).toContainText("Överlämnat till arkivet");
  await page.getByRole("button", { name: "Gör en ny lista nu" }).click();
  await expect(page.getByText("En ny lista är gjord.")).toBeVisible();
  await page.reload();
  await expect(totals).toContainText("Att överlämna till arkiv0");
  await expect(page.getByRole("table", { name: "Ärenden på listan" })).toHaveCount(0);
});

test("an adviser sets a legal hold and downloads a household member's extract: PDF and JSON, the others' entries left out", async ({ page }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const { id: caseId } = await newCase("COUNSELLING");
  const [adviser] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [DEMO.adviser]);
  const member = `e2exm${caseId}`;
  await query(`INSERT INTO "HouseholdMember" (id, "caseId", relation, "firstName", "lastName", "birthDate", "updatedAt") VALUES ($1, $2, 'SPOUSE', 'Karim', 'Haddad', '1982-02-02', now())`, [
    member,
    caseId,
  ]);
  for (const [id, text, about] of [
    [`e2exa${caseId}`, "Amina berättar om resan hem.", null],
    [`e2exk${caseId}`, "Karim behöver läkarintyg före resan.", member],
  ] as const) {
    await query(`INSERT INTO "JournalEntry" (id, "caseId", kind, "authorId", text, "householdMemberId", "signedAt", "updatedAt") VALUES ($1, $2, 'CASE_NOTE', $3, $4, $5, now(), now())`, [
      id,
      caseId,
      adviser!.id,
      text,
      about,
    ]);
    await query(`INSERT INTO "JournalEntryVersion" (id, "entryId", version, text, "authorId") VALUES ($1, $1, 1, $2, $3)`, [id, text, adviser!.id]);
  }

  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/records`);
  await page.getByLabel("Skäl till spärren").fill("Överklagande av beslut pågår");
  await page.getByRole("button", { name: "Sätt gallringsspärr" }).click();
  await expect(page.getByTestId("legal-hold")).toContainText("Överklagande av beslut pågår");
  expect(await query(`SELECT "legalHoldReason" FROM "Case" WHERE id = $1`, [caseId])).toEqual([{ legalHoldReason: "Överklagande av beslut pågår" }]);

  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
    await noSidewaysScroll(page, width);
    await page.screenshot({ path: `${SHOTS}/case-records-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByLabel("Person").selectOption(member);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Skapa registerutdrag" }).click();
  const download = await downloading;
  const files = unzipSync(fs.readFileSync((await download.path())!));
  expect(Object.keys(files).sort()).toEqual(["utdrag.json", "utdrag.pdf"]);
  const extract = JSON.parse(new TextDecoder().decode(files["utdrag.json"]));
  expect(extract.identity.firstName).toBe("Karim");
  expect(extract.journal.map((e: { text: string }) => e.text)).toEqual(["Karim behöver läkarintyg före resan."]);
  expect(JSON.stringify(extract)).not.toContain("Amina berättar");

  // The PDF, looked at as pages.
  const pdfPath = `${SHOTS}/extract.pdf`;
  fs.writeFileSync(pdfPath, files["utdrag.pdf"]!);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdfPath, `${SHOTS}/extract-page`]);
  expect(fs.readdirSync(SHOTS).filter((name) => name.startsWith("extract-page")).length).toBeGreaterThan(0);

  // Audited, and on the case's timeline.
  expect(await query(`SELECT "resourceId" FROM "AuditEvent" WHERE "caseId" = $1 AND action = 'case.extract'`, [caseId])).toEqual([{ resourceId: member }]);
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByText("Registerutdrag gjordes")).toBeVisible();
  await expect(page.getByText("Gallringsspärr satt")).toBeVisible();
});

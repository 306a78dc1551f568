// Client material in the person's language (issue 15, part 1), end to end:
// the adviser picks Arabic or Tigrinya on a case, records the text as given
// and gets the print view of that version, right to left and shaped, on
// screen and in a PDF (checked in the DOM, with pdftotext and by looking at
// the PNGs); the consent's answer is kept; a form without an answer changes
// nothing; the interpreter's details go round the session form, its page and
// its print; an administrator's review removes the "not reviewed" mark; and
// the new pages pass axe and do not scroll sideways at 1280 and 320 px, in
// Swedish and English.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./support/fixtures";
import { createAccount, DEMO } from "./support/accounts";
import { signInAs } from "./support/sign-in";
import { query } from "./support/db";
import { newCase } from "./support/cases";
import { seedClientMaterial } from "../../lib/seed/client-material";
import { officeToday } from "../../lib/dates";

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/work/notes/shots/languages";
const ARABIC = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const ETHIOPIC = /[\u1200-\u137F]/;

// Each test prints, makes a PDF and has axe check every page it visited: slow on a loaded machine.
test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  // Idempotent: the demo seed has made them already.
  await seedClientMaterial(process.env.DATABASE_URL!);
});

/** The print view as a PDF, its text (pdftotext) and its first page as a PNG among the screenshots. */
async function pdfOf(page: Page, name: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hemvag-pdf-"));
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, path.join(SHOTS, `${name}-pdf`)]);
  return text;
}

/** The families of the faces the page loads for this text in this family: none when no face covers it. */
async function loadedFaces(page: Page, family: string, text: string): Promise<string[]> {
  return page.evaluate(async ([family, text]) => (await document.fonts.load(`16px "${family}"`, text)).map((face) => face.family.replace(/["']/g, "")), [family, text] as const);
}

async function given(caseId: string) {
  return query<{ id: string; kind: string; language: string; version: number; wasReviewed: boolean; consent: string | null; consentRecipients: string[] }>(
    `SELECT id, kind::text, language, version, "wasReviewed", consent::text, "consentRecipients"::text[] AS "consentRecipients" FROM "ClientMaterialGiven" WHERE "caseId" = $1 ORDER BY "givenAt"`,
    [caseId],
  );
}

test("the adviser picks Arabic on a case, records the information sheet as given and prints it right to left", async ({ page }) => {
  const { id: caseId } = await newCase("COUNSELLING");
  await signInAs(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/material`);
  await expect(page.getByRole("heading", { name: "Information till personen", level: 2 })).toBeVisible();
  const language = page.getByLabel("Personens språk");
  // The picker says which translations no translator has reviewed; Swedish is the source text.
  await expect(language.locator("option[value=ar]")).toHaveText("العربية – arabiska (ej granskad av översättare)");
  await expect(language.locator("option[value=sv]")).toHaveText("svenska – svenska");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, "language-picker-1280.png"), fullPage: true });

  await page.getByRole("radio", { name: "Informationsblad om återvandringsbidraget" }).check();
  // The consent's answer belongs to the consent form: hidden for the sheet.
  await expect(page.getByRole("radiogroup", { name: "Personens svar" })).toBeHidden();
  await language.selectOption("ar");
  await page.getByRole("button", { name: "Notera som given och skriv ut" }).click();
  await expect(page).toHaveURL(new RegExp(`/print/cases/${caseId}/material/[A-Za-z0-9]+$`));

  const article = page.getByTestId("client-material-text");
  await expect(article).toHaveAttribute("lang", "ar");
  await expect(article).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("منحة العودة – معلومات لك");
  // Laid out right to left: the heading's text ends at the article's right edge.
  const [heading, box] = await Promise.all([page.getByRole("heading", { level: 1 }).evaluate((h) => getComputedStyle(h).direction), article.boundingBox()]);
  expect(heading).toBe("rtl");
  const textRight = await page.getByRole("heading", { level: 1 }).evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    return range.getBoundingClientRect().right;
  });
  expect(Math.abs(textRight - (box!.x + box!.width))).toBeLessThan(4);
  // The self-hosted Arabic face exists for these letters and has loaded (an undefined face would load nothing).
  expect(await loadedFaces(page, "Noto Sans Arabic", "منحة")).toContain("Noto Sans Arabic");
  await expect(page.getByTestId("office-note")).toContainText("version 1");
  await expect(page.getByTestId("office-note")).toContainText("ej granskad av översättare");
  await page.screenshot({ path: path.join(SHOTS, "sheet-ar-screen.png"), fullPage: true });

  const text = await pdfOf(page, "sheet-ar");
  expect(text).toMatch(ARABIC);
  expect(text).toContain("SFS 1984:890");
  // The amount in figures; text extraction of a right-to-left line may give its digit groups in either order.
  expect(text).toMatch(/350[\s\u00a0]?000|000[\s\u00a0]?350/);

  const rows = await given(caseId);
  expect(rows).toEqual([expect.objectContaining({ kind: "INFORMATION_SHEET", language: "ar", version: 1, wasReviewed: false, consent: null })]);
  const [audit] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'clientMaterial.give' AND "caseId" = $1`, [caseId]);
  expect(audit?.n).toBe(1);

  // On the case's timeline, and listed on the tab with a way to print it again.
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByText("Informationsblad om återvandringsbidraget gavs på arabiska, version 1 · ej granskad av översättare")).toBeVisible();
  await page.goto(`/cases/${caseId}/material`);
  await expect(page.getByTestId("given-row")).toHaveCount(1);
  await expect(page.getByTestId("given-row").getByRole("link", { name: "Skriv ut igen" })).toHaveAttribute("href", `/print/cases/${caseId}/material/${rows[0]!.id}`);
});

test("the consent form in Tigrinya keeps the person's answer and renders Ge'ez script on screen and in the PDF", async ({ page }) => {
  const { id: caseId } = await newCase("COUNSELLING");
  await signInAs(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/material`);
  await page.getByRole("radio", { name: "Samtycke till att dela uppgifter" }).check();
  await page.getByLabel("Personens språk").selectOption("ti");
  await page.getByRole("radio", { name: "Samtycker", exact: true }).check();
  await page.getByRole("checkbox", { name: "Migrationsverket" }).check();
  await page.getByRole("checkbox", { name: "IOM" }).check();
  await page.getByRole("button", { name: "Notera som given och skriv ut" }).click();
  await expect(page).toHaveURL(new RegExp(`/print/cases/${caseId}/material/`));

  const article = page.getByTestId("client-material-text");
  await expect(article).toHaveAttribute("lang", "ti");
  await expect(article).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ሓበሬታ ንምክፋል ፍቓድ");
  expect(await loadedFaces(page, "Noto Sans Ethiopic", "ሓበሬታ")).toContain("Noto Sans Ethiopic");
  await expect(page.getByTestId("office-note")).toContainText("Noterat svar: Samtycker: Migrationsverket, IOM");
  await page.screenshot({ path: path.join(SHOTS, "consent-ti-screen.png"), fullPage: true });
  const text = await pdfOf(page, "consent-ti");
  expect(text).toMatch(ETHIOPIC);
  expect(text).toContain("ሓበሬታ");

  expect(await given(caseId)).toEqual([
    expect.objectContaining({ kind: "CONSENT", language: "ti", consent: "CONSENTED", consentRecipients: ["MIGRATIONSVERKET", "IOM"], wasReviewed: false }),
  ]);
});

test("the Tigrinya information sheet, previewed without a record, prints in Ge'ez", async ({ page }) => {
  const { id: caseId } = await newCase("COUNSELLING");
  await signInAs(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/material`);
  await page.getByRole("link", { name: "Förhandsgranska Informationsblad om återvandringsbidraget, tigrinja" }).click();
  await expect(page).toHaveURL(`/print/client-material/information-sheet/ti?case=${caseId}`);
  await expect(page.getByTestId("client-material-text")).toHaveAttribute("lang", "ti");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ሓገዝ ምምላስ – ሓበሬታ ንዓኻ");
  await expect(page.getByTestId("office-note")).toContainText("Inget har noterats i ärendet");
  await page.screenshot({ path: path.join(SHOTS, "sheet-ti-screen.png"), fullPage: true });
  const text = await pdfOf(page, "sheet-ti");
  expect(text).toMatch(ETHIOPIC);
  expect(text).toContain("SFS 1984:890");
  expect(await given(caseId)).toEqual([]);
  await page.getByRole("link", { name: "Tillbaka till ärendet" }).click();
  await expect(page).toHaveURL(`/cases/${caseId}/material`);
});

test("a consent form without the person's answer is refused, saying why, and nothing is recorded", async ({ page }) => {
  const { id: caseId } = await newCase("COUNSELLING");
  await signInAs(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/material`);
  await page.getByRole("radio", { name: "Samtycke till att dela uppgifter" }).check();
  await page.getByLabel("Personens språk").selectOption("so");
  await page.getByRole("button", { name: "Notera som given och skriv ut" }).click();
  await expect(page.getByText("Välj personens svar på samtycket.")).toBeVisible();
  await page.getByRole("radio", { name: "Samtycker", exact: true }).check();
  await page.getByRole("button", { name: "Notera som given och skriv ut" }).click();
  await expect(page.getByText("Välj minst en mottagare som personen samtycker till.", { exact: true })).toBeVisible();
  // What was chosen is still chosen.
  await expect(page.getByLabel("Personens språk")).toHaveValue("so");
  expect(await given(caseId)).toEqual([]);
});

test("the interpreter's language, dialect, agency, way of taking part and ID number go round the session form, its page and its print", async ({ page }) => {
  const { id: caseId } = await newCase("COUNSELLING");
  await signInAs(page, DEMO.adviser);
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto(`/cases/${caseId}/sessions/new`);
  await page.getByLabel("Datum", { exact: true }).fill(officeToday());
  await page.getByLabel("Starttid").fill("10:00");
  await page.getByLabel("Längd i minuter").fill("60");
  await page.getByRole("radio", { name: "Besök" }).check();
  await page.getByRole("combobox", { name: "Tolkens språk" }).fill("tigrinja");
  await page.getByRole("option", { name: "tigrinja", exact: true }).click();
  await page.getByLabel("Dialekt").fill("eritreansk tigrinja");
  await page.getByLabel("Bokad via tolkförmedling").fill("Tolkförmedling Väst");
  await page.getByRole("radiogroup", { name: "Tolken deltar" }).getByRole("radio", { name: "Video" }).check();
  await page.getByLabel("Tolkens ID-nummer").fill("Abeba Tesfay");
  await page.getByRole("checkbox", { name: "Återvandringsbidrag" }).check();
  await page.getByRole("button", { name: "Spara samtalet" }).click();
  // A name is not an ID number.
  await expect(page.getByLabel("Tolkens ID-nummer")).toHaveAccessibleDescription(/inte namnet/);
  // Focus on the error summary means React has finished with the answer (its form reset included), so typing now sticks.
  await expect(page.locator("[data-error-summary]")).toBeFocused();
  await page.getByLabel("Tolkens ID-nummer").fill("KK-20417");
  await page.getByRole("button", { name: "Spara samtalet" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/sessions/(?!new)[A-Za-z0-9]+\\?saved=`));
  await expect(page.getByTestId("session-interpreter")).toHaveText("Tolk: tigrinja (eritreansk tigrinja), video, via Tolkförmedling Väst, ID KK-20417");
  await expect(page.getByLabel("Dialekt")).toHaveValue("eritreansk tigrinja");
  await expect(page.getByLabel("Bokad via tolkförmedling")).toHaveValue("Tolkförmedling Väst");
  await expect(page.getByRole("radiogroup", { name: "Tolken deltar" }).getByRole("radio", { name: "Video" })).toBeChecked();
  await expect(page.getByLabel("Tolkens ID-nummer")).toHaveValue("KK-20417");
  const [row] = await query<{ interpreterMode: string; interpreterIdNumber: string }>(
    `SELECT "interpreterMode"::text AS "interpreterMode", "interpreterIdNumber" FROM "CounsellingSession" WHERE "caseId" = $1`,
    [caseId],
  );
  expect(row).toEqual({ interpreterMode: "VIDEO", interpreterIdNumber: "KK-20417" });
  const sessionUrl = new URL(page.url()).pathname;
  await page.goto(`/print${sessionUrl}`);
  await expect(page.getByTestId("printed-interpreter")).toHaveText("Tolk: tigrinja (eritreansk tigrinja), video, via Tolkförmedling Väst, ID KK-20417");
});

test("an administrator records a translator's review, and the adviser's list no longer marks that language", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/client-material/consent/bs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samtycke till att dela uppgifter – bosniska/kroatiska/serbiska");
  await page.getByLabel("Granskad den").fill(officeToday());
  await page.getByLabel("Översättare (namn, ev. tolkförmedling)").fill("Amra Hodžić, Tolkförmedling Väst");
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Spara ny version" }).click();
  await expect(page.getByText(/Sparad som version \d+\./)).toBeVisible();
  await expect(page.getByText(`granskad av översättare ${officeToday()} (Amra Hodžić, Tolkförmedling Väst)`).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tidigare versioner" })).toBeVisible();
  const [text] = await query<{ version: number; reviewedBy: string }>(`SELECT version, "reviewedBy" FROM "ClientMaterialText" WHERE kind = 'CONSENT' AND language = 'bs'`);
  expect(text?.reviewedBy).toBe("Amra Hodžić, Tolkförmedling Väst");

  const adviser = await page.context().browser()!.newContext();
  const advisersPage = await adviser.newPage();
  const { id: caseId } = await newCase("COUNSELLING");
  await signInAs(advisersPage, DEMO.adviser);
  await advisersPage.goto(`/cases/${caseId}/material`);
  await advisersPage.getByRole("radio", { name: "Samtycke till att dela uppgifter" }).check();
  await expect(advisersPage.getByLabel("Personens språk").locator("option[value=bs]")).toHaveText("bosanski / hrvatski / srpski – bosniska/kroatiska/serbiska");
  await adviser.close();
});

for (const locale of ["sv", "en"] as const) {
  test(`the new pages pass axe and do not scroll sideways at 1280 and 320 px (${locale})`, async ({ page }) => {
    test.setTimeout(180_000);
    const adviser = await createAccount("ADVISER");
    const { id: caseId } = await newCase("COUNSELLING");
    await query(`UPDATE "Case" SET "adviserId" = u.id, "teamId" = u."teamId" FROM "User" u WHERE u.email = $1 AND "Case".id = $2`, [adviser, caseId]);
    await signInAs(page, adviser);
    await query(`UPDATE "User" SET locale = $2::"Locale" WHERE email = $1`, [adviser, locale]);
    await page.goto(`/cases/${caseId}/material`);
    await page.getByRole("radio").first().check();
    await page.locator("select[name=language]").selectOption("fa");
    await page.locator("form.give-form button[type=submit]").click();
    await expect(page).toHaveURL(/\/print\/cases\//);
    const givenPrint = new URL(page.url()).pathname;
    const pages = [`/cases/${caseId}/material`, givenPrint, "/print/client-material/information-sheet/ckb", "/print/client-material/consent/am"];

    const admin = await createAccount("ADMIN");
    const adminContext = await page.context().browser()!.newContext();
    const adminPage = await adminContext.newPage();
    await signInAs(adminPage, admin);
    await query(`UPDATE "User" SET locale = $2::"Locale" WHERE email = $1`, [admin, locale]);

    for (const width of [1280, 320]) {
      for (const [who, path, on] of [...pages.map((p) => ["adviser", p, page] as const), ["admin", "/admin/client-material", adminPage] as const, ["admin", "/admin/client-material/consent/ar", adminPage] as const]) {
        await on.setViewportSize({ width, height: 800 });
        await on.goto(path);
        await expect(on.locator("html")).toHaveAttribute("lang", locale);
        await expectAccessible(on);
        const overflow = await on.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${who} ${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
      }
    }
    if (locale === "en") {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`/cases/${caseId}/material`);
      await page.screenshot({ path: path.join(SHOTS, "case-material-320-en.png"), fullPage: true });
    }
    await adminContext.close();
  });
}

// Guidance end to end: staff find an article by an inflected Swedish word and
// open it; staff complete "Var ska personen vända sig?" for a person whose
// asylum was rejected and are sent to återetableringsstöd (also without
// JavaScript); an administrator edits an article, sees the revision, and runs
// into a stale save that keeps their text; bad input in the editor is named
// field by field, markup stays text, and nothing changes.
import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signInAs } from "./support/sign-in";
import { query } from "./support/db";
import { seedGuidance } from "../../lib/seed/guidance";

test.beforeAll(async () => {
  // Idempotent: the demo seed may already have made these.
  await seedGuidance(process.env.DATABASE_URL!);
});

/** Our own messages; Next.js keeps an empty route announcer with role="alert" on every page. */
const alertWith = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

async function articleRow(slug: string) {
  const [row] = await query<{ id: string; version: number; titleSv: string; bodySv: string }>(
    'SELECT id, version, "titleSv", "bodySv" FROM "GuidanceArticle" WHERE slug = $1',
    [slug],
  );
  return row;
}

test("staff find an article by an inflected Swedish word and open it", async ({ page }, testInfo) => {
  await signInAs(page, DEMO.staff);
  await page.goto("/guidance");
  await expect(page.getByRole("heading", { name: "Vägledning", level: 1 })).toBeVisible();

  // "återvandrade" is in no article as written: Swedish stemming finds "återvandra".
  await page.getByRole("searchbox", { name: "Sök i vägledningen" }).fill("återvandrade");
  await page.getByRole("button", { name: "Sök", exact: true }).click();
  await expect(page).toHaveURL(/\/guidance\?q=%C3%A5tervandrade$/);
  const results = page.getByRole("region", { name: "Sökresultat för ”återvandrade”" });
  await expect(results).toBeVisible();
  const hit = results.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Återvandringsbidrag från 1 januari 2026" }) });
  await expect(hit).toBeVisible();
  await expect(hit.locator("mark").first()).toHaveText("återvandra");
  await page.screenshot({ path: testInfo.outputPath("guidance-search.png"), fullPage: true });

  await hit.getByRole("link", { name: "Återvandringsbidrag från 1 januari 2026" }).click();
  await expect(page.getByRole("heading", { name: "Återvandringsbidrag från 1 januari 2026", level: 1 })).toBeVisible();
  await expect(page.getByText("Högst 350 000 kronor per vuxen (18 år eller äldre).")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Källor" })).toBeVisible();
  await expect(page.getByText(/Förordning \(1984:890\)/)).toBeVisible();
  await expect(page.getByText("Senast granskad")).toBeVisible();
  await expect(page.getByText("Sara Lindqvist")).toBeVisible();
  // Reading only: no editing for staff.
  await expect(page.getByRole("link", { name: "Redigera" })).toHaveCount(0);

  // The English text is one link away, marked as English.
  await page.getByRole("link", { name: "Läs artikeln på engelska" }).click();
  await expect(page.getByRole("heading", { name: "The repatriation grant from 1 January 2026", level: 1 })).toBeVisible();
  await expect(page.locator("article")).toHaveAttribute("lang", "en");
});

async function answer(page: Page, question: string, option: string) {
  await page.getByRole("radiogroup", { name: question }).getByLabel(option, { exact: true }).check();
  await page.getByRole("button", { name: "Nästa" }).click();
}

test("staff complete the wizard for a person whose asylum was rejected and are sent to återetableringsstöd", async ({ page }, testInfo) => {
  // Every step is a page of its own, and the fixture checks each one with axe afterwards.
  test.slow();
  await signInAs(page, DEMO.staff);
  await page.goto("/guidance");
  await page.getByRole("link", { name: "Var ska personen vända sig?" }).first().click();
  await expect(page.getByRole("heading", { name: "Var ska personen vända sig?", level: 1 })).toBeVisible();

  // Sent without a choice: asked again, with a message.
  await page.getByRole("button", { name: "Nästa" }).click();
  await expect(alertWith(page, "Välj ett svar för att gå vidare.")).toBeVisible();

  await answer(page, "Är personen svensk medborgare?", "Nej");
  await answer(page, "Har personen uppehållstillstånd i Sverige?", "Nej");
  await answer(page, "Har personen sökt asyl i Sverige?", "Ja, och fått avslag eller tagit tillbaka ansökan");

  // The answers, and nothing else about the person, are in the address.
  const answers = Object.fromEntries(new URL(page.url()).searchParams);
  expect(answers).toEqual({ citizen: "NO", permit: "NO", asylum: "REJECTED_OR_WITHDRAWN", step: "asylum" });
  const result = page.getByRole("region", { name: "Återetableringsstöd via Migrationsverket" });
  await expect(result).toBeVisible();
  await expect(result.getByRole("region", { name: "Hänvisa till" })).toContainText("Migrationsverket, mottagningen");
  await expect(result.getByRole("region", { name: "Hänvisa till" })).toContainText("mottagningshandläggare");
  await expect(result.getByRole("region", { name: "Det här kan du säga" })).toContainText("kan inte få återvandringsbidrag");
  await expect(result.getByRole("region", { name: "Det här kan du säga" })).toContainText("betalas ut i hemlandet via IOM");
  await expect(result.getByRole("link", { name: "Börja om" })).toBeVisible();
  const summary = page.getByRole("region", { name: "Dina svar" });
  await expect(summary).toContainText("Ja, och fått avslag eller tagit tillbaka ansökan");
  await page.screenshot({ path: testInfo.outputPath("guidance-wizard-result.png"), fullPage: true });

  // The relevant guidance, one click away.
  await result.getByRole("link", { name: "Återetableringsstöd efter avslag på asylansökan" }).click();
  await expect(page.getByRole("heading", { name: "Återetableringsstöd efter avslag på asylansökan", level: 1 })).toBeVisible();
});

test("the wizard works before JavaScript: plain GET forms, answers changeable", async ({ page, browser }, testInfo) => {
  await signInAs(page, DEMO.staff);
  const noScript = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto("/guidance/wizard");
  await answer(plain, "Är personen svensk medborgare?", "Nej");
  await answer(plain, "Har personen uppehållstillstånd i Sverige?", "Nej");
  await answer(plain, "Har personen sökt asyl i Sverige?", "Ja, och fått avslag eller tagit tillbaka ansökan");
  await expect(plain.getByRole("heading", { name: "Återetableringsstöd via Migrationsverket" })).toBeVisible();
  // Change an answer: back to that question with the earlier answers kept.
  await plain.getByRole("link", { name: "Ändra svaret på frågan ”Har personen sökt asyl i Sverige?”" }).click();
  await expect(plain).toHaveURL(/\?citizen=NO&permit=NO$/);
  await expect(plain.getByRole("radiogroup", { name: "Har personen sökt asyl i Sverige?" })).toBeVisible();
  await noScript.close();
});

test("an administrator edits an article, sees the revision, and a stale save keeps their text", async ({ page, context }) => {
  const slug = "kontakter";
  const before = (await articleRow(slug))!;
  await signInAs(page, DEMO.admin);
  await page.goto(`/guidance/${slug}`);
  await page.getByRole("link", { name: "Redigera" }).click();
  await expect(page.getByRole("heading", { name: `Redigera ”${before.titleSv}”` })).toBeVisible();

  const newTitle = `Kontakter: vem gör vad (${crypto.randomBytes(2).toString("hex")})`;
  await page.getByLabel("Rubrik på svenska").fill(newTitle);
  await page.getByLabel("Text på svenska").fill(`${before.bodySv}\n\n- Ny rad om kontakter.`);
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page).toHaveURL(new RegExp(`/guidance/${slug}\\?notice=saved$`));
  await expect(page.getByRole("status").filter({ hasText: "Ändringarna är sparade." })).toBeVisible();
  await expect(page.getByRole("heading", { name: newTitle, level: 1 })).toBeVisible();
  await expect(page.getByText("Ny rad om kontakter.")).toBeVisible();
  expect((await articleRow(slug))!.version).toBe(before.version + 1);

  // The history: the current version and the one it replaced, readable.
  await page.getByRole("link", { name: "Versionshistorik" }).click();
  await expect(page.getByRole("link", { name: `Version ${before.version + 1} (nuvarande)` })).toBeVisible();
  await page.getByRole("link", { name: `Version ${before.version}`, exact: true }).click();
  await expect(page.getByRole("heading", { name: `Version ${before.version}: ${before.titleSv}` })).toBeVisible();
  const asItStood = page.getByRole("region", { name: "Artikeln i den här versionen" });
  await expect(asItStood.getByRole("definition").filter({ hasText: /^Kontakter$/ })).toBeVisible();
  await expect(asItStood.getByRole("definition").filter({ hasText: /^Publicerad$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Migrationsverkets mottagning" })).toBeVisible();
  await expect(page.getByText("Ny rad om kontakter.")).toHaveCount(0);

  // Two tabs on the same version: the second save finds the first one's.
  await page.goto(`/guidance/${slug}/edit`);
  const other = await context.newPage();
  await other.goto(`/guidance/${slug}/edit`);
  await other.getByLabel("Rubrik på engelska").fill("Contacts: who does what (changed in another tab)");
  await other.getByRole("button", { name: "Spara" }).click();
  await expect(other).toHaveURL(/notice=saved/);
  await other.close();
  const afterOther = (await articleRow(slug))!;

  await page.getByLabel("Text på svenska").fill("Min egen text som inte får försvinna.");
  await page.getByRole("button", { name: "Spara" }).click();
  const conflict = alertWith(page, "Någon annan har sparat artikeln medan du redigerade");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("admin@hemvag.test");
  // The newer content where it differs from what the administrator typed...
  await expect(conflict.getByTestId("conflict-titleEn")).toHaveText("Contacts: who does what (changed in another tab)");
  await expect(conflict.getByTestId("conflict-bodySv")).toContainText("Ny rad om kontakter.");
  // ...and their own text still in the form; nothing written.
  await expect(page.getByLabel("Text på svenska")).toHaveValue("Min egen text som inte får försvinna.");
  expect(await articleRow(slug)).toEqual(afterOther);

  // Saving again is a deliberate overwrite of the version now shown.
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page).toHaveURL(/notice=saved/);
  await expect(page.getByText("Min egen text som inte får försvinna.")).toBeVisible();
  expect((await articleRow(slug))!.version).toBe(afterOther.version + 1);
});

test("search finds a definite form and a typo and marks the word the article has", async ({ page }) => {
  await signInAs(page, DEMO.staff);
  for (const [query, found] of [["avslaget", "avslag"], ["återvandrnig", "återvandring"]] as const) {
    await page.goto(`/guidance?q=${encodeURIComponent(query)}`);
    const results = page.getByRole("region", { name: `Sökresultat för ”${query}”` });
    await expect(results.getByRole("listitem").first()).toBeVisible();
    // Marked as text inside <mark>, never as markup of our own.
    await expect(results.locator("mark").filter({ hasText: new RegExp(`^${found}$`, "i") }).first()).toBeVisible();
  }
});

test("bad input in the editor is named field by field, markup stays text, and nothing changes", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const count = async () => Number((await query<{ n: string }>('SELECT count(*) AS n FROM "GuidanceArticle"'))[0]!.n);
  const articles = await count();
  await signInAs(page, DEMO.admin);
  await page.goto("/guidance");
  await page.getByRole("link", { name: "Ny artikel" }).click();
  await expect(page.getByRole("heading", { name: "Ny artikel", level: 1 })).toBeVisible();

  // Empty.
  await page.getByRole("button", { name: "Skapa artikeln" }).click();
  await expect(alertWith(page, /fält behöver rättas/)).toBeVisible();
  await expect(page.getByLabel("Adress (slug)")).toHaveAccessibleDescription(/Ange en adress\./);
  await expect(page.getByLabel("Rubrik på svenska")).toHaveAccessibleDescription(/Skriv en rubrik på svenska\./);
  await expect(page.getByLabel("Text på engelska")).toHaveAccessibleDescription(/Skriv texten på engelska\./);
  // Issue 15: focus goes to the error summary, whose first item leads to the first field in error.
  const summary = page.locator("[data-error-summary]");
  await expect(summary).toBeFocused();
  await summary.getByRole("link").first().click();
  await expect(page.getByLabel("Adress (slug)")).toBeFocused();
  expect(await count()).toBe(articles);

  // Too long, and a slug that is not one; the script tag is kept as typed.
  const slug = `e2e-${crypto.randomBytes(3).toString("hex")}`;
  const script = '<script>alert("hemvag")</script>';
  await page.getByLabel("Adress (slug)").fill("Inte en adress!");
  await page.getByLabel("Rubrik på svenska").fill("x".repeat(201));
  await page.getByLabel("Rubrik på engelska").fill(`Title ${script}`);
  await page.getByLabel("Text på svenska").fill(`Text med ${script} i.`);
  await page.getByLabel("Text på engelska").fill("y".repeat(20_001));
  await page.getByRole("button", { name: "Skapa artikeln" }).click();
  await expect(page.getByLabel("Adress (slug)")).toHaveAccessibleDescription(/bara innehålla små bokstäver/);
  await expect(page.getByLabel("Rubrik på svenska")).toHaveAccessibleDescription(/högst 200 tecken/);
  await expect(page.getByLabel("Text på engelska")).toHaveAccessibleDescription(/högst 20 000 tecken/);
  await expect(page.getByLabel("Text på svenska")).toHaveValue(`Text med ${script} i.`);
  expect(await count()).toBe(articles);

  // Corrected: saved, and the script tag is shown as text, never run.
  await page.getByLabel("Adress (slug)").fill(slug);
  await page.getByLabel("Rubrik på svenska").fill(`Rubrik ${script}`);
  await page.getByLabel("Text på engelska").fill("English text.");
  await page.getByRole("button", { name: "Skapa artikeln" }).click();
  await expect(page).toHaveURL(new RegExp(`/guidance/${slug}\\?notice=created$`));
  await expect(page.getByRole("heading", { name: `Rubrik ${script}`, level: 1 })).toBeVisible();
  await expect(page.getByText(`Text med ${script} i.`)).toBeVisible();
  await expect(page.locator("main script")).toHaveCount(0);
  expect(await count()).toBe(articles + 1);

  // An empty title on an existing article: refused, version unchanged.
  const created = (await articleRow(slug))!;
  await page.getByRole("link", { name: "Redigera" }).click();
  await page.getByLabel("Rubrik på svenska").fill("   ");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByLabel("Rubrik på svenska")).toHaveAccessibleDescription(/Skriv en rubrik på svenska\./);
  expect(await articleRow(slug)).toEqual(created);
  expect(dialogs).toBe(0);
});

// A <select> shows what was saved, not what the page first rendered.
//
// React applies a select's defaultValue only at mount, and React 19 resets a
// form after its action; before the fix in components/ui/select-field.tsx the
// reset put the old option back, and the next save wrote it to the database.
// These tests save a changed select, then save the same form again untouched,
// and check the page and the database agree after each step and after a reload.
import { test, expect } from "./support/fixtures";
import { DEMO, createAccount } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { newCase } from "./support/cases";

test("a plan step's status stays as saved, and a second save does not write the old one back", async ({ page }) => {
  const { id: caseId } = await newCase("PLANNING");
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/plan`);
  const step = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Identitets- och resehandlingar", exact: true }) });
  const status = step.getByLabel("Status");
  const save = step.getByRole("button", { name: "Spara: Identitets- och resehandlingar" });
  const saved = () =>
    query<{ status: string }>(`SELECT status FROM "ReturnPlanStep" WHERE "caseId" = $1 AND kind = 'IDENTITY_DOCUMENTS'`, [caseId]).then((rows) => rows[0]?.status);

  await status.selectOption({ label: "Pågår" });
  await save.click();
  await expect(step.getByText("”Identitets- och resehandlingar” är sparat.")).toBeVisible();
  await expect(status.locator("option:checked")).toHaveText("Pågår");
  expect(await saved()).toBe("IN_PROGRESS");

  // Saving again without touching the select keeps the new status.
  await step.getByLabel("Anteckning").fill("Ambassaden kontaktad.");
  await save.click();
  await expect(step.getByLabel("Anteckning")).toHaveValue("Ambassaden kontaktad.");
  await expect(status.locator("option:checked")).toHaveText("Pågår");
  await expect.poll(saved).toBe("IN_PROGRESS");

  await page.reload();
  await expect(status.locator("option:checked")).toHaveText("Pågår");
});

test("the administrator's role choice stays as saved", async ({ page }) => {
  const email = await createAccount("ADVISER");
  const [target] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
  await signIn(page, DEMO.admin);
  await page.goto(`/admin/users/${target!.id}`);
  const role = page.getByLabel("Roll", { exact: true });
  await role.selectOption("STAFF");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();
  await expect(role).toHaveValue("STAFF");
  await expect.poll(async () => (await query<{ role: string }>('SELECT role FROM "User" WHERE id = $1', [target!.id]))[0]?.role).toBe("STAFF");

  // A second save of the untouched form keeps the new role.
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();
  await expect(role).toHaveValue("STAFF");
  expect((await query<{ role: string }>('SELECT role FROM "User" WHERE id = $1', [target!.id]))[0]?.role).toBe("STAFF");
  await page.reload();
  await expect(page.getByLabel("Roll", { exact: true })).toHaveValue("STAFF");
});

test("the profile's language stays as saved", async ({ page }) => {
  const email = await createAccount("STAFF");
  await signIn(page, email);
  await page.goto("/profile");
  await page.getByLabel("Språk", { exact: true }).selectOption("en");
  await page.getByRole("button", { name: "Spara språk" }).click();
  // The page answers in English now, and the select says so.
  const language = page.getByLabel("Language", { exact: true });
  await expect(language).toHaveValue("en");
  await expect.poll(async () => (await query<{ locale: string }>('SELECT locale FROM "User" WHERE email = $1', [email]))[0]?.locale).toBe("en");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(language).toHaveValue("en");
  expect((await query<{ locale: string }>('SELECT locale FROM "User" WHERE email = $1', [email]))[0]?.locale).toBe("en");
  await page.reload();
  await expect(page.getByLabel("Language", { exact: true })).toHaveValue("en");
});

// Office-wide settings go round like every other edit form (issue 11): a changed
// value comes back after a reload, and an untouched save writes nothing. They run
// in a project of their own, after every other spec (playwright.config.ts):
// changing them while other specs run would change what those specs see
// (overdue referrals, suppressed counts, retention lists). Each puts its value back.
import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signInAs } from "./support/sign-in";
import { query } from "./support/db";

const FORMS = [
  { form: "Remisser", field: "Svarstid för remisser, i dagar", save: "Spara", saved: "Inställningen är sparad." },
  { form: "Statistik", field: "Gräns för små tal", save: "Spara", saved: "Statistikinställningen är sparad." },
  { form: "Gallring", field: "År som åtkomstloggen sparas", save: "Spara gallringsregler", saved: "Gallringsreglerna är sparade." },
  { form: "Loggkontroll", field: "Många ärenden: inom minuter", save: "Spara loggkontrollens inställningar", saved: "Inställningarna är sparade." },
] as const;

const settingsUpdates = async () => Number((await query<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEvent" WHERE action = 'settings.update'`))[0]!.n);

for (const { form, field, save, saved } of FORMS) {
  test(`office settings, ${form}: a changed value comes back after a reload; an untouched save writes nothing`, async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto("/admin/settings");
    const section = page.getByRole("form", { name: form, exact: true });
    const input = section.getByLabel(field, { exact: true });
    const original = await input.inputValue();
    const changed = String(Number(original) + 1);
    try {
      await input.fill(changed);
      await section.getByRole("button", { name: save, exact: true }).click();
      await expect(section.getByText(saved)).toBeVisible();

      await page.reload();
      await expect(input).toHaveValue(changed);
      const before = await settingsUpdates();
      await section.getByRole("button", { name: save, exact: true }).click();
      await expect(section.getByText(saved)).toBeVisible();
      expect(await settingsUpdates()).toBe(before);
    } finally {
      await page.reload();
      await input.fill(original);
      await section.getByRole("button", { name: save, exact: true }).click();
      await expect(section.getByText(saved)).toBeVisible();
    }
  });
}

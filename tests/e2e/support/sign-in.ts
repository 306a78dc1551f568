import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";
import { formAlert } from "./alerts";

/**
 * Signs in through the form and waits until the answer has arrived: a signed-in
 * page, a further step (second factor, new password) or an error message.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(
    page
      .getByRole("button", { name: "Logga ut" })
      .or(formAlert(page))
      .or(page.getByRole("heading", { name: /Tvåstegsverifiering|Välj ett eget lösenord|Aktivera tvåstegsverifiering/ }))
      .first(),
  ).toBeVisible();
}

/** Signed in and through to the first page; the machine may be slow. */
export async function signInAs(page: Page, email: string): Promise<void> {
  // The first sign-in after the servers start can outlast the helper's wait on a loaded machine (argon2, cold routes): one more try.
  await signIn(page, email).catch(() => signIn(page, email));
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 });
}

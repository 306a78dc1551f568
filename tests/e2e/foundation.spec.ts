import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signIn } from "./support/sign-in";

test("readiness reports a reachable, fully migrated database; liveness answers without it", async ({ request }) => {
  const response = await request.get("/api/health/ready");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, database: "up", pendingMigrations: [] });
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ ok: true, stopping: false });
});

test("signed-out visitors are sent to the sign-in page, in Swedish by default", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Logga in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
});

test("the sign-in page switches to English", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a demo adviser signs in and out", async ({ page }) => {
  await signIn(page, DEMO.adviser);
  await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible();
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});

test("a missing or forbidden page inside the app has one main landmark, within the app's layout", async ({ page }) => {
  await signIn(page, DEMO.adviser);
  await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible();
  // A case that does not exist, and an administrator's page an adviser may not see: both answer "not found".
  for (const path of ["/cases/no-such-case", "/admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Sidan finns inte eller så saknar du behörighet.", level: 1 })).toBeVisible();
    await expect(page.getByRole("main"), path).toHaveCount(1);
    await expect(page.locator("main")).toHaveCount(1);
    // Still inside the signed-in layout: its header and sign-out button are there.
    await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible();
  }
});

import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Fails with the violations listed, so the message says what to fix. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `WCAG 2.1 A/AA violations on ${page.url()}`).toEqual([]);
}

/**
 * Every test's page is checked with axe: the state the test leaves it in, and
 * every other page it loaded along the way (opened again afterwards, GET only).
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page, baseURL }, provide) => {
    const visited = new Set<string>();
    const appOrigin = new URL(baseURL ?? "http://127.0.0.1").origin;
    page.on("load", () => {
      const url = new URL(page.url());
      // Our own pages only: not the test identity provider's, not JSON or file routes.
      if (url.origin === appOrigin && !url.pathname.startsWith("/api/")) visited.add(url.pathname + url.search);
    });
    await provide(page);
    if (page.isClosed()) return;
    if (new URL(page.url()).origin === appOrigin) await expectAccessible(page);
    const current = new URL(page.url());
    // In a page of its own with the same sign-in: the test's page may hold a form with
    // unsaved changes, whose "leave this page?" question would stop the navigation.
    const checker = await page.context().newPage();
    for (const path of visited) {
      if (path === current.pathname + current.search) continue;
      const response = await checker.goto(path);
      if (response?.headers()["content-type"]?.includes("text/html")) await expectAccessible(checker);
    }
    await checker.close();
  },
});

export { expect };

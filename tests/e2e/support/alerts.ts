import type { Page } from "@playwright/test";

/**
 * Our form-level messages (role="alert"). Next.js keeps a route announcer
 * with the same role on every page (it reads out the new page's title), so
 * it is left out.
 */
export function formAlert(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)').filter({ hasText: /\S/ });
}

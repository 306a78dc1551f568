import type { Page } from "@playwright/test";

/**
 * Our form-level messages (role="alert"). Next.js keeps an empty route
 * announcer with the same role on every page, so an empty one is skipped.
 */
export function formAlert(page: Page) {
  return page.getByRole("alert").filter({ hasText: /\S/ });
}

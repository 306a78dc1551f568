import type { Page } from "@playwright/test";

/** Markup typed into text fields to show that the pages print it as text and never run it. */
export const SCRIPT = `<script>alert("xss")</script><img src=x onerror=alert(1)>`;

/** Every dialog the page opens; a script typed into a text field must never run, so the list stays empty. */
export function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", async (dialog) => {
    opened.push(dialog.message());
    await dialog.dismiss();
  });
  return opened;
}

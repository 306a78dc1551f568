import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/lib/chromium";

// Run through `npm run test:e2e`, which builds the app, starts it on a fresh
// database and passes its address in E2E_BASE_URL.
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  // One retry on CI absorbs a slow machine; a test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // Each run writes its own artefacts: two runs at once must not delete each other's traces.
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? "test-results/default",
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000",
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: /office-settings\.spec\.ts/ },
    // Office-wide settings change what every other spec sees: they run after all of them.
    { name: "office-settings", use: { browserName: "chromium" }, testMatch: /office-settings\.spec\.ts/, dependencies: ["chromium"] },
  ],
});

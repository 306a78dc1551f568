import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only-stub.ts") };

// Two projects: pure unit tests need nothing; `*.db.test.ts` get a real Postgres
// (DATABASE_URL, else the embedded PGlite) with one database per worker.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "server/**/*.test.ts", "i18n/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["lib/**/*.db.test.ts", "scripts/**/*.db.test.ts", "server/**/*.db.test.ts", "tests/fuzz/**/*.db.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-db.ts"],
          // lib/env.ts checks the whole configuration on first use; the database URL is set per worker.
          env: { AUTH_SECRET: "vitest-only-secret-0123456789abcdef0123", LOG_LEVEL: "silent" },
          setupFiles: ["tests/setup/worker-db.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
    ],
  },
});

import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const config: NextConfig = {
  // PGlite and argon2 ship WebAssembly/native code that must not be bundled. pino,
  // prom-client and pg-boss are loaded from node_modules as they are, so that the app's
  // HTTP server (server/index.ts) and Next's bundle share one copy of each.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2", "pino", "prom-client", "pg-boss"],
  poweredByHeader: false,
  // Documents may be up to 10 MB (lib/data/documents.ts); the action and the
  // proxy both buffer the body, so both limits sit just above it.
  experimental: { serverActions: { bodySizeLimit: "11mb" }, proxyClientMaxBodySize: "11mb" },
  // The end-to-end harness builds into its own folder, so a test run never
  // clobbers (or is clobbered by) a developer's `next dev` or another run.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Types are checked by `npm run typecheck` (in CI before the tests); the
  // test build skips the second check.
  typescript: { ignoreBuildErrors: Boolean(process.env.NEXT_DIST_DIR) },
  typedRoutes: false,
};

export default withNextIntl(config);

import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

// Next's config already registers the jsx-a11y plugin with a few rules; this
// turns on the whole recommended set on top of it.
const config = [
  ...nextVitals,
  ...nextTs,
  { rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // Server actions take (previous state, form data) whether they read both or not: "_prev" says so.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }],
      // Only the data layer talks to the database.
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db", "**/lib/db"], message: "Import data functions from lib/data/* instead." }] },
      ],
    },
  },
  {
    files: ["lib/data/**", "lib/health.ts", "lib/db.ts", "lib/auth.ts", "lib/jobs/workers.ts", "lib/**/*.db.test.ts", "tests/**", "scripts/**", "lib/seed/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Tests build on lib/ (demo and test data on lib/seed), never the other way round.
    files: ["lib/**", "scripts/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        { zones: [{ target: ["./lib", "./scripts"], from: "./tests", message: "lib/ and scripts/ must not import from tests/: move what both need into lib/ (test and demo data: lib/seed)." }] },
      ],
    },
  },
  { ignores: [".next*/**", "node_modules/**", "lib/generated/**", ".data/**", "tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;

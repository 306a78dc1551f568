import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

// Only the data layer talks to the database: neither the client (lib/db) nor
// Prisma's generated client, whose values (Prisma.sql, PrismaClient…) are the
// means to query. Its types and enums carry no such means and may be used anywhere.
const DATABASE = [
  { group: ["@/lib/db", "**/lib/db"], message: "Import data functions from lib/data/* instead." },
  {
    group: ["@/lib/generated/prisma/client", "**/lib/generated/prisma/client"],
    allowTypeImports: true,
    message: "Only lib/data/* queries the database; elsewhere import types only (import type …).",
  },
];
// Who is signed in is read by the gate alone (lib/gate.ts); pages, actions, route
// handlers and data functions ask the gate, so that one decision holds everywhere.
const GATE = [
  {
    name: "@/lib/auth",
    importNames: ["getCurrentUser"],
    message: "Ask the gate (lib/gate.ts): authorize, requireSignedIn, requireStep, authorizeRequest or checkAccess.",
  },
];
// A form component runs in the browser: a schema module would bring zod (and the
// phone library) with it, about 60 kB gzip. Forms take their limits and choice
// lists from lib/schemas/form-constants and lib/vocabularies; types are free.
const SCHEMAS = [
  {
    group: ["@/lib/schemas/*", "!@/lib/schemas/form-constants"],
    allowTypeImports: true,
    message: "A form component imports lib/schemas/form-constants (limits) or lib/vocabularies (choices), not a schema: zod would ship to the browser.",
  },
];
const restrictedImports = ({ database, gate, schemas = false }) => [
  "error",
  { patterns: [...(database ? DATABASE : []), ...(schemas ? SCHEMAS : [])], paths: gate ? GATE : [] },
];

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
      "no-restricted-imports": restrictedImports({ database: true, gate: true }),
    },
  },
  {
    files: ["lib/data/**", "lib/health.ts", "lib/db.ts", "lib/jobs/workers.ts", "lib/**/*.db.test.ts", "tests/**", "scripts/**", "lib/seed/**"],
    rules: { "no-restricted-imports": restrictedImports({ database: false, gate: true }) },
  },
  {
    // Form components (they run in the browser) never load a schema module.
    files: ["app/**/_components/**", "components/**"],
    ignores: ["components/workflow/batch-input.ts", "components/eligibility/use-eligibility-form.ts"],
    rules: { "no-restricted-imports": restrictedImports({ database: true, gate: true, schemas: true }) },
  },
  {
    // The gate alone asks lib/auth who is signed in; everyone else asks the gate.
    files: ["lib/gate.ts"],
    rules: { "no-restricted-imports": restrictedImports({ database: true, gate: false }) },
  },
  {
    // Imports run one way: app → components → lib. A shared component or a
    // library module that needs a server action takes it as a prop or argument.
    files: ["components/**", "lib/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        { zones: [{ target: ["./components", "./lib"], from: "./app", message: "components/ and lib/ must not import from app/: pass the action in as a prop, or move it next to what it serves." }] },
      ],
    },
  },
  {
    // Imports run one way. Tests build on lib/ (demo and test data on lib/seed), never
    // the other way round; and app → components → lib: a shared component or library
    // module that needs a server action takes it as a prop or argument.
    files: ["components/**", "lib/**", "scripts/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: ["./lib", "./scripts"], from: "./tests", message: "lib/ and scripts/ must not import from tests/: move what both need into lib/ (test and demo data: lib/seed)." },
            { target: ["./components", "./lib"], from: "./app", message: "components/ and lib/ must not import from app/: pass the action in as a prop, or move it next to what it serves." },
          ],
        },
      ],
    },
  },
  {
    // Dates are shown one way, in both languages: ISO days and the 24-hour clock in office
    // time (Swedish offices write them so). lib/dates owns the formats.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/dates.ts", "lib/seed/**", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          "Property[key.name=/^(dateStyle|timeStyle)$/]",
          "CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]",
          "CallExpression[callee.object.name='format'][callee.property.name='dateTime']",
        ].map((selector) => ({ selector, message: "Show dates through lib/dates (formatOfficeDay, formatOfficeDateTime, formatOfficeTime): ISO days, 24-hour clock, office time." })),
      ],
    },
  },
  {
    // Every string a form, URL or action argument brings in loses its control characters
    // (a NUL byte made PostgreSQL answer 500): the schemas build strings on safeString().
    files: ["lib/schemas/**"],
    ignores: ["**/*.test.ts", "lib/schemas/safe-string.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='z'][callee.property.name='string']", message: "Use safeString() from lib/schemas/safe-string.ts: it drops NUL and other control characters." },
      ],
    },
  },
  { ignores: [".next*/**", "node_modules/**", "lib/generated/**", ".data/**", "tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;

// npm run db:drift [-- --schema <path>] [--migrations <dir>]
//
// Fails (exit 1) when prisma/schema.prisma and prisma/migrations disagree:
// the migrations are applied to one fresh in-memory PGlite, the SQL Prisma
// generates from the schema to another, and their catalogs are compared
// (see lib/migrations/catalog.ts for what is compared and what is left out).
import { checkDrift } from "../lib/migrations/catalog";
import { runMain } from "./lib/run-main";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const { differences, timingsMs } = await checkDrift({ schemaPath: option("--schema"), migrationsDir: option("--migrations") });
  const seconds = ((timingsMs.total ?? 0) / 1000).toFixed(1);
  if (differences.length === 0) {
    console.log(`No drift: the migrations build the database schema.prisma describes (${seconds} s).`);
    return 0;
  }
  console.error(`Drift: schema.prisma and the migrations disagree in ${differences.length} place(s):\n`);
  for (const line of differences) console.error(`  - ${line}`);
  console.error(
    "\nIf schema.prisma changed, generate a migration: npm run db:migration -- <name>." +
      "\nIf a migration was written by hand, make it match schema.prisma (or name indexes Prisma cannot express *_manual_idx).",
  );
  return 1;
}

runMain(main, 2);

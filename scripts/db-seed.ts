// `npm run db:seed [-- --scale N]`: fills an EMPTY database with demo data
// (about 200 cases, or N for benchmarks) and prints the demo logins. Refuses a
// database that already has users or cases; `npm run db:reset` empties it.
import { DEMO_PASSWORD, SeedRefusedError, seedDemo } from "../lib/seed";
import { resolveOwnerDatabase } from "./lib/owner-database";

function parseScale(args: readonly string[]): number | undefined {
  const index = args.findIndex((arg) => arg === "--scale" || arg.startsWith("--scale="));
  if (index === -1) return undefined;
  const arg = args[index] as string;
  const raw = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[index + 1];
  const scale = Number(raw?.replace(/[_,]/g, ""));
  if (!Number.isInteger(scale) || scale < 0) {
    console.error(`--scale needs a whole number of cases, got "${raw ?? ""}".`);
    process.exit(2);
  }
  return scale;
}

const scale = parseScale(process.argv.slice(2));
const { database, ownerUrl } = await resolveOwnerDatabase().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
let exitCode = 0;
try {
  console.log(`Seeding ${database.isEmbedded ? "the embedded database" : process.env.DATABASE_OWNER_URL ? "DATABASE_OWNER_URL" : "DATABASE_URL"}…`);
  const result = await seedDemo(ownerUrl, { scale, log: (line) => console.log(line) });
  console.log("");
  console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const login of result.logins) console.log(`  ${login.role.padEnd(8)} ${login.email}`);
} catch (error) {
  if (error instanceof SeedRefusedError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);

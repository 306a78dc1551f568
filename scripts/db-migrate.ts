// npm run db:migrate
//
// Applies the pending migrations in prisma/migrations to DATABASE_URL, or to
// the embedded PGlite when DATABASE_URL is not set (started here, or the one
// another process of this project already runs).
import { resolveDatabaseUrl } from "../lib/embedded-postgres";
import { applyMigrations } from "../lib/migrations/runner";

async function main(): Promise<void> {
  const started = Date.now();
  const database = await resolveDatabaseUrl();
  try {
    const where = database.isEmbedded ? "the embedded database" : "DATABASE_URL";
    console.log(`Applying migrations to ${where}…`);
    const { applied } = await applyMigrations(database.url, { log: (line) => console.log(line) });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(applied.length === 0 ? `Up to date (${seconds} s).` : `Applied ${applied.length} migration(s) in ${seconds} s.`);
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

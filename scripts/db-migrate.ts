// npm run db:migrate
//
// Prepares the database as its owner: the pending migrations in
// prisma/migrations, the job queue's tables and schedules, and the app role's
// grants (lib/migrations/prepare.ts). On DATABASE_OWNER_URL (or DATABASE_URL
// when the app has no role of its own), or the embedded PGlite when
// DATABASE_URL is not set.
import { prepareDatabase } from "../lib/migrations/prepare";
import { resolveOwnerDatabase } from "./lib/owner-database";
import { runMain } from "./lib/run-main";

async function main(): Promise<void> {
  const started = Date.now();
  const { database, ownerUrl, appRole } = await resolveOwnerDatabase();
  try {
    const where = database.isEmbedded ? "the embedded database" : process.env.DATABASE_OWNER_URL ? "DATABASE_OWNER_URL" : "DATABASE_URL";
    console.log(`Applying migrations to ${where}…`);
    const { applied } = await prepareDatabase(ownerUrl, { appRole, log: (line) => console.log(line) });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(applied.length === 0 ? `Up to date (${seconds} s).` : `Applied ${applied.length} migration(s) in ${seconds} s.`);
  } finally {
    await database.stop();
  }
}

runMain(main);

// `npm run db:reset`: empties the database (drops the public schema) and
// applies every migration again. For development; refuses in production.
import pg from "pg";
import { resolveDatabaseUrl } from "../lib/embedded-postgres";
import { applyMigrations } from "../lib/migrations/runner";

if (process.env.NODE_ENV === "production") {
  console.error("db:reset refuses to run with NODE_ENV=production.");
  process.exit(1);
}

const database = await resolveDatabaseUrl();
try {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  const { applied } = await applyMigrations(database.url);
  console.log(`Database reset: ${applied.length} migrations applied. Run \`npm run db:seed\` for demo data.`);
} finally {
  await database.stop();
}

// `npm run db:reset`: empties the database (drops the public schema) and
// applies every migration again. For development; refuses in production.
import pg from "pg";
import { JOB_QUEUE_SCHEMA } from "../lib/jobs/catalog";
import { prepareDatabase } from "../lib/migrations/prepare";
import { resolveOwnerDatabase } from "./lib/owner-database";

if (process.env.NODE_ENV === "production") {
  console.error("db:reset refuses to run with NODE_ENV=production.");
  process.exit(1);
}

const { database, ownerUrl, appRole } = await resolveOwnerDatabase().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
try {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${JOB_QUEUE_SCHEMA} CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  await client.end();
  const { applied } = await prepareDatabase(ownerUrl, { appRole });
  console.log(`Database reset: ${applied.length} migrations applied. Run \`npm run db:seed\` for demo data.`);
} finally {
  await database.stop();
}

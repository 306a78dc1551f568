// The database the maintenance scripts (db:migrate, db:seed, db:reset) work
// on, as its owner: DATABASE_OWNER_URL when the app has a role of its own,
// else DATABASE_URL, else the embedded database.
import { EMBEDDED_APP_ROLE, ensureEmbeddedAppRole, resolveDatabaseUrl, type ResolvedDatabase } from "../../lib/embedded-postgres";
import { separateAppRole } from "../../lib/migrations/app-role";

export type OwnerDatabase = { database: ResolvedDatabase; ownerUrl: string; appRole: string | null };

export async function resolveOwnerDatabase(): Promise<OwnerDatabase> {
  const database = await resolveDatabaseUrl();
  if (database.isRunningElsewhere) {
    throw new Error(
      "The app is running on the embedded database, as the app's role, which may not change the schema. Stop it (Ctrl+C) and run this again; `npm start` applies pending migrations itself.",
    );
  }
  if (database.isEmbedded) {
    await ensureEmbeddedAppRole(database.url);
    return { database, ownerUrl: database.url, appRole: EMBEDDED_APP_ROLE };
  }
  const ownerUrl = process.env.DATABASE_OWNER_URL || database.url;
  return { database, ownerUrl, appRole: separateAppRole(ownerUrl, database.url) };
}

// Everything a database needs before the app may use it, in one step run as
// the owner role: the migrations, the job queue's tables and schedules, and
// the app role's grants, all under the migrations' advisory lock, so that
// instances starting at once do it once and the others wait.
//
// No "server-only": scripts/run-app.ts, db:migrate and the tests run it.
import { applyMigrations } from "./runner";
import { grantAppRole } from "./app-role";
import { setUpJobQueue } from "../jobs/queue-setup";

export type PrepareOptions = {
  /** The app's own role (see separateAppRole), which gets row rights; null when the app uses the owner's. */
  appRole?: string | null;
  migrationsDir?: string;
  log?: (line: string) => void;
};

export async function prepareDatabase(ownerUrl: string, opts: PrepareOptions = {}): Promise<{ applied: string[] }> {
  const appRole = opts.appRole ?? null;
  return applyMigrations(ownerUrl, {
    migrationsDir: opts.migrationsDir,
    log: opts.log,
    afterMigrations: async (client) => {
      await setUpJobQueue(ownerUrl);
      if (appRole) {
        await grantAppRole(client, appRole);
        opts.log?.(`Granted row rights to the app role ${appRole}.`);
      }
    },
  });
}

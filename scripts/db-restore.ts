// `npm run db:restore -- FILE`: replaces the contents of the database in use
// (DATABASE_URL, else the embedded one) with a backup made by db:backup. See lib/backup.
import { backupTarget, restore } from "../lib/backup";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- FILE");
  process.exit(2);
}
const started = performance.now();
try {
  await restore(backupTarget(), file, (line) => console.log(line));
  console.log(`Restored ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

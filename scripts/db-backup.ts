// `npm run db:backup [-- FILE]`: backs up the database in use (DATABASE_URL, else the
// embedded one) to FILE, by default backups/hemvag-<time>.dump|.tar.gz. See lib/backup.
import { backup, backupTarget, defaultBackupFile } from "../lib/backup";

const target = backupTarget();
const file = process.argv[2] ?? defaultBackupFile(target);
const started = performance.now();
try {
  await backup(target, file, (line) => console.log(line));
  console.log(`Backup written to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

// Backup and restore of the embedded database (PGlite in .data/pglite): a
// gzipped tar of its whole data folder, made and loaded by PGlite itself
// (dumpDataDir / loadDataDir). pg_dump cannot serve here: the machine's
// pg_dump may be older than PGlite's Postgres, and the socket server does not
// speak all of the protocol it needs. A copy of the folder holds everything:
// the documents, the triggers, the roles.
//
// Only one process may open the folder, so both refuse while the app runs.
// A restore keeps the folder it replaces beside it (pglite.before-restore-…),
// so a wrong file costs nothing.
import fs from "node:fs";
import path from "node:path";
import { findRunningServer, PGLITE_DIR } from "../embedded-postgres";
import type { Progress } from "./server";

/** The first bytes of a gzip file. */
export const EMBEDDED_BACKUP_MAGIC = Buffer.from([0x1f, 0x8b]);

async function refuseWhileRunning(): Promise<void> {
  if ((await findRunningServer()) !== null) {
    throw new Error("The app is running on the embedded database, which only one process may open. Stop it (Ctrl+C) and run this again.");
  }
}

async function openPglite(options: { loadDataDir?: Blob } = {}) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  return PGlite.create(PGLITE_DIR, { extensions: { pg_trgm }, ...options });
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function backupEmbedded(file: string, progress: Progress): Promise<void> {
  await refuseWhileRunning();
  if (!fs.existsSync(PGLITE_DIR)) throw new Error(`There is no embedded database in ${PGLITE_DIR} to back up.`);
  progress(`Opening the embedded database in ${PGLITE_DIR}…`);
  const db = await openPglite();
  try {
    progress("Packing its data folder…");
    const archive = await db.dumpDataDir("gzip");
    fs.writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
    progress(`Wrote ${megabytes(archive.size)}.`);
  } finally {
    await db.close();
  }
}

export async function restoreEmbedded(file: string, progress: Progress): Promise<void> {
  await refuseWhileRunning();
  const bytes = fs.readFileSync(file);
  progress(`Read ${megabytes(bytes.length)} from ${file}.`);
  let keptAs: string | null = null;
  if (fs.existsSync(PGLITE_DIR)) {
    keptAs = `${PGLITE_DIR}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(PGLITE_DIR, keptAs);
    progress(`Kept the current database folder as ${keptAs}.`);
  }
  try {
    progress("Unpacking into a new data folder…");
    fs.mkdirSync(path.dirname(PGLITE_DIR), { recursive: true });
    const db = await openPglite({ loadDataDir: new Blob([bytes]) });
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    progress(`Restored: ${rows[0]?.n ?? 0} tables.`);
    await db.close();
  } catch (error) {
    // Put the old folder back: a failed restore leaves things as they were.
    fs.rmSync(PGLITE_DIR, { recursive: true, force: true });
    if (keptAs) fs.renameSync(keptAs, PGLITE_DIR);
    throw error;
  }
}

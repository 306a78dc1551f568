// `npm run db:backup` / `db:restore`: which kind of backup fits the database
// in use. DATABASE_URL set: a real PostgreSQL, backed up and restored as its
// owner (DATABASE_OWNER_URL when the app has a role of its own) with pg_dump
// and pg_restore (./server.ts). Not set: the embedded PGlite, whose data folder
// is archived whole (./embedded.ts). A file of the other kind is refused
// before anything changes.
import fs from "node:fs";
import path from "node:path";
import { separateAppRole } from "../migrations/app-role";
import { backupEmbedded, EMBEDDED_BACKUP_MAGIC, restoreEmbedded } from "./embedded";
import { backupServer, restoreServer, SERVER_BACKUP_MAGIC, type Progress } from "./server";

export type { Progress };

type Target = { kind: "server"; ownerUrl: string; appRole: string | null } | { kind: "embedded" };

export function backupTarget(env: NodeJS.ProcessEnv = process.env): Target {
  if (!env.DATABASE_URL) return { kind: "embedded" };
  const ownerUrl = env.DATABASE_OWNER_URL || env.DATABASE_URL;
  return { kind: "server", ownerUrl, appRole: separateAppRole(ownerUrl, env.DATABASE_URL) };
}

/** backups/hemvag-2026-12-05T17-20-00.dump (server) or .tar.gz (embedded). */
export function defaultBackupFile(target: Target, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, "-");
  return path.join("backups", `hemvag-${stamp}.${target.kind === "server" ? "dump" : "tar.gz"}`);
}

export async function backup(target: Target, file: string, progress: Progress): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Owner-only from the start: the backup holds every person's data.
  fs.closeSync(fs.openSync(file, "w", 0o600));
  if (target.kind === "server") await backupServer(target.ownerUrl, file, progress);
  else await backupEmbedded(file, progress);
  fs.chmodSync(file, 0o600);
}

function kindOfFile(file: string): Target["kind"] | null {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString("latin1") === SERVER_BACKUP_MAGIC) return "server";
  if (head.subarray(0, 2).equals(EMBEDDED_BACKUP_MAGIC)) return "embedded";
  return null;
}

export async function restore(target: Target, file: string, progress: Progress): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
  const kind = kindOfFile(file);
  if (kind === null) throw new Error(`${file} is not a backup made by npm run db:backup.`);
  if (kind !== target.kind) {
    throw new Error(
      kind === "server"
        ? `${file} is a PostgreSQL backup (pg_dump); set DATABASE_URL to the server to restore it into.`
        : `${file} is a backup of the embedded database; unset DATABASE_URL to restore it there.`,
    );
  }
  if (target.kind === "server") await restoreServer(target.ownerUrl, file, progress, target.appRole);
  else await restoreEmbedded(file, progress);
}

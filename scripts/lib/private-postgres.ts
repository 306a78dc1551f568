// A PostgreSQL server of our own, in a temporary folder on a loopback port:
// for tests that stop and start the database (fault tests) and for walking
// docs/deploy.md from a clean state, without touching the machine's own
// cluster (which other work shares). Uses Debian's PostgreSQL binaries;
// PostgreSQL refuses to run as root, so as root it runs as the user postgres.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type PrivatePostgres = {
  port: number;
  /** postgresql:// URL of a database on it, as a role (default: the superuser postgres). */
  url: (database: string, role?: string) => string;
  /** Runs SQL as the superuser (psql), for setting up roles and databases. */
  psql: (sql: string, database?: string) => void;
  start: () => void;
  /** `fast`: connections are cut off as in a restart by the operating system's service manager. */
  stop: (mode?: "fast" | "immediate") => void;
  destroy: () => void;
};

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("PostgreSQL's server binaries were not found under /usr/lib/postgresql (apt-get install postgresql).");
  return path.join(root, newest, "bin");
}

export function createPrivatePostgres(options: { port: number; maxConnections?: number }): PrivatePostgres {
  const bin = binDir();
  const isRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hemvag-pg-"));
  const dataDir = path.join(dir, "data");
  if (isRoot) spawnSync("chown", ["-R", "postgres:postgres", dir]);
  fs.chmodSync(dir, 0o755);

  const run = (command: string, args: string[]) => {
    const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] : [path.join(bin, command), args];
    const result = spawnSync(file, argv, { encoding: "utf8", cwd: dir });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  };

  run("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const settings = [
    `port = ${options.port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    `max_connections = ${options.maxConnections ?? 40}`,
    "fsync = off",
    "synchronous_commit = off",
    "full_page_writes = off",
  ];
  fs.appendFileSync(path.join(dataDir, "postgresql.conf"), `\n${settings.join("\n")}\n`);

  const server: PrivatePostgres = {
    port: options.port,
    url: (database, role = "postgres") => `postgresql://${role}@127.0.0.1:${options.port}/${database}`,
    psql: (sql, database = "postgres") => {
      const result = spawnSync(path.join(bin, "psql"), ["-h", "127.0.0.1", "-p", String(options.port), "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], {
        encoding: "utf8",
      });
      if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
    },
    start: () => void run("pg_ctl", ["-D", dataDir, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]),
    stop: (mode = "fast") => void run("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "-t", "60", "stop"]),
    destroy: () => {
      try {
        server.stop("immediate");
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

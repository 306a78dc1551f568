// The embedded default database: PGlite (Postgres compiled to WebAssembly)
// keeping its files in `.data/pglite` and served over the Postgres wire
// protocol on a loopback port, so the app, the migration runner and the seed
// all use the same `pg` code path as with a real server.
//
// Only one process may own the data folder. The owner writes
// `.data/embedded.json` with its pid and port; a second command (say
// `npm run db:seed` while the app runs) finds it and connects to that server
// instead of opening the files twice.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export type ResolvedDatabase = {
  url: string;
  isEmbedded: boolean;
  /** The embedded server another process of this project runs (the app, most often): it acts as the app's role. */
  isRunningElsewhere: boolean;
  /** Stops the embedded server this process started; a no-op otherwise. */
  stop: () => Promise<void>;
  /**
   * The embedded server this process started goes on as the app's role
   * (EMBEDDED_APP_ROLE): once the migrations and the seed are done, every
   * connection acts as that role. A no-op for any other database.
   */
  switchToAppRole: () => Promise<void>;
};

/**
 * The role the app acts as on the embedded database. PGlite runs one backend
 * for every connection, so this is a SET ROLE for all of them, not a login of
 * its own: see docs/decisions/006-database-roles.md for what it does and does not stop.
 */
export const EMBEDDED_APP_ROLE = "hemvag_app";

const DATA_DIR = path.resolve(process.env.HEMVAG_DATA_DIR ?? ".data");
/** The embedded database's files (db:backup and db:restore read and replace them). */
export const PGLITE_DIR = path.join(DATA_DIR, "pglite");
const OWNER_FILE = path.join(DATA_DIR, "embedded.json");
/** PGlite runs one backend; the socket server queues the connections onto it. */
const MAX_CONNECTIONS = 20;

export function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The port of the embedded server another process of this project runs, or null. */
export async function findRunningServer(): Promise<number | null> {
  if (!fs.existsSync(OWNER_FILE)) return null;
  try {
    const owner = JSON.parse(fs.readFileSync(OWNER_FILE, "utf8")) as { pid: number; port: number };
    if (isProcessAlive(owner.pid) && (await canConnect(owner.port))) return owner.port;
  } catch {
    // A torn or stale file: the owner died; start afresh below.
  }
  return null;
}

async function openServer(port: number, username?: string) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");

  fs.mkdirSync(PGLITE_DIR, { recursive: true });
  const db = await PGlite.create(PGLITE_DIR, { extensions: { pg_trgm }, ...(username ? { username } : {}) });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new Error(`The embedded database cannot listen on port ${port}: it is taken. Set EMBEDDED_DB_PORT to a free port.`);
    }
    throw error;
  }
  const actualPort = Number(server.getServerConn().split(":").pop());
  const close = async () => {
    await server.stop();
    // Closing PGlite flushes its files; skipping it can leave the folder needing recovery.
    await db.close();
  };
  return { db, port: actualPort, close };
}

async function startEmbeddedServer(port: number): Promise<ResolvedDatabase> {
  let current = await openServer(port);
  fs.writeFileSync(OWNER_FILE, JSON.stringify({ pid: process.pid, port: current.port }));

  let stopped = false;
  return {
    url: embeddedUrl(current.port),
    isEmbedded: true,
    isRunningElsewhere: false,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await current.close();
      fs.rmSync(OWNER_FILE, { force: true });
    },
    switchToAppRole: async () => {
      // Same files, same port: the app never knows; only the role differs.
      await current.close();
      current = await openServer(current.port, EMBEDDED_APP_ROLE);
    },
  };
}

/** Creates the embedded app role if missing (before the grants of the migration step). */
export async function ensureEmbeddedAppRole(url: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${EMBEDDED_APP_ROLE}') THEN CREATE ROLE ${EMBEDDED_APP_ROLE} NOLOGIN; END IF; END $$;`,
    );
  } finally {
    await client.end();
  }
}

/**
 * The database to use: DATABASE_URL when set, else the embedded server
 * (reused when another process of this project already runs it).
 */
export async function resolveDatabaseUrl(): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  const nothing = async () => {};
  if (configured) return { url: configured, isEmbedded: false, isRunningElsewhere: false, stop: nothing, switchToAppRole: nothing };

  const runningPort = await findRunningServer();
  if (runningPort !== null) return { url: embeddedUrl(runningPort), isEmbedded: true, isRunningElsewhere: true, stop: nothing, switchToAppRole: nothing };

  const port = Number(process.env.EMBEDDED_DB_PORT ?? 0);
  return startEmbeddedServer(port);
}

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
  /** Stops the embedded server this process started; a no-op otherwise. */
  stop: () => Promise<void>;
};

const DATA_DIR = path.resolve(process.env.HEMVAG_DATA_DIR ?? ".data");
const PGLITE_DIR = path.join(DATA_DIR, "pglite");
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

async function findRunningServer(): Promise<number | null> {
  if (!fs.existsSync(OWNER_FILE)) return null;
  try {
    const owner = JSON.parse(fs.readFileSync(OWNER_FILE, "utf8")) as { pid: number; port: number };
    if (isProcessAlive(owner.pid) && (await canConnect(owner.port))) return owner.port;
  } catch {
    // A torn or stale file: the owner died; start afresh below.
  }
  return null;
}

async function startEmbeddedServer(port: number): Promise<ResolvedDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");

  fs.mkdirSync(PGLITE_DIR, { recursive: true });
  const db = await PGlite.create(PGLITE_DIR, { extensions: { pg_trgm } });
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
  fs.writeFileSync(OWNER_FILE, JSON.stringify({ pid: process.pid, port: actualPort }));

  let stopped = false;
  return {
    url: embeddedUrl(actualPort),
    isEmbedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing PGlite flushes its files; skipping it can leave the folder needing recovery.
      await db.close();
      fs.rmSync(OWNER_FILE, { force: true });
    },
  };
}

/**
 * The database to use: DATABASE_URL when set, else the embedded server
 * (reused when another process of this project already runs it).
 */
export async function resolveDatabaseUrl(): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, isEmbedded: false, stop: async () => {} };

  const runningPort = await findRunningServer();
  if (runningPort !== null) return { url: embeddedUrl(runningPort), isEmbedded: true, stop: async () => {} };

  const port = Number(process.env.EMBEDDED_DB_PORT ?? 0);
  return startEmbeddedServer(port);
}

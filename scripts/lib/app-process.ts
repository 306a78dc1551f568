// Starts the app's HTTP server (server/index.ts) as a child process on a
// loopback port, with its JSON log in a file: for the end-to-end harness, the
// operations tests (two instances, SIGTERM, database faults) and the bench.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { productionServerNodeArgs } from "../../server/node-flags";

const SERVER_ENTRY = path.resolve(import.meta.dirname, "../../server/index.ts");

export type AppProcess = {
  url: string;
  port: number;
  logFile: string;
  child: ChildProcess;
  /** Resolves once /api/health/ready answers 200 (rejects if the process exits first). */
  ready: (timeoutMs?: number) => Promise<void>;
  /** SIGTERM, then the exit code once the process has ended. */
  stop: () => Promise<number | null>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `nodeArgs`: flags for Node itself, such as the bench's --cpu-prof (which NODE_OPTIONS does not accept). */
export function startAppProcess(options: { port: number; env: NodeJS.ProcessEnv; logFile: string; nodeArgs?: string[] }): AppProcess {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "a");
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...productionServerNodeArgs(options.env), SERVER_ENTRY], {
    stdio: ["ignore", log, log],
    env: { ...options.env, PORT: String(options.port), HOST: "127.0.0.1" },
  });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    url,
    port: options.port,
    logFile: options.logFile,
    child,
    ready: async (timeoutMs = 90_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`The app on port ${options.port} exited during start-up; see ${options.logFile}.`);
        try {
          if ((await fetch(`${url}/api/health/ready`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`The app at ${url} was not ready within ${timeoutMs / 1000} s; see ${options.logFile}.`);
    },
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

/** The JSON lines an app process has logged so far. */
export function readLogLines(logFile: string): Record<string, unknown>[] {
  if (!fs.existsSync(logFile)) return [];
  return fs
    .readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

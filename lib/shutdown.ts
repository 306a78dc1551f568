// What must be closed when the process stops: the job workers, then the
// database pool. Modules register here as they open something; the HTTP
// server (server/index.ts) runs the hooks once the requests in flight are done.
// On globalThis: Next's bundle and the server share one list.
//
// No "server-only": the HTTP server runs outside Next's bundle.
type Hook = { name: string; order: number; close: () => Promise<void> };

type ShutdownState = { hooks: Hook[]; isShuttingDown: boolean };

const globalForShutdown = globalThis as unknown as { hemvagShutdown?: ShutdownState };
const state = (globalForShutdown.hemvagShutdown ??= { hooks: [], isShuttingDown: false });

/** Lower `order` closes first: job workers (10) before the pool they use (100). */
export function onShutdown(name: string, order: number, close: () => Promise<void>): void {
  state.hooks = state.hooks.filter((hook) => hook.name !== name);
  state.hooks.push({ name, order, close });
}

export function isShuttingDown(): boolean {
  return state.isShuttingDown;
}

export function markShuttingDown(): void {
  state.isShuttingDown = true;
}

/** Runs every hook in order; a hook that fails is reported and the rest still run. */
export async function runShutdownHooks(report: (name: string, error: unknown) => void): Promise<void> {
  for (const hook of [...state.hooks].sort((a, b) => a.order - b.order)) {
    try {
      await hook.close();
    } catch (error) {
      report(hook.name, error);
    }
  }
  state.hooks = [];
}

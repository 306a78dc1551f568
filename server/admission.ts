// At most `limit` requests are inside Next at once on this instance; the rest
// wait their turn in the order they came, and one whose client has gone
// before its turn is dropped without any work done for it.
//
// Why (decision 017): an instance renders on one thread, so twenty-five pages
// in flight make none of them faster. They share the CPU, each keeps its
// render's memory (up to about 12 MB for a large page) until it is sent, and
// garbage collection grows with them. A few at a time finish sooner, keep the
// heap small, and a request whose client gave up (a proxy's timeout, a closed
// tab) costs nothing. A waiting request costs its socket. Past `maxWaiting`,
// or after `maxWaitMs` without a place, the answer is "busy, try again"
// (`refuse`): an overload, or places held by requests stuck on the database,
// is answered within a bounded time rather than queued without end.
import { AsyncResource } from "node:async_hooks";
import type { ServerResponse } from "node:http";

export type Admission = {
  /** Runs `handle` now or when a place frees; not at all if the client goes first or too many wait. */
  admit: (res: ServerResponse, handle: () => Promise<void>) => void;
  running: () => number;
  waiting: () => number;
};

type Waiting = { handle: () => Promise<void>; timer?: NodeJS.Timeout };

export function createAdmission(options: { limit: number; maxWaiting: number; maxWaitMs: number; refuse: (res: ServerResponse) => void }): Admission {
  const queue: Waiting[] = [];
  let running = 0;

  const start = ({ handle, timer }: Waiting) => {
    clearTimeout(timer);
    running++;
    // A place frees when Next is done with the request (it has sent the answer or seen the client go).
    void handle().finally(() => {
      running--;
      startNext();
    });
  };

  const startNext = () => {
    while (running < options.limit && queue.length > 0) start(queue.shift()!);
  };

  return {
    admit(res, handle) {
      if (running < options.limit) return start({ handle });
      if (queue.length >= options.maxWaiting) return options.refuse(res);
      // Its turn comes when another request ends, inside that request's async context:
      // bound here, it runs in its own, and sees none of the other's stores.
      const entry: Waiting = { handle: AsyncResource.bind(handle) };
      const leave = () => {
        const index = queue.indexOf(entry);
        if (index === -1) return false;
        queue.splice(index, 1);
        clearTimeout(entry.timer);
        return true;
      };
      queue.push(entry);
      entry.timer = setTimeout(() => leave() && options.refuse(res), options.maxWaitMs).unref();
      // While it waits, "close" means the client went away: forget it.
      res.once("close", leave);
    },
    running: () => running,
    waiting: () => queue.length,
  };
}

import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAdmission, type Admission } from "./admission";

// A real HTTP server whose handler holds each request until the test releases it.
type Held = { path: string; release: () => void };

async function serve(limit: number, maxWaiting: number, maxWaitMs = 60_000) {
  const held: Held[] = [];
  const started: string[] = [];
  const storeSeen: (string | undefined)[] = [];
  const storage = new AsyncLocalStorage<string>();
  let refused = 0;
  const admission: Admission = createAdmission({
    limit,
    maxWaiting,
    maxWaitMs,
    refuse: (res) => {
      refused++;
      res.writeHead(503).end("busy");
    },
  });
  const server = http.createServer((req, res) => {
    // Each request has its own store, set before it is admitted; the request whose end
    // frees a place must not pass its own to the one that takes the place.
    storage.run(`store of ${req.url}`, () =>
      admission.admit(res, async () => {
        started.push(req.url!);
        storeSeen.push(storage.getStore());
        await new Promise<void>((release) => held.push({ path: req.url!, release }));
        res.end(`done ${req.url}`);
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const request = (path: string) => {
    const req = http.get({ host: "127.0.0.1", port, path, agent: false });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on("response", (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body }));
      });
      req.on("error", reject);
    });
    return { req, answer };
  };
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(condition()).toBe(true);
  };
  const releaseOldest = () => held.shift()!.release();
  servers.push(server);
  return { admission, request, until, started, storeSeen, releaseOldest, refusedCount: () => refused };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("createAdmission", () => {
  it("lets at most `limit` requests in at once; the rest go in, in the order they came, as places free", async () => {
    const app = await serve(2, 10);
    const answers = ["/1", "/2", "/3", "/4", "/5"].map((path) => app.request(path).answer);
    await app.until(() => app.started.length === 2 && app.admission.waiting() === 3);
    expect(app.started).toEqual(["/1", "/2"]);
    expect(app.admission.running()).toBe(2);

    app.releaseOldest();
    await app.until(() => app.started.length === 3);
    expect(app.admission.running()).toBe(2);
    while (app.started.length < 5 || app.admission.running() > 0) {
      if (app.admission.running() > 0) app.releaseOldest();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(app.started).toEqual(["/1", "/2", "/3", "/4", "/5"]);
    expect((await Promise.all(answers)).map((answer) => answer.body)).toEqual(["done /1", "done /2", "done /3", "done /4", "done /5"]);
    // Each ran in its own context, also those started when another request ended.
    expect(app.storeSeen).toEqual(["store of /1", "store of /2", "store of /3", "store of /4", "store of /5"]);
  });

  it("drops a waiting request whose client has gone, without running it", async () => {
    const app = await serve(1, 10);
    const first = app.request("/first");
    await app.until(() => app.started.length === 1);
    const gone = app.request("/gone");
    gone.answer.catch(() => undefined);
    const third = app.request("/third");
    await app.until(() => app.admission.waiting() === 2);

    gone.req.destroy();
    await app.until(() => app.admission.waiting() === 1);
    app.releaseOldest();
    await app.until(() => app.started.length === 2);
    app.releaseOldest();
    expect((await first.answer).body).toBe("done /first");
    expect((await third.answer).body).toBe("done /third");
    expect(app.started).toEqual(["/first", "/third"]);
  });

  it("refuses a request when `maxWaiting` already wait, and takes new ones again once there is room", async () => {
    const app = await serve(1, 1);
    const running = app.request("/running");
    await app.until(() => app.started.length === 1);
    const waiting = app.request("/waiting");
    await app.until(() => app.admission.waiting() === 1);

    expect(await app.request("/refused").answer).toEqual({ status: 503, body: "busy" });
    expect(app.refusedCount()).toBe(1);

    app.releaseOldest();
    await app.until(() => app.started.length === 2);
    const later = app.request("/later");
    await app.until(() => app.admission.waiting() === 1);
    app.releaseOldest();
    await app.until(() => app.started.length === 3);
    app.releaseOldest();
    expect((await Promise.all([running.answer, waiting.answer, later.answer])).map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(app.started).toEqual(["/running", "/waiting", "/later"]);
  });

  it("refuses a request that has waited `maxWaitMs` without a place, and runs the ones behind it when places free", async () => {
    const app = await serve(1, 10, 200);
    const running = app.request("/running");
    await app.until(() => app.started.length === 1);
    const asked = Date.now();
    const tooLong = await app.request("/too-long").answer;
    expect(tooLong).toEqual({ status: 503, body: "busy" });
    expect(Date.now() - asked).toBeGreaterThanOrEqual(190);
    expect(app.admission.waiting()).toBe(0);

    const next = app.request("/next");
    await app.until(() => app.admission.waiting() === 1);
    app.releaseOldest();
    await app.until(() => app.started.length === 2);
    app.releaseOldest();
    expect((await running.answer).status).toBe(200);
    expect((await next.answer).status).toBe(200);
    expect(app.started).toEqual(["/running", "/next"]);
  });
});

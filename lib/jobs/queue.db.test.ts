// The job queue against a real Postgres, as two app instances would use it:
// each job runs exactly once, a failed one is retried, one whose worker died
// is taken up again by the other instance, and a cron schedule fires once per
// minute however many instances watch it. Each "instance" here is a pool and
// a set of workers of its own (lib/jobs/workers.ts), as in the app.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { JobDefinition } from "@/lib/jobs/catalog";
import { setUpJobQueue } from "@/lib/jobs/queue-setup";
import { startWorkers, type JobWorkers } from "@/lib/jobs/workers";

const db = getDb();
const TEST_JOBS: JobDefinition[] = [
  { name: "test-counted", retryLimit: 2, retryDelaySeconds: 1, expireInSeconds: 60 },
  { name: "test-flaky", retryLimit: 2, retryDelaySeconds: 1, expireInSeconds: 60 },
  { name: "test-stalls-once", retryLimit: 2, retryDelaySeconds: 1, expireInSeconds: 2 },
  { name: "test-every-minute", cron: "* * * * *", retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 60 },
];

let flakyCalls = 0;
let stalls = 1;
const HANDLERS = {
  "test-counted": async () => ({ done: 1 }),
  "test-flaky": async () => {
    flakyCalls += 1;
    if (flakyCalls === 1) throw new Error("first try fails (a timeout talking to person@example.se about 19900101-1234)");
    return { done: 1 };
  },
  "test-stalls-once": async () => {
    // The first worker to take it "dies" holding it: it never answers.
    if (stalls-- > 0) await new Promise(() => {});
    return { done: 1 };
  },
  "test-every-minute": async () => ({ done: 1 }),
};

const pools: pg.Pool[] = [];
const instances: JobWorkers[] = [];

/**
 * A pool of the test's own. Its idle connections are ended by the database's
 * drop after the file (DROP DATABASE … WITH (FORCE)) if pg-boss still holds
 * one then; a pool without an error listener turns that into an unhandled
 * error that fails the whole run, so the test listens, as the app's pool does.
 */
function testPool(max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max });
  pool.on("error", () => {});
  pools.push(pool);
  return pool;
}

async function startInstance(): Promise<JobWorkers> {
  const pool = testPool(4);
  const workers = await startWorkers({ pool, jobs: TEST_JOBS, handlers: HANDLERS, pollSeconds: 0.5, maintenanceSeconds: 1 });
  instances.push(workers);
  return workers;
}

async function runsOf(job: string) {
  return db.jobRun.findMany({ where: { job }, orderBy: { startedAt: "asc" }, select: { queueJobId: true, attempt: true, outcome: true, error: true } });
}

async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  await setUpJobQueue(process.env.DATABASE_URL!, TEST_JOBS);
});

afterAll(async () => {
  for (const instance of instances) await instance.stop(false).catch(() => {});
  for (const pool of pools) await pool.end().catch(() => {});
});

describe("the job queue with two instances", () => {
  it("runs each job exactly once, whichever instance takes it", async () => {
    const [a, b] = [await startInstance(), await startInstance()];
    const sent = new Set<string>();
    for (let n = 0; n < 10; n += 1) sent.add((await (n % 2 === 0 ? a : b).send("test-counted"))!);
    const runs = await waitFor(() => runsOf("test-counted"), (rows) => rows.filter((r) => r.outcome === "SUCCEEDED").length >= 10, 20_000);
    expect(runs.filter((r) => r.outcome === "SUCCEEDED")).toHaveLength(10);
    // A little longer: no second run of anything turns up.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const again = await runsOf("test-counted");
    expect(again).toHaveLength(10);
    expect(new Set(again.map((r) => r.queueJobId))).toEqual(sent);
  });

  it("retries a failed job, and keeps the failure (scrubbed) in its run record", async () => {
    await instances[0]!.send("test-flaky");
    const runs = await waitFor(() => runsOf("test-flaky"), (rows) => rows.some((r) => r.outcome === "SUCCEEDED"), 20_000);
    expect(runs.map((r) => [r.attempt, r.outcome])).toEqual([
      [1, "FAILED"],
      [2, "SUCCEEDED"],
    ]);
    expect(runs[0]!.error).toContain("first try fails");
    expect(runs[0]!.error).not.toMatch(/person@example\.se|19900101-1234/);
  });

  it("takes up a job again when the worker holding it died", async () => {
    await instances[0]!.send("test-stalls-once");
    const runs = await waitFor(() => runsOf("test-stalls-once"), (rows) => rows.some((r) => r.outcome === "SUCCEEDED"), 30_000);
    expect(runs.map((r) => r.outcome)).toEqual(["RUNNING", "SUCCEEDED"]);
    expect(runs[1]!.attempt).toBe(2);
  });

  it("keeps a job sent while no instance runs, and runs it once one starts", async () => {
    for (const instance of instances.splice(0)) await instance.stop(true);
    const waiting = await startInstance();
    await waiting.stop(true);
    instances.splice(0);
    const queued = testPool(1);
    const sender = await startWorkers({ pool: queued, jobs: [], handlers: {}, pollSeconds: 0.5 });
    const id = await sender.send("test-counted");
    await sender.stop(true);
    await startInstance();
    const runs = await waitFor(() => runsOf("test-counted"), (rows) => rows.some((r) => r.queueJobId === id && r.outcome === "SUCCEEDED"), 20_000);
    expect(runs.filter((r) => r.queueJobId === id)).toHaveLength(1);
  });

  it("fires a cron schedule once a minute however many instances watch it", async () => {
    await startInstance(); // a second instance beside the one started above
    const firstMinute = await waitFor(() => runsOf("test-every-minute"), (rows) => rows.length >= 1, 75_000);
    expect(firstMinute.length).toBeGreaterThanOrEqual(1);
    // Several seconds past the fire: still exactly one run for that minute.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(await runsOf("test-every-minute")).toHaveLength(1);
  }, 100_000);
});

// Demo data for an empty database: one office with two teams, a demo login for
// every role, and fictional cases in every status with the history that status
// implies. `scale` sets the number of cases (about 200 by default; 100,000 for
// benchmarks). Everything is written in one transaction, so a failed seed
// leaves the database as empty as it found it and can simply be run again.
//
// Used by `npm run db:seed`, the app launcher (empty embedded database) and the
// end-to-end tests. No "server-only": it runs outside Next.js.
import pg from "pg";
import { hashPassword } from "../passwords";
import { DERIVED_TABLES } from "../migrations/app-role";
import { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from "./demo-logins";
import { DEFAULT_CASE_COUNT, buildStaff, pickMyDay, planAll } from "./demo-office";
import { createFactories } from "./factories";
import { createIdGenerator, newIdPrefix } from "./random";
import { encodeBatch, toPortable, type BatchInput } from "./batch";
import { bulkInsert, runInsert, type EncodedInsert } from "./bulk-insert";
import * as TABLES from "./tables";
import { CASE, ORGANISATION, TASK, TEAM, USER } from "./tables";
import { seedGuidance } from "./guidance";
import { seedClientMaterial } from "./client-material";

const ALL_TABLES = Object.values(TABLES);

// The demo logins are part of what the seed gives its callers (the launcher and `db:seed` print them).
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from "./demo-logins";

export type SeedOptions = {
  /** Number of cases; default 200. */
  scale?: number;
  log?: (line: string) => void;
  /** PRNG seed; the same seed and `today` give the same content. */
  seed?: number;
  /** "YYYY-MM-DD" (Europe/Stockholm) the data is as of; default today. */
  today?: string;
  /** Cases per generated batch; default 5,000. */
  batchSize?: number;
  /** Save eligibility checks (input and full result as JSON). Default: on up to 20,000 cases. */
  withEligibilityChecks?: boolean;
};

export type SeedResult = {
  cases: number;
  /** Rows written per table. */
  counts: Record<string, number>;
  elapsedMs: number;
  logins: readonly DemoLogin[];
};

/** The database already holds data; nothing was written. */
export class SeedRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SeedRefusedError";
  }
}

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Batches in order, pausing now and then while building so the previous batch's queries go out. */
async function* buildBatches(inputs: readonly BatchInput[]): AsyncGenerator<EncodedInsert[]> {
  for (const input of inputs) yield await encodeBatch(input, yieldToIo);
}

export async function seedDemo(databaseUrl: string, options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const caseCount = Math.max(0, Math.floor(options.scale ?? DEFAULT_CASE_COUNT));
  const batchSize = Math.max(1, options.batchSize ?? 5_000);
  const withEligibilityChecks = options.withEligibilityChecks ?? caseCount <= 20_000;

  const client = new pg.Client({ connectionString: databaseUrl, application_name: "hemvag-seed" });
  // A lost connection surfaces as the failing query's error; without a listener it would crash the process.
  client.on("error", () => {});
  await client.connect();
  const counts: Record<string, number> = {};
  const count = (table: string, n: number) => {
    counts[table] = (counts[table] ?? 0) + n;
  };
  try {
    await client.query("BEGIN");
    // Losing a seed to a crash costs nothing; waiting for the flush does. LOCAL, because
    // on the embedded PGlite every connection shares one backend and its settings.
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('hemvag:seed'))");
    await refuseUnlessEmpty(client);
    const skipsForeignKeyChecks = await skipForeignKeyChecks(client);
    // The figures' events (decision 027) are derived once, at the end, not per batch statement.
    await client.query("SELECT set_config('hemvag.figures_deferred', 'on', true)");

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const seed = options.seed ?? 2026;
    const idPrefix = newIdPrefix();
    const newId = createIdGenerator(`${idPrefix}0`, 7);
    const bootstrap = createFactories({ seed, today: options.today, newId });
    const { rows: organisationRows, ids: organisations } = bootstrap.buildOrganisations();
    const factories = createFactories({ seed, today: options.today, newId, organisations, withEligibilityChecks });
    const staff = buildStaff(factories, caseCount, passwordHash);

    count("Team", await bulkInsert(client, TEAM, staff.teams));
    count("User", await bulkInsert(client, USER, staff.users));
    count("Organisation", await bulkInsert(client, ORGANISATION, organisationRows));

    const plans = planAll(factories, staff, caseCount);
    const myDay = pickMyDay(plans, staff.demoAdviser.id);
    // Numbered in order of opening, per year, as the office would have numbered them.
    const seqByYear = new Map<number, number>();
    const inputs: BatchInput[] = [];
    for (let start = 0; start < plans.length; start += batchSize) {
      const index = inputs.length;
      inputs.push({
        index,
        seed,
        today: factories.today,
        now: factories.now.getTime(),
        // Three characters for every batch, a length no other generator here uses, so no two can meet.
        idPrefix: `${idPrefix}${(index + 1).toString(36).padStart(3, "0")}`,
        organisations,
        withEligibilityChecks,
        plans: plans.slice(start, start + batchSize).map((plan, offset) => {
          const caseYear = new Date((plan.stageStarts[0] as number) * 86_400_000).getUTCFullYear();
          const caseSeq = (seqByYear.get(caseYear) ?? 0) + 1;
          seqByYear.set(caseYear, caseSeq);
          return toPortable(plan, caseYear, caseSeq, myDay.get(start + offset) ?? null);
        }),
      });
    }
    log(`Planned ${caseCount.toLocaleString("en")} cases in ${seconds(started)} s; writing…`);

    let pending: Promise<unknown> | null = null;
    let written = 0;
    // Each batch is built while the previous one is being written.
    for await (const inserts of buildBatches(inputs)) {
      const failure = pending ? await pending : null;
      if (failure) throw failure;
      pending = writeInserts(client, inserts, count).then(
        () => null,
        (error: unknown) => error,
      );
      written += inserts.find((insert) => insert.table === CASE.table)?.rows ?? 0;
      if (inputs.length > 1) log(`  ${written.toLocaleString("en")} / ${caseCount.toLocaleString("en")} cases (${seconds(started)} s)`);
    }
    const failure = pending ? await pending : null;
    if (failure) throw failure;

    // Tasks that belong to no case.
    const officeTasks = [
      factories.buildTask({ assigneeId: staff.demoAdviser.id, title: "Förbered informationsträff med Irakiska kulturföreningen", dueOn: factories.today }),
      factories.buildTask({ assigneeId: staff.manager.id, title: "Sammanställ kvartalsstatistik till nämnden", dueOn: null }),
    ];
    count("Task", await bulkInsert(client, TASK, officeTasks));

    // The referral guidance, at every scale: a benchmark's /guidance page reads what the demo's does.
    const guidance = await seedGuidance(client, { ownerEmail: staff.demoAdviser.email });
    count("GuidanceArticle", guidance.inserted + guidance.updated);
    // The information sheet and consent form in every language the office meets.
    const material = await seedClientMaterial(client);
    count("ClientMaterialText", material.inserted + material.updated);

    const sequences = await client.query(
      `INSERT INTO "CaseNumberSequence" ("year", "lastValue", "createdAt", "updatedAt")
       SELECT "caseYear", max("caseSeq"), now(), now() FROM "Case" GROUP BY "caseYear"`,
    );
    count("CaseNumberSequence", sequences.rowCount ?? 0);
    if (skipsForeignKeyChecks) await client.query("SET LOCAL session_replication_role = DEFAULT");
    await client.query("SELECT set_config('hemvag.figures_deferred', 'off', true)");
    await client.query(`SELECT "figure_refresh"(ARRAY(SELECT id FROM "Case"), ARRAY(SELECT id FROM "RetainedCaseStatistics"))`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }

  // Fresh statistics, or the first queries plan as if the tables were empty.
  await vacuumAnalyze(databaseUrl, [...Object.keys(counts), ...DERIVED_TABLES]);

  const elapsedMs = Math.round(performance.now() - started);
  log(`Seeded ${caseCount.toLocaleString("en")} cases in ${(elapsedMs / 1000).toFixed(1)} s.`);
  const width = Math.max(...Object.keys(counts).map((table) => table.length));
  for (const [table, n] of Object.entries(counts)) log(`  ${table.padEnd(width)}  ${n.toLocaleString("en").padStart(10)}`);
  return { cases: caseCount, counts, elapsedMs, logins: DEMO_LOGINS };
}


async function writeInserts(client: pg.Client, inserts: readonly EncodedInsert[], count: (table: string, n: number) => void): Promise<void> {
  for (const insert of inserts) count(insert.table, await runInsert(client, insert));
}

/**
 * Foreign keys are checked by a trigger per row, which more than doubles the
 * cost of a bulk load. The rows come from the factories, which build every
 * reference from the rows they made (the seed tests check each key), so the
 * seed switches those triggers off for its own transaction, as pg_dump's
 * --disable-triggers does. Only when the tables carry no triggers of their own
 * (which must always fire) and the role may do so (superuser, as the local
 * server and the embedded one are); otherwise the checks simply run.
 */
async function skipForeignKeyChecks(client: pg.Client): Promise<boolean> {
  const tables = ALL_TABLES.map((spec) => spec.table);
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     JOIN pg_namespace ns ON ns.oid = c.relnamespace
     WHERE NOT t.tgisinternal AND ns.nspname = current_schema() AND c.relname = ANY($1::text[])`,
    [tables],
  );
  if ((rows[0]?.n ?? 0) > 0) return false;
  await client.query("SAVEPOINT replication_role");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("RELEASE SAVEPOINT replication_role");
    return true;
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT replication_role");
    return false;
  }
}

async function refuseUnlessEmpty(client: pg.Client): Promise<void> {
  let row: { users: string; cases: string; teams: string; organisations: string } | undefined;
  try {
    const result = await client.query<{ users: string; cases: string; teams: string; organisations: string }>(
      `SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Case") AS cases,
              (SELECT count(*) FROM "Team") AS teams, (SELECT count(*) FROM "Organisation") AS organisations`,
    );
    row = result.rows[0];
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") {
      throw new SeedRefusedError("The database has no tables yet. Run `npm run db:migrate` first.");
    }
    throw error;
  }
  const found = Object.entries(row ?? {}).filter(([, n]) => Number(n) > 0);
  if (found.length > 0) {
    throw new SeedRefusedError(
      `The database is not empty (${found.map(([table, n]) => `${n} ${table}`).join(", ")}); the seed only fills an empty database. ` +
        "Nothing was changed. To start over, run `npm run db:reset` and then `npm run db:seed`.",
    );
  }
}

/**
 * After a bulk load: fresh planner statistics, and the GIN indexes' pending
 * lists merged into the indexes. Left to autovacuum, a name search would read
 * thousands of pending entries one by one until it came round
 * (measured at 100,000 cases with the trigram indexes of the time: 38 ms instead of 4 ms for one search).
 */
async function vacuumAnalyze(databaseUrl: string, tables: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "hemvag-seed" });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(`VACUUM (ANALYZE) ${tables.map((table) => `"${table}"`).join(", ")}`);
  } finally {
    await client.end().catch(() => {});
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

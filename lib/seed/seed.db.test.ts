// The demo seed against a real database. The seed needs an empty one: the
// file's own migrated database (tests/setup/worker-db.ts) for the demo office,
// and fresh copies for the other scenarios.
import pg from "pg";
import { CLIENT_LANGUAGE_CODES } from "@/lib/client-material/languages";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/passwords";
import { createTestDatabase, type TestDatabase } from "@/tests/setup/worker-db";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureOrganisations, insertCaseGraphs } from "@/tests/support/factories";
import { CASE_PATH } from "./case-plan";
import { createFactories } from "./factories";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins";
import { MAIN_TEAM, SECOND_TEAM } from "./demo-office";
import { SeedRefusedError, seedDemo } from "./index";
import { GUIDANCE_ARTICLES } from "./guidance";

const TABLES = [
  "Team",
  "User",
  "Organisation",
  "Case",
  "HouseholdMember",
  "CaseStatusChange",
  "CounsellingSession",
  "ReturnPlanStep",
  "EligibilityCheck",
  "Referral",
  "ReferralEvent",
  "Task",
  "FollowUp",
  "CaseNumberSequence",
  "GuidanceArticle",
  "ClientMaterialText",
] as const;

let databaseUrl: string;
let client: pg.Client;
const extraDatabases: TestDatabase[] = [];

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(sql, params)).rows;
}

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(row?.n);
  }
  return counts;
}

async function connect(url: string): Promise<void> {
  await client?.end();
  databaseUrl = url;
  client = new pg.Client({ connectionString: url });
  await client.connect();
}

/** Switches to a new, empty, migrated database. */
async function freshDatabase(): Promise<void> {
  const database = await createTestDatabase({ migrated: true });
  extraDatabases.push(database);
  await connect(database.url);
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Run with the db project: tests/setup/worker-db.ts sets DATABASE_URL.");
  await connect(url);
});

afterAll(async () => {
  await client?.end();
  for (const database of extraDatabases) await database.drop();
});

describe("seedDemo", () => {
  it("fills an empty database with an office: every role, every status, numbered cases", async () => {
    const result = await seedDemo(databaseUrl);
    expect(result.cases).toBe(200);

    // What it reports is what is there.
    const counts = await tableCounts();
    for (const [table, n] of Object.entries(result.counts)) expect(counts[table], table).toBe(n);
    expect(counts.Case).toBe(200);

    // Teams and one demo login per role, with the documented password.
    const teams = await query<{ name: string }>(`SELECT name FROM "Team" ORDER BY name`);
    expect(teams.map((team) => team.name).sort()).toEqual([MAIN_TEAM, SECOND_TEAM].sort());
    for (const login of DEMO_LOGINS) {
      const [user] = await query<{ role: string; passwordHash: string; isActive: boolean }>(
        `SELECT role, "passwordHash", "isActive" FROM "User" WHERE email = $1`,
        [login.email],
      );
      expect(user, login.email).toMatchObject({ role: login.role, isActive: true });
      expect(await verifyPassword(user!.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    const roles = await query<{ role: string }>(`SELECT DISTINCT role::text FROM "User"`);
    expect(new Set(roles.map((row) => row.role))).toEqual(new Set(["ADVISER", "STAFF", "MANAGER", "ADMIN"]));
    const advisersPerTeam = await query<{ name: string; n: string }>(
      `SELECT t.name, count(*) AS n FROM "User" u JOIN "Team" t ON t.id = u."teamId" WHERE u.role = 'ADVISER' AND u."isActive" GROUP BY t.name`,
    );
    expect(advisersPerTeam).toHaveLength(2);

    // Every status, every outcome, and a history that ends where the case is.
    const statuses = await query<{ status: string }>(`SELECT DISTINCT status::text FROM "Case"`);
    expect(new Set(statuses.map((row) => row.status))).toEqual(new Set(CASE_PATH));
    const outcomes = await query<{ outcome: string }>(`SELECT DISTINCT outcome::text FROM "Case" WHERE status = 'CLOSED'`);
    expect(outcomes).toHaveLength(5);
    const [{ mismatched } = { mismatched: "-1" }] = await query<{ mismatched: string }>(`
      SELECT count(*) AS mismatched FROM "Case" c
      WHERE c.status IS DISTINCT FROM (
        SELECT s."toStatus" FROM "CaseStatusChange" s WHERE s."caseId" = c.id ORDER BY s."createdAt" DESC, s.id DESC LIMIT 1)
        OR (c.status = 'CLOSED') <> (c.outcome IS NOT NULL) OR (c.status = 'CLOSED') <> (c."closedAt" IS NOT NULL)`);
    expect(Number(mismatched)).toBe(0);

    // Case numbers: "YYYY/NNNN", gap-free per year, and the sequence rows agree.
    const [numbers] = await query<{ bad: string }>(`
      SELECT count(*) AS bad FROM "Case"
      WHERE "caseNumber" <> "caseYear"::text || '/' || lpad("caseSeq"::text, 4, '0')
         OR "caseYear" <> extract(year FROM "openedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Stockholm')`);
    expect(Number(numbers?.bad)).toBe(0);
    const years = await query<{ caseYear: number; n: string; max: number; lastValue: number | null }>(`
      SELECT c."caseYear", count(*) AS n, max(c."caseSeq") AS max, s."lastValue"
      FROM "Case" c LEFT JOIN "CaseNumberSequence" s ON s.year = c."caseYear"
      GROUP BY c."caseYear", s."lastValue"`);
    for (const year of years) {
      expect(year.max).toBe(Number(year.n));
      expect(year.lastValue).toBe(year.max);
    }
    expect(counts.CaseNumberSequence).toBe(years.length);

    // "My day" for the demo adviser: appointments today and something due.
    const [myDay] = await query<{ sessions: string; due: string }>(`
      SELECT
        (SELECT count(*) FROM "CounsellingSession" s JOIN "Case" c ON c.id = s."caseId"
          WHERE c."adviserId" = u.id
            AND (s."startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Stockholm')::date = (now() AT TIME ZONE 'Europe/Stockholm')::date) AS sessions,
        (SELECT count(*) FROM "Task" t WHERE t."assigneeId" = u.id AND t.status = 'OPEN'
          AND t."dueOn" <= (now() AT TIME ZONE 'Europe/Stockholm')::date) AS due
      FROM "User" u WHERE u.email = 'adviser@hemvag.test'`);
    expect(Number(myDay?.sessions)).toBeGreaterThanOrEqual(3);
    expect(Number(myDay?.due)).toBeGreaterThanOrEqual(3);
    // Stored as Prisma stores them (UTC in timestamp(3)): today's appointments at these Stockholm times.
    const times = await query<{ at: string }>(`
      SELECT to_char(s."startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Stockholm', 'HH24:MI') AS at
      FROM "CounsellingSession" s JOIN "Case" c ON c.id = s."caseId" JOIN "User" u ON u.id = c."adviserId"
      WHERE u.email = 'adviser@hemvag.test'
        AND (s."startsAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Stockholm')::date = (now() AT TIME ZONE 'Europe/Stockholm')::date`);
    expect(times.map((row) => row.at)).toEqual(expect.arrayContaining(["09:00", "10:30", "13:00", "14:30"]));

    // Referrals go to the seeded organisations, and every departed case has its three follow-ups.
    const [followUps] = await query<{ bad: string }>(`
      SELECT count(*) AS bad FROM "Case" c
      WHERE c.status IN ('DEPARTED', 'FOLLOW_UP') AND (SELECT count(*) FROM "FollowUp" f WHERE f."caseId" = c.id) <> 3`);
    expect(Number(followUps?.bad)).toBe(0);
    const organisations = await query<{ name: string }>(`SELECT name FROM "Organisation"`);
    expect(organisations.map((row) => row.name)).toEqual(expect.arrayContaining(["Migrationsverket", "Arbetsförmedlingen"]));
  });

  it("refuses a database that already has data, and changes nothing", async () => {
    const before = await tableCounts();
    expect(before.Case).toBeGreaterThan(0);
    await expect(seedDemo(databaseUrl)).rejects.toBeInstanceOf(SeedRefusedError);
    await expect(seedDemo(databaseUrl, { scale: 10 })).rejects.toThrow(/not empty/);
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses when only users exist", async () => {
    await freshDatabase();
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('u1', 'someone@hemvag.test', 'Someone', 'ADMIN', now())`,
    );
    await expect(seedDemo(databaseUrl)).rejects.toBeInstanceOf(SeedRefusedError);
    expect((await tableCounts()).Case).toBe(0);
    // Empty again for the next scenario (a new database costs seconds on PGlite).
    await client.query(`DELETE FROM "User"`);
  });

  it("builds a benchmark-sized office with --scale", async () => {
    const result = await seedDemo(databaseUrl, { scale: 2000, batchSize: 700 });
    const counts = await tableCounts();
    expect(counts.Case).toBe(2000);
    // The scale seed fills guidance as the demo seed does.
    expect(counts.GuidanceArticle).toBe(GUIDANCE_ARTICLES.length);
    // The information sheet and consent form in every language the office meets.
    expect(counts.ClientMaterialText).toBe(CLIENT_LANGUAGE_CODES.length * 2);
    for (const [table, n] of Object.entries(result.counts)) expect(counts[table], table).toBe(n);
    // Every case has a history; the related tables are in proportion.
    expect(counts.CaseStatusChange).toBeGreaterThanOrEqual(2000 * 3);
    expect(counts.HouseholdMember).toBeGreaterThan(1000);
    expect(counts.CounsellingSession).toBeGreaterThan(2000 * 2);
    expect(counts.Referral).toBeGreaterThan(500);
    expect(counts.ReferralEvent).toBeGreaterThan(counts.Referral!);
    expect(counts.ReturnPlanStep).toBeGreaterThan(2000);
    expect((counts.FollowUp ?? 1) % 3).toBe(0);
    const [cases] = await query<{ without: string; statuses: string }>(`
      SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "CaseStatusChange" s WHERE s."caseId" = c.id)) AS without,
             count(DISTINCT status) AS statuses
      FROM "Case" c`);
    expect(Number(cases?.without)).toBe(0);
    expect(Number(cases?.statuses)).toBe(8);
    // More advisers than the demo office, so the cases spread out.
    const [advisers] = await query<{ n: string }>(`SELECT count(DISTINCT "adviserId") AS n FROM "Case"`);
    expect(Number(advisers?.n)).toBeGreaterThanOrEqual(7);
    // Every case number year has its sequence row at the highest number.
    const [sequences] = await query<{ bad: string }>(`
      SELECT count(*) AS bad FROM (SELECT "caseYear", max("caseSeq") AS m FROM "Case" GROUP BY 1) c
      FULL JOIN "CaseNumberSequence" s ON s.year = c."caseYear" WHERE s."lastValue" IS DISTINCT FROM c.m`);
    expect(Number(sequences?.bad)).toBe(0);
  });

  // The seed may switch off the foreign-key triggers for its bulk load, so check every key here.
  it("leaves no reference dangling", async () => {
    const keys = await query<{ table: string; column: string; target: string; targetColumn: string }>(`
      SELECT c.conrelid::regclass::text AS table, a.attname AS column,
             c.confrelid::regclass::text AS target, af.attname AS "targetColumn"
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND cardinality(c.conkey) = 1`);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      const [row] = await query<{ n: string }>(
        `SELECT count(*) AS n FROM ${key.table} t WHERE t."${key.column}" IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM ${key.target} r WHERE r."${key.targetColumn}" = t."${key.column}")`,
      );
      expect(Number(row?.n), `${key.table}.${key.column} → ${key.target}`).toBe(0);
    }
  });

  it("lets tests add cases of their own with Prisma, next to seeded ones", async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
    try {
      const organisations = await ensureOrganisations(prisma);
      expect(organisations.migrationsverket).toBe((await prisma.organisation.findUnique({ where: { name: "Migrationsverket" } }))?.id);
      const adviser = await prisma.user.findUniqueOrThrow({ where: { email: "adviser@hemvag.test" } });
      // Numbers far above the seeded ones, which count from 1 each year.
      const f = createFactories({ seed: 42, organisations, firstCaseSeq: 100_000 });
      const graphs = CASE_PATH.map((status) => f.buildCase({ adviserId: adviser.id, teamId: adviser.teamId!, status }));
      await insertCaseGraphs(prisma, graphs);

      const saved = await prisma.case.findUniqueOrThrow({
        where: { id: graphs[4]!.case.id },
        include: { statusChanges: { orderBy: { createdAt: "asc" } }, referrals: { include: { events: true } } },
      });
      expect(saved.status).toBe("AWAITING_DECISION");
      expect(saved.statusChanges.map((change) => change.toStatus)).toEqual(["INTAKE", "COUNSELLING", "PLANNING", "REFERRED", "AWAITING_DECISION"]);
      expect(saved.referrals.some((referral) => referral.status === "RECEIVED" && referral.events.length === 3)).toBe(true);
      expect(saved.birthDate).toEqual(graphs[4]!.case.birthDate);
      const year = graphs[4]!.case.caseYear;
      const sequence = await prisma.caseNumberSequence.findUniqueOrThrow({ where: { year } });
      expect(sequence.lastValue).toBe(Math.max(...graphs.filter((graph) => graph.case.caseYear === year).map((graph) => graph.case.caseSeq)));
    } finally {
      await prisma.$disconnect();
    }
  });
});

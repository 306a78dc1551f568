// The record scope against a real Postgres: its two renderings (a Prisma
// `where` and an SQL condition) must select exactly the same cases, for every
// role and with or without emergency grants, since ordinary queries use one
// and the search and duplicate check the other.
import { signedInUserOf } from "@/tests/support/as-user";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { caseScope, caseScopeSql, type ScopeOptions } from "@/lib/data/scope";
import { createCaseworkWorld, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;
/** The cases of this file's world: other files' cases share the database. */
let ours: string[];
let grantedLive: string;
let grantedExpired: string;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  const { a1, a2, b1, c1, c2 } = world.users;
  ours = await Promise.all([a1, a1, a2, b1, c1, c2, c2].map((owner) => world.newCase(owner)));
  grantedLive = ours[3]!;
  // c2 holds a live grant on b1's case and an expired one on c1's.
  await db.emergencyAccess.createMany({
    data: [
      { userId: c2.id, caseId: grantedLive, reason: "Akut", expiresAt: new Date(Date.now() + 3_600_000) },
      { userId: c2.id, caseId: ours[4]!, reason: "Gammal", expiresAt: new Date(Date.now() - 1000) },
    ],
  });
  grantedExpired = ours[4]!;
});

async function viaPrisma(who: keyof CaseworkWorld["users"], options?: ScopeOptions): Promise<string[]> {
  const rows = await db.case.findMany({ where: { AND: [{ id: { in: ours } }, caseScope(signedInUserOf(world.users[who]), options)] }, select: { id: true } });
  return rows.map((row) => row.id).sort();
}

async function viaSql(who: keyof CaseworkWorld["users"], options?: ScopeOptions): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT c.id FROM "Case" c WHERE c.id IN (${Prisma.join(ours)}) AND ${caseScopeSql(signedInUserOf(world.users[who]), options)}`,
  );
  return rows.map((row) => row.id).sort();
}

describe("the record scope", () => {
  it("selects the same cases as a Prisma where and as SQL, for every role, with and without emergency grants", async () => {
    for (const who of Object.keys(world.users) as (keyof CaseworkWorld["users"])[]) {
      for (const options of [{}, { withEmergencyGrants: false }]) {
        expect(await viaSql(who, options), `${who} ${JSON.stringify(options)}`).toEqual(await viaPrisma(who, options));
      }
    }
  });

  it("gives an adviser their own cases and, where the team shares, the team's", async () => {
    const [a1First, a1Second, a2Case, b1Case, c1Case, c2First, c2Second] = ours;
    expect(await viaPrisma("a1")).toEqual([a1First, a1Second, a2Case].sort());
    // Team C does not share: each adviser sees their own only (c2 also through the live grant).
    expect(await viaPrisma("c1")).toEqual([c1Case].sort());
    expect(await viaPrisma("c2")).toEqual([c2First, c2Second, b1Case].sort());
  });

  it("counts an unexpired emergency grant only when asked to, and never an expired one", async () => {
    expect(await viaPrisma("c2")).toContain(grantedLive);
    expect(await viaPrisma("c2", { withEmergencyGrants: false })).not.toContain(grantedLive);
    expect(await viaPrisma("c2")).not.toContain(grantedExpired);
    // Judged at the moment asked: an hour and a half from now the live grant has run out too.
    expect(await viaSql("c2", { now: new Date(Date.now() + 5_400_000) })).not.toContain(grantedLive);
  });

  it("gives a manager the team's cases and staff and administrators none", async () => {
    const [a1First, a1Second, a2Case] = ours;
    expect(await viaSql("managerA")).toEqual([a1First, a1Second, a2Case].sort());
    expect(await viaSql("staff")).toEqual([]);
    expect(await viaSql("admin")).toEqual([]);
    expect(await viaPrisma("staff")).toEqual([]);
    expect(await viaPrisma("admin")).toEqual([]);
  });
});

describe("the record scope of a protected case (issue 13)", () => {
  /** Fresh cases so the tests above keep their world: a2's protected case, with b1-style grants. */
  let protectedCase: string;
  let unnamedGrant: string;
  let namedCase: string;

  beforeAll(async () => {
    const { a2, c1, c2, managerA } = world.users;
    protectedCase = await world.newCase(a2);
    unnamedGrant = await world.newCase(c1);
    namedCase = await world.newCase(c1);
    ours.push(protectedCase, unnamedGrant, namedCase);
    const mark = { protectedIdentity: "SKYDDAD_FOLKBOKFORING" as const, protectedIdentityReason: "Skatteverket", protectedIdentityMarkedAt: new Date() };
    await db.case.updateMany({ where: { id: { in: [protectedCase, unnamedGrant, namedCase] } }, data: mark });
    // c2 holds live emergency grants on both of c1's protected cases; the manager named c2 for one only.
    await db.emergencyAccess.createMany({
      data: [unnamedGrant, namedCase].map((caseId) => ({ userId: c2.id, caseId, reason: "Akut", expiresAt: new Date(Date.now() + 3_600_000) })),
    });
    await db.protectedCaseAccess.create({ data: { caseId: namedCase, userId: c2.id, namedById: managerA.id, reason: "Ersättare" } });
  });

  it("still selects the same cases as a Prisma where and as SQL, for every role", async () => {
    for (const who of Object.keys(world.users) as (keyof CaseworkWorld["users"])[]) {
      for (const options of [{}, { withEmergencyGrants: false }]) {
        expect(await viaSql(who, options), `${who} ${JSON.stringify(options)}`).toEqual(await viaPrisma(who, options));
      }
    }
  });

  it("shows a protected case to its adviser and the team's manager, not to the rest of a sharing team", async () => {
    expect(await viaPrisma("a2")).toContain(protectedCase);
    expect(await viaSql("managerA")).toContain(protectedCase);
    expect(await viaPrisma("a1")).not.toContain(protectedCase);
    expect(await viaSql("a1")).not.toContain(protectedCase);
    expect(await viaPrisma("managerB")).not.toContain(protectedCase);
  });

  it("lets an emergency grant reach a protected case only for a user a manager named", async () => {
    expect(await viaPrisma("c2")).not.toContain(unnamedGrant);
    expect(await viaSql("c2")).not.toContain(unnamedGrant);
    expect(await viaPrisma("c2")).toContain(namedCase);
    // Named, the user sees the case without any grant too (the write scope).
    expect(await viaSql("c2", { withEmergencyGrants: false })).toContain(namedCase);
  });
});

// The monthly access-log review (issue 13 part 2) against a real Postgres: each
// pick rule on reads made for it, the random sample reproducible from the
// stored seed, verdicts, sign-off and the lock after it, and the reviewer's
// own reading in the trail. The file has a database of its own, so March 2025
// holds only the reads written here.
import { signInAs, type UserLike } from "@/tests/support/as-user";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createFactories } from "@/lib/seed/factories";
import { drawPicks, type PickParameters } from "@/lib/data/log-review-picks";
import { drawReviewMonth, getReviewMonth, listReviewMonths, markPick, signOffReviewMonth, updateLogReviewSettings } from "@/lib/data/log-review";
import { officeInstant } from "@/lib/dates";
import { LogReviewSettingsFormSchema, PickVerdictFormSchema } from "@/lib/schemas/log-review";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
const MONTH = "2025-03";
let world: CaseworkWorld;
let reviewer: UserLike;
const ids: Record<string, bigint> = {};

/** A read by `who` of `caseId` at a Stockholm wall-clock time in March 2025, with an IP; its id kept under `name`. */
async function read(name: string, who: UserLike, caseId: string, day: string, time: string, action = "case.read") {
  const row = await db.auditEvent.create({
    data: { userId: who.id, userEmail: who.email, role: who.role, action, caseId, resourceType: "Case", resourceId: caseId, ipAddress: "10.1.2.3", at: officeInstant(day, time)! },
    select: { id: true },
  });
  ids[name] = row.id;
}

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  const f = createFactories({ seed: 913 });
  reviewer = f.buildUser({ role: "LOG_REVIEWER", teamId: null, email: `reviewer-${Date.now()}@hemvag.test` });
  await db.user.create({ data: reviewer as never });
  const { a1, a2, b1, c2 } = world.users;
  const own = await world.newCase(a1);
  const hidden = await world.newCase(a1);
  await db.case.update({ where: { id: hidden }, data: { protectedIdentity: "SEKRETESSMARKERING" } });
  const relative = await world.newCase(a1);
  // The person shares a2's surname (the last word of a2's name).
  const surname = a2.name.trim().split(/\s+/).at(-1)!;
  await db.case.update({ where: { id: relative }, data: { lastName: `Berg-${surname}` } });
  await db.emergencyAccess.create({ data: { userId: c2.id, caseId: own, reason: "Klienten ringde akut, handläggaren sjuk", createdAt: officeInstant("2025-03-13", "09:00")!, expiresAt: officeInstant("2025-03-13", "13:00")! } });

  await read("plain", a1, own, "2025-03-10", "10:00");
  await read("otherTeam", b1, own, "2025-03-11", "10:00");
  await read("protected", a1, hidden, "2025-03-12", "10:00");
  await read("emergency", c2, own, "2025-03-13", "10:00");
  await read("saturday", a1, own, "2025-03-15", "10:00");
  await read("early", a1, own, "2025-03-17", "05:30");
  await read("surname", a2, relative, "2025-03-19", "10:00");
  // a2 opens four different cases in four minutes; the threshold below is 3 in 10 minutes.
  const many = await Promise.all([0, 1, 2, 3].map(() => world.newCase(a2)));
  for (const [index, caseId] of many.entries()) await read(`burst${index}`, a2, caseId, "2025-03-20", `14:0${index}`);
  // A read in April and a write in March are not March's reads.
  await read("april", b1, own, "2025-04-01", "10:00");
  await read("write", b1, own, "2025-03-21", "10:00", "case.update");

  signInAs(world.users.admin);
  await updateLogReviewSettings(LogReviewSettingsFormSchema.parse({ sampleSize: "3", officeStartHour: "7", officeEndHour: "18", burstCases: "3", burstMinutes: "10" }));
});
beforeEach(() => signInAs(null));

const PARAMETERS: PickParameters = { sampleSize: 3, officeStartHour: 7, officeEndHour: 18, burstCases: 3, burstMinutes: 10, perRuleCap: 200 };

async function rulesOf(seed = "fixed") {
  const drawn = await drawPicks(db, MONTH, seed, PARAMETERS);
  const byName = Object.fromEntries(
    Object.entries(ids).map(([name, id]) => [name, (drawn.picks.find((pick) => pick.auditEventId === id)?.rules ?? []).filter((rule) => rule !== "RANDOM_SAMPLE")]),
  );
  return { drawn, byName };
}

describe("the pick rules", () => {
  it("each pick the reads they are about, and nothing outside the month or besides reads", async () => {
    const { drawn, byName } = await rulesOf();
    expect(drawn.readCount).toBe(11);
    expect(byName.plain).toEqual([]);
    expect(byName.otherTeam).toEqual(["OUTSIDE_TEAM"]);
    expect(byName.protected).toEqual(["PROTECTED_PERSON"]);
    expect(byName.emergency).toEqual(["EMERGENCY_ACCESS", "OUTSIDE_TEAM"]);
    expect(byName.saturday).toEqual(["OUTSIDE_OFFICE_HOURS"]);
    expect(byName.early).toEqual(["OUTSIDE_OFFICE_HOURS"]);
    expect(byName.surname).toEqual(["SAME_SURNAME"]);
    // The third and fourth different case within ten minutes reach the threshold.
    expect([byName.burst0, byName.burst1, byName.burst2, byName.burst3]).toEqual([[], [], ["MANY_CASES_SHORT_TIME"], ["MANY_CASES_SHORT_TIME"]]);
    expect(drawn.picks.map((pick) => pick.auditEventId)).not.toContain(ids.april);
    expect(drawn.picks.map((pick) => pick.auditEventId)).not.toContain(ids.write);
  });

  it("draws a random sample of the configured size that the same seed reproduces", async () => {
    const sample = (d: Awaited<ReturnType<typeof drawPicks>>) => d.picks.filter((pick) => pick.rules.includes("RANDOM_SAMPLE")).map((pick) => String(pick.auditEventId));
    const first = await drawPicks(db, MONTH, "seed-a", PARAMETERS);
    expect(sample(first)).toHaveLength(3);
    expect(sample(await drawPicks(db, MONTH, "seed-a", PARAMETERS))).toEqual(sample(first));
    const others = await Promise.all(["b", "c", "d", "e"].map((s) => drawPicks(db, MONTH, `seed-${s}`, PARAMETERS)));
    expect(others.some((other) => JSON.stringify(sample(other)) !== JSON.stringify(sample(first)))).toBe(true);
  });
});

describe("a review month", () => {
  it("is drawn once with the admin's settings, stored with its seed, and reproducible from it", async () => {
    signInAs(reviewer);
    expect(await drawReviewMonth(MONTH)).toEqual({ ok: true, month: MONTH });
    expect(await drawReviewMonth(MONTH)).toEqual({ ok: true, month: MONTH });
    expect(await db.logReview.count({ where: { month: MONTH } })).toBe(1);
    const review = (await getReviewMonth(MONTH))!;
    expect(review.parameters).toMatchObject({ sampleSize: 3, burstCases: 3, burstMinutes: 10 });
    const again = await drawPicks(db, MONTH, review.seed, review.parameters);
    expect(review.picks.map((pick) => pick.event!.id).sort()).toEqual(again.picks.map((pick) => pick.auditEventId).sort());
    // Who, what, when, from where and why.
    const emergency = review.picks.find((pick) => pick.event?.id === ids.emergency)!;
    expect(emergency.event).toMatchObject({ userEmail: world.users.c2.email, ipAddress: "10.1.2.3", grantReason: "Klienten ringde akut, handläggaren sjuk" });
    expect(emergency.event?.caseNumber).toMatch(/^\d{4}\/\d+$/);
    expect(await db.auditEvent.count({ where: { userId: reviewer.id, action: "logReview.read" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { userId: reviewer.id, action: "logReview.draw" } })).toBe(1);
  });

  it("refuses a month that has not ended", async () => {
    signInAs(reviewer);
    expect(await drawReviewMonth("2099-01")).toEqual({ ok: false, error: "monthNotEnded" });
  });

  it("is signed off only when every pick has a verdict, and is locked afterwards", async () => {
    signInAs(reviewer);
    await drawReviewMonth(MONTH);
    let review = (await getReviewMonth(MONTH))!;
    expect(await signOffReviewMonth(MONTH, review.version)).toEqual({ ok: false, error: "unmarkedPicks" });
    expect(PickVerdictFormSchema.safeParse({ verdict: "NEEDS_FOLLOW_UP", comment: "", version: "1" }).success).toBe(false);
    for (const pick of review.picks) {
      const verdict = pick.event?.id === ids.surname ? { verdict: "NEEDS_FOLLOW_UP", comment: "Fråga om släktskap" } : { verdict: "JUSTIFIED", comment: "" };
      expect(await markPick(pick.id, PickVerdictFormSchema.parse({ ...verdict, version: String(pick.version) }))).toEqual({ ok: true });
    }
    // A stale version is refused.
    expect(await markPick(review.picks[0]!.id, PickVerdictFormSchema.parse({ verdict: "JUSTIFIED", comment: "", version: String(review.picks[0]!.version) }))).toEqual({ ok: false, error: "stale" });
    review = (await getReviewMonth(MONTH))!;
    expect(review.unmarked).toBe(0);
    expect(await signOffReviewMonth(MONTH, review.version)).toEqual({ ok: true });
    review = (await getReviewMonth(MONTH))!;
    expect(review.signedOffAt).toBeInstanceOf(Date);
    expect(review.signedOffBy).toBe(reviewer.name);
    const pick = review.picks[0]!;
    expect(await markPick(pick.id, PickVerdictFormSchema.parse({ verdict: "NEEDS_FOLLOW_UP", comment: "ändrat", version: String(pick.version) }))).toEqual({ ok: false, error: "signedOff" });
    expect(await signOffReviewMonth(MONTH, review.version)).toEqual({ ok: false, error: "signedOff" });
    expect((await db.logReviewPick.findUniqueOrThrow({ where: { id: pick.id } })).verdict).toBe(pick.verdict);
    // The database itself refuses a change behind the app's back (migration log_review_locked_after_sign_off).
    await expect(db.logReviewPick.update({ where: { id: pick.id }, data: { comment: "ändrat i databasen" } })).rejects.toThrow(/signed-off/);
    await expect(db.logReview.update({ where: { month: MONTH }, data: { signedOffAt: null } })).rejects.toThrow(/signed off/);
    expect((await listReviewMonths()).reviews.find((r) => r.month === MONTH)?.signedOffAt).toBeInstanceOf(Date);
  });

  it("is closed to advisers, staff and administrators", async () => {
    for (const who of [world.users.a1, world.users.staff, world.users.admin]) {
      signInAs(who);
      await expect(getReviewMonth(MONTH)).rejects.toThrow(NOT_FOUND);
      await expect(drawReviewMonth(MONTH)).rejects.toThrow(NOT_FOUND);
    }
  });
});

// Eligibility checks against a real Postgres: pre-filling from a case, saving (recomputed
// on the server, audited in the same transaction), scope, and saved checks read back
// exactly as stored. Only the auth lookup is replaced (tests/support/as-user.ts).
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  calculateEligibility,
  getEligibilityCheck,
  listEligibilityChecks,
  prefillFromCase,
  previewEligibilityCheck,
  saveEligibilityCheck,
} from "@/lib/data/eligibility-checks";
import { officeToday } from "@/lib/dates";
import { checkEligibility, type EligibilityInput, type EligibilityResult } from "@/lib/eligibility";
import { child, household, member, permit, spouse } from "@/lib/eligibility/test-fixtures";
import { setUpCaseworkWorld, NOT_FOUND } from "@/tests/support/casework";

const db = getDb();
const world = setUpCaseworkWorld(db);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A family of three whose case says everything the engine needs except the fare. */
async function familyCase(owner = world.users.a1, status: "COUNSELLING" | "CLOSED" = "COUNSELLING"): Promise<string> {
  const caseId = await world.newCase(owner, status);
  await db.case.update({
    where: { id: caseId },
    data: {
      firstName: "Amal",
      birthDate: day("1985-05-05"),
      citizenships: ["SY"],
      countryOfOrigin: "SY",
      isRegisteredInSweden: true,
      permitGround: "REFUGEE",
      permitPermanent: true,
      permitGrantedOn: day("2018-03-01"),
      asylumStatus: "NONE",
      destinationCountry: "SY",
      destinationIsHomeCountry: true,
    },
  });
  // Exactly this household, whatever the factory gave the case.
  await db.householdMember.deleteMany({ where: { caseId } });
  await db.householdMember.createMany({
    data: [
      { caseId, relation: "CHILD", firstName: "Sara", lastName: "X", birthDate: day("2015-04-04"), citizenships: ["SY", "SE"], permitGround: "FAMILY_TIES", permitPermanent: false, permitGrantedOn: day("2019-01-10"), livesWithApplicant: true },
      { caseId, relation: "SPOUSE", firstName: "Rami", lastName: "X", birthDate: day("1987-07-07"), citizenships: ["SY"], permitGround: "FAMILY_TIES", permitPermanent: true, permitGrantedOn: day("2019-01-10"), livesWithApplicant: false },
    ],
  });
  return caseId;
}

/** The engine's own test household (applied for 2026-02-01, to Syria) as this family: the child's permit is not permanent. */
const FAMILY_INPUT: EligibilityInput = household({
  travelCostSek: 18_000,
  members: [member(), spouse(), child({ permit: permit({ ground: "FAMILY_TIES", permanent: false, grantedOn: "2019-01-10" }) })],
});

async function snapshot(caseId: string) {
  const [checks, audits, found] = await Promise.all([
    db.eligibilityCheck.count({ where: { caseId } }),
    db.auditEvent.count({ where: { caseId } }),
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true, version: true } }),
  ]);
  return { checks, audits, lastEntryAt: found.lastEntryAt.getTime(), version: found.version };
}

describe("pre-filling a check from a case", () => {
  it("maps the person, household, permits, destination and registration, dated today in Stockholm", async () => {
    const caseId = await familyCase();
    signInAs(world.users.a1);
    const prefill = await prefillFromCase(caseId);
    expect(prefill).toMatchObject({ caseId, isFromEarlierCheck: false, memberLabels: ["Amal", "Rami", "Sara"] });
    expect(prefill?.input).toEqual({
      applicationDate: officeToday(),
      destination: { country: "SY", isHomeCountry: true },
      registeredInSweden: true,
      hasDebtsToCsnOrKronofogden: false,
      canPayOwnTravel: false,
      hadGrantBefore: false,
      travelCostSek: 0,
      members: [
        { role: "APPLICANT", birthDate: "1985-05-05", citizenships: ["SY"], permit: { ground: "REFUGEE", permanent: true, grantedOn: "2018-03-01" }, livesWithApplicant: true },
        { role: "SPOUSE", birthDate: "1987-07-07", citizenships: ["SY"], permit: { ground: "FAMILY_TIES", permanent: true, grantedOn: "2019-01-10" }, livesWithApplicant: false },
        { role: "CHILD", birthDate: "2015-04-04", citizenships: ["SY", "SE"], permit: { ground: "FAMILY_TIES", permanent: false, grantedOn: "2019-01-10" }, livesWithApplicant: true },
      ],
    });
    const events = await db.auditEvent.findMany({ where: { caseId, action: "eligibility.prefill" } });
    expect(events).toMatchObject([{ userId: world.users.a1.id, resourceType: "Case", resourceId: caseId }]);
  });

  it("leaves what the case does not know for the adviser, and routes a person without a permit to the alternatives", async () => {
    const caseId = await world.newCase(world.users.a1);
    await db.case.update({
      where: { id: caseId },
      data: { permitGround: null, permitGrantedOn: null, asylumStatus: "REJECTED", destinationCountry: null, countryOfOrigin: "IQ" },
    });
    signInAs(world.users.a1);
    const prefill = await prefillFromCase(caseId);
    expect(prefill?.input.destination).toEqual({ country: "IQ", isHomeCountry: true });
    expect(prefill?.input.members[0]?.permit).toBeNull();
    const result = checkEligibility({ ...prefill!.input, travelCostSek: 9_000 });
    expect(result.outcome).toBe("NOT_ELIGIBLE");
    expect(result.alternatives.map((alternative) => alternative.code)).toContain("ATERETABLERINGSSTOD");
  });

  it("takes the fare and the yes/no facts from the latest saved check", async () => {
    const caseId = await familyCase();
    signInAs(world.users.a1);
    await saveEligibilityCheck(caseId, { ...FAMILY_INPUT, travelCostSek: 21_500, canPayOwnTravel: true });
    const prefill = await prefillFromCase(caseId);
    expect(prefill).toMatchObject({ isFromEarlierCheck: true, input: { travelCostSek: 21_500, canPayOwnTravel: true, hadGrantBefore: false } });
  });
});

describe("saving a check", () => {
  it("stores the validated input, the rule set id and the engine's result, audited with the write", async () => {
    const caseId = await familyCase();
    const before = await snapshot(caseId);
    signInAs(world.users.a1);
    const saved = await saveEligibilityCheck(caseId, FAMILY_INPUT);
    if (!saved.ok) throw new Error(saved.error);

    const expected = checkEligibility(FAMILY_INPUT);
    const row = await db.eligibilityCheck.findUniqueOrThrow({ where: { id: saved.checkId } });
    expect(row).toMatchObject({
      caseId,
      ruleSetId: "sfs-1984-890@2026-01-01",
      outcome: expected.outcome,
      totalSek: expected.totalSek,
      createdById: world.users.a1.id,
    });
    expect(row.applicationDate.toISOString().slice(0, 10)).toBe("2026-02-01");
    expect(row.input).toEqual(FAMILY_INPUT);
    expect(row.result).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(saved.result).toEqual(expected);

    const after = await snapshot(caseId);
    expect(after.checks).toBe(before.checks + 1);
    expect(after.lastEntryAt).toBeGreaterThan(before.lastEntryAt);
    expect(after.version).toBe(before.version);
    const events = await db.auditEvent.findMany({ where: { caseId, action: "eligibility.save" } });
    expect(events).toMatchObject([{ userId: world.users.a1.id, resourceType: "EligibilityCheck", resourceId: saved.checkId, role: "ADVISER" }]);
    // Managers read the trail: it says a check was saved, not what it found.
    expect(JSON.stringify(events[0]?.changes)).not.toMatch(/ELIGIBLE|18000|1985/);
  });

  it("never trusts a result or extra fields sent with the input: the server computes and stores its own", async () => {
    const caseId = await familyCase();
    signInAs(world.users.a1);
    const forged = { ...FAMILY_INPUT, result: { outcome: "ELIGIBLE", totalSek: 9_999_999 }, totalSek: 9_999_999 };
    const saved = await saveEligibilityCheck(caseId, forged);
    if (!saved.ok) throw new Error(saved.error);
    const row = await db.eligibilityCheck.findUniqueOrThrow({ where: { id: saved.checkId } });
    expect(row.input).toEqual(FAMILY_INPUT);
    expect(row.totalSek).toBe(checkEligibility(FAMILY_INPUT).totalSek);
  });

  it("refuses bad input with every problem listed, in the user's language, and changes nothing", async () => {
    const caseId = await familyCase();
    const before = await snapshot(caseId);
    signInAs({ ...world.users.a1, locale: "en" });
    const saved = await saveEligibilityCheck(caseId, {
      ...FAMILY_INPUT,
      applicationDate: "2026-02-30",
      travelCostSek: -5,
      members: [{ ...FAMILY_INPUT.members[1], birthDate: "1987-02-30" }],
    });
    expect(saved.ok).toBe(false);
    if (saved.ok || saved.error !== "invalid") throw new Error("expected invalid input");
    expect(saved.issues.map((issue) => issue.field).sort()).toEqual(["applicationDate", "members", "members.0.birthDate", "travelCostSek"]);
    expect(saved.issues.find((issue) => issue.field === "travelCostSek")?.message).toBe("The travel cost cannot be negative.");
    expect(await snapshot(caseId)).toEqual(before);
  });

  it("takes no new check on a closed case", async () => {
    const caseId = await familyCase(world.users.a1, "CLOSED");
    const before = await snapshot(caseId);
    signInAs(world.users.a1);
    expect(await saveEligibilityCheck(caseId, FAMILY_INPUT)).toEqual({ ok: false, error: "caseClosed" });
    expect(await prefillFromCase(caseId)).toBeNull();
    expect((await snapshot(caseId)).checks).toBe(before.checks);
  });
});

describe("scope", () => {
  let caseId: string;
  let checkId: string;

  beforeAll(async () => {
    caseId = await familyCase(world.users.a1);
    signInAs(world.users.a1);
    const saved = await saveEligibilityCheck(caseId, FAMILY_INPUT);
    if (!saved.ok) throw new Error(saved.error);
    checkId = saved.checkId;
  });

  it("hides the case and its checks from an adviser of another team, as if they did not exist", async () => {
    const before = await snapshot(caseId);
    for (const outsider of [world.users.b1, world.users.c1]) {
      signInAs(outsider);
      expect(await prefillFromCase(caseId)).toBeNull();
      expect(await saveEligibilityCheck(caseId, FAMILY_INPUT)).toEqual({ ok: false, error: "notFound" });
      expect(await listEligibilityChecks(caseId)).toBeNull();
      expect(await getEligibilityCheck(checkId)).toBeNull();
      expect(await getEligibilityCheck(checkId, "print")).toBeNull();
    }
    expect(await snapshot(caseId)).toEqual(before);
  });

  it("lets a colleague in a team that shares cases, and the team's manager reads but does not check", async () => {
    signInAs(world.users.a2);
    expect(await prefillFromCase(caseId)).not.toBeNull();
    expect((await listEligibilityChecks(caseId))?.checks.map((check) => check.id)).toContain(checkId);

    signInAs(world.users.managerA);
    expect((await getEligibilityCheck(checkId))?.id).toBe(checkId);
    await expect(prefillFromCase(caseId)).rejects.toThrow(NOT_FOUND);
    await expect(saveEligibilityCheck(caseId, FAMILY_INPUT)).rejects.toThrow(NOT_FOUND);
    signInAs(world.users.managerB);
    expect(await getEligibilityCheck(checkId)).toBeNull();
  });

  it("keeps staff and administrators away from every case's checks", async () => {
    for (const user of [world.users.staff, world.users.admin]) {
      signInAs(user);
      await expect(prefillFromCase(caseId)).rejects.toThrow(NOT_FOUND);
      await expect(saveEligibilityCheck(caseId, FAMILY_INPUT)).rejects.toThrow(NOT_FOUND);
      await expect(listEligibilityChecks(caseId)).rejects.toThrow(NOT_FOUND);
      await expect(getEligibilityCheck(checkId)).rejects.toThrow(NOT_FOUND);
    }
  });
});

describe("reading saved checks", () => {
  it("shows a check saved under the 2025 rules exactly as stored, even where today's engine would say otherwise", async () => {
    const caseId = await familyCase();
    const input2025: EligibilityInput = { ...FAMILY_INPUT, applicationDate: "2025-06-15" };
    const computed = checkEligibility(input2025);
    // As an older engine might have written it: other texts, another amount, no "extra" fields.
    const stored = {
      ...JSON.parse(JSON.stringify(computed)),
      totalSek: 31_000,
      allowanceSek: 13_000,
      reasons: [{ code: "OLD_WORDING", severity: "INFO", text: { sv: "Så stod det 2025.", en: "As worded in 2025." }, citation: "SFS 1984:890 (2025)" }],
    } as Record<string, unknown>;
    delete stored.capsApplied;
    delete stored.uncappedAllowanceSek;
    const row = await db.eligibilityCheck.create({
      data: {
        caseId,
        ruleSetId: "sfs-1984-890@2010-01-01",
        applicationDate: day("2025-06-15"),
        input: input2025 as unknown as Prisma.InputJsonValue,
        result: stored as Prisma.InputJsonValue,
        outcome: "ELIGIBLE",
        totalSek: 31_000,
        createdById: world.users.a1.id,
      },
    });

    signInAs(world.users.a1);
    const check = await getEligibilityCheck(row.id);
    expect(check?.result).toEqual(stored);
    expect(check?.result).not.toEqual(JSON.parse(JSON.stringify(checkEligibility(input2025))));
    expect(check).toMatchObject({ ruleSetId: "sfs-1984-890@2010-01-01", applicationDate: "2025-06-15", input: input2025, caseId });
    const list = await listEligibilityChecks(caseId);
    expect(list?.checks).toMatchObject([{ id: row.id, totalSek: 31_000, outcome: "ELIGIBLE", ruleSetId: "sfs-1984-890@2010-01-01" }]);
    expect(list?.checks[0]?.ruleSetTitle.sv).toBe(computed.ruleSet.title);
    // Stored, not recomputed: reading it again writes nothing but the audit trail.
    expect(await db.eligibilityCheck.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ result: stored, totalSek: 31_000 });
  });

  it("names the household by first name where today's household still matches, audits reads and prints", async () => {
    const caseId = await familyCase();
    signInAs(world.users.a1);
    const adjusted: EligibilityInput = {
      ...FAMILY_INPUT,
      members: [...FAMILY_INPUT.members, { role: "CHILD", birthDate: "2019-09-09", citizenships: ["SY"], permit: null, livesWithApplicant: true }],
    };
    const saved = await saveEligibilityCheck(caseId, adjusted);
    if (!saved.ok) throw new Error(saved.error);
    const check = await getEligibilityCheck(saved.checkId);
    expect(check).toMatchObject({ caseId, createdByName: world.users.a1.name, memberFirstNames: ["Amal", "Rami", "Sara", null] });
    await getEligibilityCheck(saved.checkId, "print");
    const actions = (await db.auditEvent.findMany({ where: { resourceId: saved.checkId }, orderBy: { id: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["eligibility.save", "eligibility.read", "eligibility.print"]);
  });

  it("lists a case's checks newest first", async () => {
    const caseId = await familyCase();
    signInAs(world.users.a1);
    const first = await saveEligibilityCheck(caseId, FAMILY_INPUT);
    const second = await saveEligibilityCheck(caseId, { ...FAMILY_INPUT, hadGrantBefore: true });
    if (!first.ok || !second.ok) throw new Error("not saved");
    const list = await listEligibilityChecks(caseId);
    expect(list?.checks.map((check) => [check.id, check.outcome])).toEqual([
      [second.checkId, "NOT_ELIGIBLE"],
      [first.checkId, "ELIGIBLE"],
    ]);
    expect(list?.case).toMatchObject({ id: caseId, status: "COUNSELLING" });
  });
});

describe("calculating without saving", () => {
  it("lets advisers and staff calculate, under both rule sets near a change, and stores and audits nothing", async () => {
    const audits = await db.auditEvent.count();
    const checks = await db.eligibilityCheck.count();
    for (const user of [world.users.a1, world.users.staff]) {
      signInAs(user);
      const near = await calculateEligibility({ ...FAMILY_INPUT, applicationDate: "2025-12-20" });
      expect(near.ruleChangeOn).toBe("2026-01-01");
      expect(near.results.map((result: EligibilityResult) => result.ruleSet.id)).toEqual(["sfs-1984-890@2010-01-01", "sfs-1984-890@2026-01-01"]);
      expect((await calculateEligibility({ ...FAMILY_INPUT, applicationDate: "2026-06-01" })).results).toHaveLength(1);
    }
    expect(await db.auditEvent.count()).toBe(audits);
    expect(await db.eligibilityCheck.count()).toBe(checks);
  });

  it("keeps managers and administrators out of the calculator, and previews for advisers only", async () => {
    for (const user of [world.users.managerA, world.users.admin]) {
      signInAs(user);
      await expect(calculateEligibility(FAMILY_INPUT)).rejects.toThrow(NOT_FOUND);
    }
    signInAs(world.users.staff);
    await expect(previewEligibilityCheck(FAMILY_INPUT)).rejects.toThrow(NOT_FOUND);
    signInAs(world.users.a1);
    expect(await previewEligibilityCheck({ ...FAMILY_INPUT, applicationDate: "2026-01-10" })).toEqual({
      results: [checkEligibility({ ...FAMILY_INPUT, applicationDate: "2026-01-10" })],
      ruleChangeOn: "2026-01-01",
    });
  });
});

// Corrected referral decisions and the case status that follows a recorded
// decision (issue 11 §3), against a real Postgres.
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { changeReferralStatus, createReferral } from "@/lib/data/referrals";
import { correctReferralDecision, listDecisionCorrections } from "@/lib/data/referral-decisions";
import { getCaseTimeline } from "@/lib/data/timeline";
import { addDays, officeToday } from "@/lib/dates";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { DecisionCorrectionForm, ReferralStatusForm } from "@/lib/schemas/referral";
import { createAuthority, createCaseworkWorld, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
const TODAY = officeToday();
let world: CaseworkWorld;
let migrationsverket: string;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  migrationsverket = await createAuthority(db, "fix");
});

beforeEach(() => {
  signInAs(null);
});

const step = (version: number, toStatus: ReferralStatusForm["toStatus"], extra: Partial<ReferralStatusForm> = {}): ReferralStatusForm => ({
  toStatus,
  occurredOn: TODAY,
  note: "",
  decision: null,
  decisionAmountSek: null,
  agencyReference: null,
  changeCaseStatus: false,
  version,
  ...extra,
});

/** A sent referral on a new case in `caseStatus`, at version 2. */
async function sent(caseStatus: CaseStatus = "AWAITING_DECISION", owner = world.users.a1) {
  const caseId = await world.newCase(owner, caseStatus);
  signInAs(owner);
  const created = await createReferral(caseId, { organisationId: migrationsverket, type: "RETURN_GRANT_APPLICATION", note: "", consentGivenOn: addDays(TODAY, -2), consentNote: "" });
  if (!created.ok) throw new Error(created.error);
  expect(await changeReferralStatus(created.referralId, step(1, "SENT", { occurredOn: addDays(TODAY, -1) }))).toMatchObject({ ok: true });
  return { caseId, referralId: created.referralId };
}

async function decided(caseStatus: CaseStatus = "AWAITING_DECISION") {
  const made = await sent(caseStatus);
  expect(await changeReferralStatus(made.referralId, step(2, "DECIDED", { decision: "GRANTED", decisionAmountSek: 40_000, agencyReference: "MIG-1" }))).toMatchObject({ ok: true });
  return made; // version 3
}

const fix = (version: number, extra: Partial<DecisionCorrectionForm> = {}): DecisionCorrectionForm => ({
  decision: "REFUSED",
  decidedOn: TODAY,
  decisionAmountSek: null,
  agencyReference: "MIG-1",
  reason: "Fel beslut registrerat: Migrationsverket avslog ansökan",
  version,
  ...extra,
});

async function state(referralId: string, caseId: string) {
  const [referral, corrections, audits, lastEntry] = await Promise.all([
    db.referral.findUniqueOrThrow({ where: { id: referralId }, select: { decision: true, decidedOn: true, decisionAmountSek: true, agencyReference: true, version: true } }),
    db.referralDecisionCorrection.count({ where: { referralId } }),
    db.auditEvent.count({ where: { resourceId: referralId, action: "referral.decision.correct" } }),
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true } }),
  ]);
  return { referral, corrections, audits, lastEntry };
}

describe("correcting a recorded decision", () => {
  it("keeps the earlier decision in a correction row with the reason, bumps the version, audits without the text, and shows it on the timeline", async () => {
    const { caseId, referralId } = await decided();
    signInAs(world.users.a2); // a colleague in the same sharing team
    expect(await correctReferralDecision(referralId, fix(3))).toEqual({ ok: true });
    const now = await state(referralId, caseId);
    expect(now.referral).toMatchObject({ decision: "REFUSED", decisionAmountSek: null, agencyReference: "MIG-1", version: 4 });
    const [correction] = await listDecisionCorrections(referralId);
    expect(correction).toMatchObject({
      before: { decision: "GRANTED", decisionAmountSek: 40_000, agencyReference: "MIG-1", decidedOn: TODAY },
      after: { decision: "REFUSED", decisionAmountSek: null },
      reason: "Fel beslut registrerat: Migrationsverket avslog ansökan",
      byName: world.users.a2.name,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { resourceId: referralId, action: "referral.decision.correct" } });
    expect(audit.changes).toMatchObject({ decision: ["GRANTED", "REFUSED"], decisionAmountSek: [40_000, null] });
    expect(JSON.stringify(audit.changes)).not.toContain("avslog");

    const timeline = (await getCaseTimeline(caseId))!;
    expect(timeline.find((row) => row.kind === "decisionCorrection")).toMatchObject({
      byName: world.users.a2.name,
      details: { reason: "Fel beslut registrerat: Migrationsverket avslog ansökan", before: { decision: "GRANTED" }, after: { decision: "REFUSED" } },
    });
    // The decision event still tells what was first recorded.
    expect(timeline.find((row) => row.kind === "referralEvent" && row.details.toStatus === "DECIDED")?.details).toMatchObject({ decision: "GRANTED", decisionAmountSek: 40_000 });

    // A second correction appends; the first stays.
    expect(await correctReferralDecision(referralId, fix(4, { decision: "GRANTED", decisionAmountSek: 38_000, reason: "Beviljat efter omprövning" }))).toEqual({ ok: true });
    expect((await listDecisionCorrections(referralId)).map((row) => [row.before.decision, row.after.decision])).toEqual([["GRANTED", "REFUSED"], ["REFUSED", "GRANTED"]]);
  });

  it.each([
    ["an unchanged decision (no row, no version, no audit)", fix(3, { decision: "GRANTED", decisionAmountSek: 40_000 }), "unchanged"],
    ["a grant without an amount", fix(3, { decision: "GRANTED", decisionAmountSek: null }), "amountRequired"],
    ["a refusal with an amount", fix(3, { decisionAmountSek: 5 }), "amountOnlyWhenGranted"],
    ["a decision dated before the referral was sent", fix(3, { decidedOn: addDays(TODAY, -5) }), "dateBeforeSent"],
  ])("refuses %s, changing nothing", async (_name, input, error) => {
    const { caseId, referralId } = await decided();
    const before = await state(referralId, caseId);
    signInAs(world.users.a1);
    expect(await correctReferralDecision(referralId, input)).toMatchObject({ ok: false, error });
    expect(await state(referralId, caseId)).toEqual(before);
  });

  it("refuses a referral with no decision yet, and audits the refusal", async () => {
    const { caseId, referralId } = await sent();
    const before = await state(referralId, caseId);
    signInAs(world.users.a1);
    expect(await correctReferralDecision(referralId, fix(2))).toMatchObject({ ok: false, error: "notDecided" });
    expect(await state(referralId, caseId)).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "referral.decision.correct.refused", resourceId: referralId, reason: "notDecided" } })).toBe(1);
  });

  it("refuses a stale form, telling who changed the decision, when, and what it says now", async () => {
    const { caseId, referralId } = await decided();
    signInAs(world.users.a2);
    expect(await correctReferralDecision(referralId, fix(3))).toEqual({ ok: true });
    const before = await state(referralId, caseId);
    signInAs(world.users.a1);
    const stale = await correctReferralDecision(referralId, fix(3, { decision: "GRANTED", decisionAmountSek: 1000 }));
    expect(stale).toMatchObject({ ok: false, error: "conflict", changedBy: world.users.a2.name, current: { decision: "REFUSED", decisionAmountSek: null } });
    expect(await state(referralId, caseId)).toEqual(before);
  });

  it("refuses a referral out of scope as missing, and records the refusal", async () => {
    const { caseId, referralId } = await decided();
    const before = await state(referralId, caseId);
    signInAs(world.users.b1);
    expect(await correctReferralDecision(referralId, fix(3))).toMatchObject({ ok: false, error: "notFound" });
    expect(await state(referralId, caseId)).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "write.refused", resourceId: referralId, userId: world.users.b1.id } })).toBe(1);
  });

  it("keeps correction rows append-only in the database", async () => {
    const { referralId } = await decided();
    signInAs(world.users.a1);
    await correctReferralDecision(referralId, fix(3));
    await expect(db.referralDecisionCorrection.updateMany({ where: { referralId }, data: { reason: "omskrivet" } })).rejects.toThrow(/append-only/);
    await expect(db.referralDecisionCorrection.deleteMany({ where: { referralId } })).rejects.toThrow(/append-only/);
  });
});

describe("the case status following a recorded decision", () => {
  it("walks a case left behind to the decision's status in one step, each move a status change with the note as reason", async () => {
    const { caseId, referralId } = await sent("COUNSELLING");
    signInAs(world.users.a1);
    const before = await db.caseStatusChange.count({ where: { caseId } });
    const result = await changeReferralStatus(referralId, step(2, "DECIDED", { decision: "GRANTED", decisionAmountSek: 40_000, note: "Beviljat enligt beslut", changeCaseStatus: true }));
    expect(result).toEqual({ ok: true, status: "DECIDED", caseStatus: "AWAITING_DECISION" });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } })).status).toBe("AWAITING_DECISION");
    const changes = (await db.caseStatusChange.findMany({ where: { caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { fromStatus: true, toStatus: true, reason: true } })).slice(before);
    expect(changes.map((row) => `${row.fromStatus}→${row.toStatus}`)).toEqual(["COUNSELLING→PLANNING", "PLANNING→REFERRED", "REFERRED→AWAITING_DECISION"]);
    expect(new Set(changes.map((row) => row.reason))).toEqual(new Set(["Beviljat enligt beslut"]));
  });

  it("takes a refused grant back to planning", async () => {
    const { caseId, referralId } = await sent("AWAITING_DECISION");
    signInAs(world.users.a1);
    expect(await changeReferralStatus(referralId, step(2, "DECIDED", { decision: "REFUSED", note: "Avslag", changeCaseStatus: true }))).toMatchObject({ caseStatus: "PLANNING" });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } })).status).toBe("PLANNING");
  });

  it("leaves the case alone when the offer is unticked, and asks for a note (the reason) when ticked", async () => {
    const { caseId, referralId } = await sent("AWAITING_DECISION");
    signInAs(world.users.a1);
    const refusedDecision = step(2, "DECIDED", { decision: "REFUSED", changeCaseStatus: true });
    expect(await changeReferralStatus(referralId, refusedDecision)).toEqual({ ok: false, error: "statusReasonRequired" });
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId }, select: { status: true, version: true } }))).toEqual({ status: "SENT", version: 2 });
    expect(await changeReferralStatus(referralId, { ...refusedDecision, changeCaseStatus: false })).toEqual({ ok: true, status: "DECIDED" });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } })).status).toBe("AWAITING_DECISION");
  });

  it("without a note, takes the reason the form words from the decision, and leaves the referral's own note empty", async () => {
    const { caseId, referralId } = await sent("AWAITING_DECISION");
    signInAs(world.users.a1);
    const before = await db.caseStatusChange.count({ where: { caseId } });
    const result = await changeReferralStatus(referralId, step(2, "DECIDED", { decision: "REFUSED", changeCaseStatus: true }), { defaultStatusReason: "Beslut på remissen: Avslag." });
    expect(result).toEqual({ ok: true, status: "DECIDED", caseStatus: "PLANNING" });
    const changes = (await db.caseStatusChange.findMany({ where: { caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { reason: true } })).slice(before);
    expect(changes.map((row) => row.reason)).toEqual(["Beslut på remissen: Avslag."]);
    const [event] = await db.referralEvent.findMany({ where: { referralId, toStatus: "DECIDED" }, select: { note: true } });
    expect(event!.note ?? "").toBe("");
  });
});

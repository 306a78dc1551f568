// Referrals against a real Postgres: the status machine enforced in the data
// layer (illegal jumps and sending without consent change nothing), dated
// events, audit in the same transaction, stale forms, scope across teams and
// roles, the overdue flag under the office setting, the letter, the
// organisation register and the settings.
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { PDFParse } from "pdf-parse";
import { getDb } from "@/lib/db";
import { changeReferralStatus, createReferral, getReferral, listCaseReferrals, listReferrals, recordConsent } from "@/lib/data/referrals";
import { renderReferralLetter } from "@/lib/data/referral-letter";
import { getCaseTimeline } from "@/lib/data/timeline";
import { createOrganisation, listOrganisations, updateOrganisation } from "@/lib/data/organisations";
import { getOfficeSettings, updateReferralSettings } from "@/lib/data/settings";
import { officeToday } from "@/lib/dates";
import { addDays } from "@/lib/dates";
import type { ReferralStatusForm } from "@/lib/schemas/referral";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
const TODAY = officeToday();
let world: CaseworkWorld;
let migrationsverket: string;
let iom: string;

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  const run = crypto.randomBytes(3).toString("hex");
  migrationsverket = (await db.organisation.create({ data: { name: `Migrationsverket ${run}`, kind: "AUTHORITY", contactRoutes: "Blankett" } })).id;
  iom = (await db.organisation.create({ data: { name: `IOM ${run}`, kind: "INTERNATIONAL_ORGANISATION", country: "FI" } })).id;
});

beforeEach(() => {
  signInAs(null);
});

function change(version: number, toStatus: ReferralStatusForm["toStatus"], extra: Partial<ReferralStatusForm> = {}): ReferralStatusForm {
  return { toStatus, occurredOn: TODAY, note: "", decision: null, decisionAmountSek: null, agencyReference: null, changeCaseStatus: false, version, ...extra };
}

/** A draft referral on a new case of the owner's, with consent given `consentDaysAgo` days ago (or none). */
async function draft(owner = world.users.a1, options: { consentDaysAgo?: number | null; type?: "RETURN_GRANT_APPLICATION" | "INFORMATION_ONLY" } = {}) {
  const caseId = await world.newCase(owner);
  signInAs(owner);
  const consentDaysAgo = options.consentDaysAgo === undefined ? 0 : options.consentDaysAgo;
  const created = await createReferral(caseId, {
    organisationId: migrationsverket,
    type: options.type ?? "RETURN_GRANT_APPLICATION",
    note: "Intern anteckning",
    consentGivenOn: consentDaysAgo === null ? null : addDays(TODAY, -consentDaysAgo),
    consentNote: consentDaysAgo === null ? "" : "Muntligt med tolk",
  });
  if (!created.ok) throw new Error(created.error);
  return { caseId, referralId: created.referralId };
}

/** Everything a refused change must leave as it was. */
async function snapshot(referralId: string, caseId: string) {
  const [referral, events, audits, lastEntry] = await Promise.all([
    db.referral.findUniqueOrThrow({ where: { id: referralId } }),
    db.referralEvent.count({ where: { referralId } }),
    // Refusals are recorded (issue 12 L6) but change nothing: they are counted by the tests that expect them.
    db.auditEvent.count({ where: { resourceId: referralId, action: { not: "write.refused" } } }),
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true } }),
  ]);
  return { referral, events, audits, lastEntry };
}

describe("creating a referral", () => {
  it("starts as a draft with its first event, audited, and moves the case's last entry", async () => {
    const caseId = await world.newCase(world.users.a1);
    const check = await db.eligibilityCheck.create({
      data: { caseId, ruleSetId: "test", applicationDate: new Date(`${TODAY}T00:00:00Z`), input: {}, result: {}, outcome: "ELIGIBLE", totalSek: 1 },
    });
    const before = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true } });
    signInAs(world.users.a1);
    const created = await createReferral(caseId, { organisationId: migrationsverket, type: "RETURN_GRANT_APPLICATION", note: "<b>note</b>", consentGivenOn: null, consentNote: "" });
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    const stored = await db.referral.findUniqueOrThrow({ where: { id: created.referralId }, include: { events: true } });
    expect(stored).toMatchObject({ status: "DRAFT", consentGivenOn: null, note: "<b>note</b>", eligibilityCheckId: check.id, createdById: world.users.a1.id, version: 1 });
    expect(stored.events).toMatchObject([{ fromStatus: null, toStatus: "DRAFT", byUserId: world.users.a1.id }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { resourceId: created.referralId, action: "referral.create" } });
    expect(audit).toMatchObject({ caseId, userId: world.users.a1.id });
    // Free text is in the trail by length only.
    expect(JSON.stringify(audit.changes)).not.toContain("note</b>");
    const after = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { lastEntryAt: true } });
    expect(after.lastEntryAt.getTime()).toBeGreaterThan(before.lastEntryAt.getTime());
  });

  it("is refused on a closed case, to an inactive organisation, out of scope, and to managers and staff", async () => {
    const closedId = await world.newCase(world.users.a1, "CLOSED");
    const caseId = await world.newCase(world.users.a1);
    const inactive = (await db.organisation.create({ data: { name: `Nedlagd ${crypto.randomUUID()}`, kind: "OTHER", isActive: false } })).id;
    const input = { organisationId: migrationsverket, type: "INFORMATION_ONLY", note: "", consentGivenOn: null, consentNote: "" } as const;
    signInAs(world.users.a1);
    expect(await createReferral(closedId, input)).toEqual({ ok: false, error: "caseClosed" });
    expect(await createReferral(caseId, { ...input, organisationId: inactive })).toEqual({ ok: false, error: "organisationNotFound" });
    signInAs(world.users.b1);
    expect(await createReferral(caseId, input)).toEqual({ ok: false, error: "notFound" });
    for (const who of [world.users.managerA, world.users.staff, world.users.admin]) {
      signInAs(who);
      await expect(createReferral(caseId, input)).rejects.toThrow(NOT_FOUND);
    }
    expect(await db.referral.count({ where: { caseId: { in: [caseId, closedId] } } })).toBe(0);
  });
});

describe("the status machine in the data layer", () => {
  it("refuses to send without consent, changing nothing, and sends once consent is recorded", async () => {
    const { caseId, referralId } = await draft(world.users.a1, { consentDaysAgo: null });
    const before = await snapshot(referralId, caseId);
    expect(await changeReferralStatus(referralId, change(1, "SENT"))).toEqual({ ok: false, error: "consentRequired" });
    expect(await snapshot(referralId, caseId)).toEqual(before);

    expect(await recordConsent(referralId, { consentGivenOn: addDays(TODAY, -1), consentNote: "Skriftligt", version: 1 })).toEqual({ ok: true });
    // The same consent saved again writes nothing: no new version, no audit row.
    const audits = await db.auditEvent.count({ where: { resourceId: referralId, action: "referral.consent.record" } });
    expect(await recordConsent(referralId, { consentGivenOn: addDays(TODAY, -1), consentNote: "Skriftligt", version: 2 })).toEqual({ ok: true });
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralId }, select: { version: true } })).version).toBe(2);
    expect(await db.auditEvent.count({ where: { resourceId: referralId, action: "referral.consent.record" } })).toBe(audits);
    expect(await changeReferralStatus(referralId, change(2, "SENT"))).toEqual({ ok: true, status: "SENT" });
    const sent = await db.referral.findUniqueOrThrow({ where: { id: referralId } });
    expect(sent).toMatchObject({ status: "SENT", version: 3, consentNote: "Skriftligt" });
    expect(sent.sentOn?.toISOString().slice(0, 10)).toBe(TODAY);
    // Once sent, the consent it was sent under cannot be rewritten.
    expect(await recordConsent(referralId, { consentGivenOn: TODAY, consentNote: "", version: 3 })).toEqual({ ok: false, error: "consentLocked" });
  });

  it.each([
    ["DRAFT → DECIDED", [], change(1, "DECIDED", { decision: "GRANTED", decisionAmountSek: 1000 })],
    ["DRAFT → RECEIVED", [], change(1, "RECEIVED")],
    ["DRAFT → CLOSED", [], change(1, "CLOSED")],
    ["SENT → DRAFT", ["SENT"], change(2, "DRAFT")],
    ["SENT → CLOSED", ["SENT"], change(2, "CLOSED")],
    ["CLOSED → SENT", ["WITHDRAWN", "CLOSED"], change(3, "SENT")],
  ] as const)("refuses the illegal jump %s and changes nothing", async (_name, path, jump) => {
    const { caseId, referralId } = await draft();
    let version = 1;
    for (const step of path) {
      expect(await changeReferralStatus(referralId, change(version, step))).toMatchObject({ ok: true });
      version += 1;
    }
    const before = await snapshot(referralId, caseId);
    expect(await changeReferralStatus(referralId, jump)).toEqual({ ok: false, error: "transitionNotAllowed" });
    expect(await snapshot(referralId, caseId)).toEqual(before);
  });

  it("records a grant with amount and reference, each change dated, evented and audited, through to closing", async () => {
    const { caseId, referralId } = await draft(world.users.a1, { consentDaysAgo: 10 });
    expect(await changeReferralStatus(referralId, change(1, "SENT", { occurredOn: addDays(TODAY, -8), note: "Skickad med post" }))).toMatchObject({ ok: true });
    expect(await changeReferralStatus(referralId, change(2, "RECEIVED", { occurredOn: addDays(TODAY, -5) }))).toMatchObject({ ok: true });
    // A grant without its amount is refused, and so is an amount on a refusal.
    expect(await changeReferralStatus(referralId, change(3, "DECIDED", { decision: "GRANTED" }))).toEqual({ ok: false, error: "amountRequired" });
    expect(await changeReferralStatus(referralId, change(3, "DECIDED", { decision: "REFUSED", decisionAmountSek: 5 }))).toEqual({ ok: false, error: "amountOnlyWhenGranted" });
    expect(await changeReferralStatus(referralId, change(3, "DECIDED", { decision: "GRANTED", decisionAmountSek: 40_000, agencyReference: "MIG 2026-4711" }))).toMatchObject({ ok: true });
    const decided = await db.referral.findUniqueOrThrow({ where: { id: referralId } });
    expect(decided).toMatchObject({ status: "DECIDED", decision: "GRANTED", decisionAmountSek: 40_000, agencyReference: "MIG 2026-4711", version: 4 });
    expect(decided.decidedOn?.toISOString().slice(0, 10)).toBe(TODAY);
    expect(await changeReferralStatus(referralId, change(4, "CLOSED"))).toMatchObject({ ok: true });

    const events = await db.referralEvent.findMany({ where: { referralId }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.fromStatus, event.toStatus, event.occurredOn.toISOString().slice(0, 10)])).toEqual([
      [null, "DRAFT", TODAY],
      ["DRAFT", "SENT", addDays(TODAY, -8)],
      ["SENT", "RECEIVED", addDays(TODAY, -5)],
      ["RECEIVED", "DECIDED", TODAY],
      ["DECIDED", "CLOSED", TODAY],
    ]);
    const audits = await db.auditEvent.findMany({ where: { resourceId: referralId, action: "referral.status.change" }, orderBy: { id: "asc" } });
    expect(audits.map((audit) => (audit.changes as { status: string[] }).status)).toEqual([
      ["DRAFT", "SENT"],
      ["SENT", "RECEIVED"],
      ["RECEIVED", "DECIDED"],
      ["DECIDED", "CLOSED"],
    ]);
    expect(audits.every((audit) => audit.caseId === caseId && audit.userId === world.users.a1.id)).toBe(true);
    expect(audits[2]!.changes).toMatchObject({ decision: [null, "GRANTED"], decisionAmountSek: [null, 40_000] });

    // The case's timeline shows every event, and the decision with its amount and reference on the DECIDED one only.
    const timeline = (await getCaseTimeline(caseId))!.filter((entry) => entry.kind === "referralEvent");
    expect(timeline.map((entry) => entry.details.toStatus).sort()).toEqual(["CLOSED", "DECIDED", "DRAFT", "RECEIVED", "SENT"]);
    const detailsOf = (status: string) => timeline.find((entry) => entry.details.toStatus === status)!.details;
    expect(detailsOf("DECIDED")).toMatchObject({ decision: "GRANTED", decisionAmountSek: 40_000, agencyReference: "MIG 2026-4711" });
    expect(detailsOf("CLOSED")).toMatchObject({ decision: null, decisionAmountSek: null, agencyReference: null });
  });

  it("refuses a date before the previous change, a sending dated before the consent, and a stale form", async () => {
    const { caseId, referralId } = await draft(world.users.a1, { consentDaysAgo: 2 });
    const before = await snapshot(referralId, caseId);
    expect(await changeReferralStatus(referralId, change(1, "SENT", { occurredOn: addDays(TODAY, -3) }))).toEqual({ ok: false, error: "sentBeforeConsent" });
    expect(await changeReferralStatus(referralId, change(7, "SENT"))).toEqual({ ok: false, error: "conflict" });
    expect(await snapshot(referralId, caseId)).toEqual(before);
    expect(await changeReferralStatus(referralId, change(1, "SENT", { occurredOn: TODAY }))).toMatchObject({ ok: true });
    expect(await changeReferralStatus(referralId, change(2, "RECEIVED", { occurredOn: addDays(TODAY, -1) }))).toEqual({ ok: false, error: "dateBeforePrevious" });
    // Two advisers with the same form open: the second one's save is refused.
    signInAs(world.users.a2);
    expect(await changeReferralStatus(referralId, change(2, "RECEIVED"))).toMatchObject({ ok: true });
    signInAs(world.users.a1);
    expect(await changeReferralStatus(referralId, change(2, "WITHDRAWN"))).toEqual({ ok: false, error: "conflict" });
  });

  it("writes the change and its audit event together: a failing audit leaves nothing behind", async () => {
    const { caseId, referralId } = await draft();
    const before = await snapshot(referralId, caseId);
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_refuse_referral_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW.action = 'referral.status.change' AND NEW."resourceId" = '${referralId}' THEN RAISE EXCEPTION 'audit refused by test'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_referral_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_refuse_referral_audit()`);
    try {
      await expect(changeReferralStatus(referralId, change(1, "SENT"))).rejects.toThrow(/audit refused by test/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_referral_audit ON "AuditEvent"`);
    }
    expect(await snapshot(referralId, caseId)).toEqual(before);
  });
});

describe("scope", () => {
  it("hides a referral from another team's adviser and a colleague in a team that does not share", async () => {
    const { caseId, referralId } = await draft(world.users.c1);
    const before = await snapshot(referralId, caseId);
    for (const who of [world.users.a1, world.users.c2, world.users.managerB]) {
      signInAs(who);
      expect(await getReferral(referralId)).toBeNull();
      expect(await listCaseReferrals(caseId)).toBeNull();
      if (who.role === "ADVISER") {
        expect(await changeReferralStatus(referralId, change(1, "SENT"))).toEqual({ ok: false, error: "notFound" });
        expect(await recordConsent(referralId, { consentGivenOn: TODAY, consentNote: "", version: 1 })).toEqual({ ok: false, error: "notFound" });
        expect(await renderReferralLetter(referralId, "sv")).toEqual({ ok: false, error: "notFound" });
      }
      expect((await listReferrals({ scope: "team", status: "all" })).items.map((item) => item.id)).not.toContain(referralId);
    }
    expect(await snapshot(referralId, caseId)).toEqual(before);
    // Both advisers' two attempted writes are in the trail as refusals.
    expect(await db.auditEvent.count({ where: { resourceId: referralId, action: "write.refused", reason: "referral.update.notFound" } })).toBe(4);
  });

  it("lets the team's manager read but not write, and keeps staff and administrators out", async () => {
    const { referralId } = await draft(world.users.a1);
    signInAs(world.users.managerA);
    const detail = await getReferral(referralId);
    expect(detail).toMatchObject({ id: referralId, canWrite: false, canDownloadLetter: false, nextStatuses: [] });
    await expect(changeReferralStatus(referralId, change(1, "SENT"))).rejects.toThrow(NOT_FOUND);
    await expect(renderReferralLetter(referralId, "sv")).rejects.toThrow(NOT_FOUND);
    for (const who of [world.users.staff, world.users.admin]) {
      signInAs(who);
      await expect(getReferral(referralId)).rejects.toThrow(NOT_FOUND);
      await expect(listReferrals({ status: "all" })).rejects.toThrow(NOT_FOUND);
    }
  });

  it("audits every read of a referral and of a case's referrals", async () => {
    const { caseId, referralId } = await draft(world.users.a1);
    signInAs(world.users.a2);
    await getReferral(referralId);
    await listCaseReferrals(caseId);
    expect(await db.auditEvent.count({ where: { caseId, action: "referral.read", userId: world.users.a2.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { caseId, action: "referral.list", userId: world.users.a2.id } })).toBe(1);
  });
});

describe("overdue referrals and the list", () => {
  /** A referral of b1's (team B is used by no other test here) sent `daysAgo` days ago. */
  async function sent(daysAgo: number, owner = world.users.b1) {
    const { caseId, referralId } = await draft(owner, { consentDaysAgo: daysAgo + 1 });
    expect(await changeReferralStatus(referralId, change(1, "SENT", { occurredOn: addDays(TODAY, -daysAgo) }))).toMatchObject({ ok: true });
    return { caseId, referralId };
  }

  it("flags referrals past the response time, overdue first, and honours the office setting", async () => {
    signInAs(world.users.admin);
    expect((await getOfficeSettings()).responseDays).toBe(30);
    const late = await sent(45);
    const onTime = await sent(20);
    const later = await sent(60);
    const { referralId: draftId } = await draft(world.users.b1);

    signInAs(world.users.b1);
    let list = await listReferrals({ scope: "mine", status: "active" });
    expect(list.items.map((item) => [item.id, item.isOverdue])).toEqual([
      [later.referralId, true],
      [late.referralId, true],
      [draftId, false],
      [onTime.referralId, false],
    ]);
    expect(list.items[0]).toMatchObject({ daysWaiting: 60, dueOn: addDays(TODAY, -30), caseNumber: expect.any(String), personName: expect.any(String) });
    expect((await listReferrals({ scope: "mine", status: "active", overdueOnly: true })).items.map((item) => item.id)).toEqual([later.referralId, late.referralId]);
    expect((await listReferrals({ scope: "mine", status: "DRAFT" })).items.map((item) => item.id)).toEqual([draftId]);

    signInAs(world.users.admin);
    expect(await updateReferralSettings({ responseDays: 50 })).toEqual({ ok: true, changed: true });
    expect(await db.auditEvent.findFirst({ where: { action: "settings.update", resourceId: "referral.responseDays" }, orderBy: { id: "desc" } })).toMatchObject({
      changes: { value: [null, 50] },
      userId: world.users.admin.id,
    });
    signInAs(world.users.b1);
    list = await listReferrals({ scope: "mine", status: "active" });
    expect(list.responseDays).toBe(50);
    expect(list.items.filter((item) => item.isOverdue).map((item) => item.id)).toEqual([later.referralId]);
    expect((await getReferral(late.referralId))?.isOverdue).toBe(false);

    signInAs(world.users.admin);
    await updateReferralSettings({ responseDays: 30 });
  });

  it("shows an adviser their own referrals or the team's, and a manager the team's", async () => {
    const mine = await sent(1, world.users.a1);
    const colleagues = await sent(1, world.users.a2);
    signInAs(world.users.a1);
    const own = (await listReferrals({ scope: "mine", status: "all" })).items.map((item) => item.id);
    expect(own).toContain(mine.referralId);
    expect(own).not.toContain(colleagues.referralId);
    const team = await listReferrals({ scope: "team", status: "all" });
    expect(team.items.map((item) => item.id)).toEqual(expect.arrayContaining([mine.referralId, colleagues.referralId]));
    signInAs(world.users.managerA);
    const managers = await listReferrals({ scope: "mine", status: "all" });
    expect(managers.scope).toBe("team");
    expect(managers.items.map((item) => item.id)).toEqual(expect.arrayContaining([mine.referralId, colleagues.referralId]));
  });
});

describe("the letter", () => {
  async function text(pdf: Uint8Array): Promise<string> {
    const parser = new PDFParse({ data: pdf });
    try {
      return (await parser.getText()).text;
    } finally {
      await parser.destroy();
    }
  }

  it("is a PDF with the case number and the person, never the case's phone or session notes, and each download is audited", async () => {
    const { caseId, referralId } = await draft(world.users.a1, { consentDaysAgo: 1 });
    await db.case.update({ where: { id: caseId }, data: { phone: "070-999 88 77", email: "privat@example.org", firstName: "Şükrü", lastName: "Ćosić" } });
    await db.counsellingSession.create({ data: { caseId, startsAt: new Date(), durationMinutes: 30, mode: "PHONE", notes: "Hemlig anteckning om hälsan" } });
    const caseRow = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { caseNumber: true } });
    signInAs(world.users.a1);
    const letter = await renderReferralLetter(referralId, "sv");
    expect(letter).toMatchObject({ ok: true, fileName: `remiss-${caseRow.caseNumber.replace("/", "-")}.pdf` });
    if (!letter.ok) return;
    const content = await text(letter.pdf);
    expect(content).toContain(caseRow.caseNumber);
    expect(content).toContain("Sükrü Cosic");
    for (const secret of ["070-999 88 77", "privat@example.org", "Hemlig anteckning", "Intern anteckning", "Muntligt med tolk"]) expect(content).not.toContain(secret);
    expect(await renderReferralLetter(referralId, "en")).toMatchObject({ ok: true, fileName: expect.stringMatching(/^referral-/) });
    expect(await db.auditEvent.count({ where: { resourceId: referralId, action: "referral.letter.download", userId: world.users.a1.id } })).toBe(2);
  });

  it("is refused without consent and after withdrawal, auditing no download", async () => {
    const { referralId } = await draft(world.users.a1, { consentDaysAgo: null });
    expect(await renderReferralLetter(referralId, "sv")).toEqual({ ok: false, error: "consentRequired" });
    const withdrawn = await draft(world.users.a1);
    await changeReferralStatus(withdrawn.referralId, change(1, "WITHDRAWN"));
    expect(await renderReferralLetter(withdrawn.referralId, "sv")).toEqual({ ok: false, error: "notAvailable" });
    expect(await db.auditEvent.count({ where: { resourceId: { in: [referralId, withdrawn.referralId] }, action: "referral.letter.download" } })).toBe(0);
  });
});

describe("the organisation register", () => {
  const form = (name: string) => ({ name, kind: "ASSOCIATION", country: "SE", phone: null, email: null, website: null, address: null, contactRoutes: "", isActive: true }) as const;

  it("is edited by administrators only, audited, with unique names and stale edits refused", async () => {
    const name = `Förening ${crypto.randomUUID()}`;
    signInAs(world.users.a1);
    await expect(createOrganisation(form(name))).rejects.toThrow(NOT_FOUND);
    expect((await listOrganisations()).map((organisation) => organisation.id)).toContain(iom);

    signInAs(world.users.admin);
    const created = await createOrganisation(form(name));
    if (!created.ok) throw new Error(created.error);
    expect(await createOrganisation(form(name))).toEqual({ ok: false, error: "nameTaken" });
    const row = await db.organisation.findUniqueOrThrow({ where: { id: created.organisationId } });
    const edit = { ...form(name), contactRoutes: "Ring kansliet", isActive: false, savedAt: row.updatedAt };
    expect(await updateOrganisation(created.organisationId, edit)).toEqual({ ok: true, organisationId: created.organisationId });
    expect(await updateOrganisation(created.organisationId, { ...edit, contactRoutes: "Annat" })).toEqual({ ok: false, error: "conflict" });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: created.organisationId } })).toMatchObject({ contactRoutes: "Ring kansliet", isActive: false });
    expect(await db.auditEvent.count({ where: { resourceId: created.organisationId, action: { in: ["organisation.create", "organisation.update"] } } })).toBe(2);
    expect((await listOrganisations({ activeOnly: true })).map((organisation) => organisation.id)).not.toContain(created.organisationId);
  });

  it("keeps the settings page to administrators", async () => {
    signInAs(world.users.a1);
    await expect(getOfficeSettings()).rejects.toThrow(NOT_FOUND);
    await expect(updateReferralSettings({ responseDays: 5 })).rejects.toThrow(NOT_FOUND);
  });
});

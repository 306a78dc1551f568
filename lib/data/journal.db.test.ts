// The case journal against a real Postgres: drafts, signing, corrections,
// the lock the database itself keeps on signed entries, the refusals (each
// audited, nothing changed) and the late-draft lists.
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import {
  auditRefusedJournalInput,
  correctJournalEntry,
  countLateDraftsInScope,
  createJournalEntry,
  getCaseJournal,
  listMyLateDrafts,
  signJournalEntry,
  updateJournalDraft,
} from "@/lib/data/journal";
import { removeHouseholdMember } from "@/lib/data/household";
import { JournalCorrectionFormSchema } from "@/lib/schemas/journal";
import { setUpCaseworkWorld, NOT_FOUND } from "@/tests/support/casework";

const db = getDb();
const world = setUpCaseworkWorld(db);

const note = (text: string) => ({ kind: "CASE_NOTE" as const, text, householdMemberId: null, sessionId: null, followUpId: null });

/** Everything the journal of a case holds, to show that a refusal changed nothing. */
async function snapshot(caseId: string) {
  return db.journalEntry.findMany({ where: { caseId }, include: { versions: true }, orderBy: { id: "asc" } });
}

/** A new case of adviser A1, signed in as them, with one draft of theirs, as stored. */
async function draftOnNewCase(text: string) {
  const caseId = await world.newCase(world.users.a1);
  signInAs(world.users.a1);
  const created = await createJournalEntry(caseId, note(text));
  if (!created.ok) throw new Error(created.error);
  return { caseId, draft: await db.journalEntry.findUniqueOrThrow({ where: { id: created.entryId } }) };
}

async function signedEntry(caseId: string, text = "Klienten vill resa hem i maj.") {
  const created = await createJournalEntry(caseId, note(text));
  if (!created.ok) throw new Error(created.error);
  expect(await signJournalEntry(caseId, created.entryId)).toEqual({ ok: true, entryId: created.entryId });
  return created.entryId;
}

describe("drafts and signing", () => {
  it("writes a draft the author may edit, then signs it as version 1, audited", async () => {
    const { caseId, draft } = await draftOnNewCase("Första utkast");
    expect(draft).toMatchObject({ authorId: world.users.a1.id, signedAt: null, text: "Första utkast" });

    expect(await updateJournalDraft(caseId, draft.id, { text: "Andra utkast", householdMemberId: null, savedAt: draft.updatedAt })).toMatchObject({ ok: true });
    // Saved unchanged: nothing written.
    const edited = await db.journalEntry.findUniqueOrThrow({ where: { id: draft.id } });
    const auditsBefore = await db.auditEvent.count({ where: { resourceId: draft.id } });
    expect(await updateJournalDraft(caseId, draft.id, { text: "Andra utkast", householdMemberId: null, savedAt: edited.updatedAt })).toMatchObject({ ok: true });
    expect(await db.journalEntry.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(edited);
    expect(await db.auditEvent.count({ where: { resourceId: draft.id } })).toBe(auditsBefore);

    expect(await signJournalEntry(caseId, draft.id)).toMatchObject({ ok: true });
    const signed = await db.journalEntry.findUniqueOrThrow({ where: { id: draft.id }, include: { versions: true } });
    expect(signed.signedAt).not.toBeNull();
    expect(signed.versions).toMatchObject([{ version: 1, text: "Andra utkast", reason: null, authorId: world.users.a1.id }]);
    const actions = (await db.auditEvent.findMany({ where: { resourceId: draft.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["journal.create", "journal.update", "journal.sign"]);
    // The audit trail gets the length of the text, never the text.
    const trail = await db.auditEvent.findMany({ where: { resourceId: draft.id }, select: { changes: true, reason: true } });
    expect(JSON.stringify(trail)).not.toContain("utkast");
  });

  it("refuses a second save of a draft opened before the first, showing what the first saved", async () => {
    const { caseId, draft: opened } = await draftOnNewCase("Utkast");
    expect(await updateJournalDraft(caseId, opened.id, { text: "Från flik ett", householdMemberId: null, savedAt: opened.updatedAt })).toMatchObject({ ok: true });
    const before = await snapshot(caseId);
    const second = await updateJournalDraft(caseId, opened.id, { text: "Från flik två", householdMemberId: null, savedAt: opened.updatedAt });
    expect(second).toMatchObject({ ok: false, error: "conflict", current: { text: "Från flik ett" } });
    expect(await snapshot(caseId)).toEqual(before);
  });

  it("refuses signing or editing someone else's draft, and editing a signed entry: nothing changed, refusal audited", async () => {
    const { caseId, draft } = await draftOnNewCase("A1:s utkast");
    const before = await snapshot(caseId);

    signInAs(world.users.a2); // same team, the case is shared: may read, may not sign another's draft
    expect(await signJournalEntry(caseId, draft.id)).toEqual({ ok: false, error: "notAuthor" });
    expect(await updateJournalDraft(caseId, draft.id, { text: "Ändrat", householdMemberId: null, savedAt: draft.updatedAt })).toEqual({ ok: false, error: "notAuthor" });
    expect(await snapshot(caseId)).toEqual(before);
    expect(await db.auditEvent.count({ where: { resourceId: draft.id, action: "write.refused", userId: world.users.a2.id, reason: "journal.sign.notAuthor" } })).toBe(1);

    signInAs(world.users.a1);
    await signJournalEntry(caseId, draft.id);
    const signed = await db.journalEntry.findUniqueOrThrow({ where: { id: draft.id } });
    expect(await updateJournalDraft(caseId, draft.id, { text: "Ändrat", householdMemberId: null, savedAt: signed.updatedAt })).toEqual({ ok: false, error: "alreadySigned" });
    expect(await signJournalEntry(caseId, draft.id)).toEqual({ ok: false, error: "alreadySigned" });
    expect((await db.journalEntry.findUniqueOrThrow({ where: { id: draft.id } })).text).toBe("A1:s utkast");
  });
});

describe("corrections", () => {
  it("appends a version with its reason; the earlier text stays, and a stale correction is refused", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const entryId = await signedEntry(caseId);

    signInAs(world.users.a2); // a colleague who shares the case may correct, with a reason
    expect(await correctJournalEntry(caseId, entryId, { text: "Klienten vill resa hem i juni.", reason: "Fel månad", version: 1 })).toMatchObject({ ok: true });
    const entry = await db.journalEntry.findUniqueOrThrow({ where: { id: entryId }, include: { versions: { orderBy: { version: "asc" } } } });
    expect(entry).toMatchObject({ text: "Klienten vill resa hem i juni.", version: 2, authorId: world.users.a1.id });
    expect(entry.versions.map((v) => [v.version, v.text, v.reason, v.authorId])).toEqual([
      [1, "Klienten vill resa hem i maj.", null, world.users.a1.id],
      [2, "Klienten vill resa hem i juni.", "Fel månad", world.users.a2.id],
    ]);
    expect(await db.auditEvent.findFirst({ where: { resourceId: entryId, action: "journal.correct" } })).toMatchObject({ reason: "Fel månad", changes: { version: [1, 2] } });

    const before = await snapshot(caseId);
    expect(await correctJournalEntry(caseId, entryId, { text: "Något annat", reason: "Också fel", version: 1 })).toMatchObject({ ok: false, error: "conflict", current: { version: 2 } });
    expect(await snapshot(caseId)).toEqual(before);

    const journal = await getCaseJournal(caseId);
    expect(journal?.entries[0]?.versions.map((v) => v.authorName)).toEqual([world.users.a1.name, world.users.a2.name]);
  });

  it("refuses correcting an unsigned entry and an empty reason, audited, nothing changed", async () => {
    const { caseId, draft } = await draftOnNewCase("Utkast");
    const before = await snapshot(caseId);
    expect(await correctJournalEntry(caseId, draft.id, { text: "Rättat", reason: "Skäl", version: 1 })).toEqual({ ok: false, error: "notSigned" });
    expect(await snapshot(caseId)).toEqual(before);
    expect(await db.auditEvent.count({ where: { resourceId: draft.id, action: "write.refused", reason: "journal.correct.notSigned" } })).toBe(1);

    const parsed = JournalCorrectionFormSchema.safeParse({ text: "Rättat", reason: "   ", version: "1" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "correctionReasonRequired"]]);
    await auditRefusedJournalInput(draft.id, "correct", "correctionReasonRequired");
    expect(await db.auditEvent.count({ where: { resourceId: draft.id, action: "write.refused", reason: "journal.correct.correctionReasonRequired" } })).toBe(1);
  });

  it("refuses a crafted correction of a signed entry on a case out of scope, closed, or by a manager", async () => {
    const caseId = await world.newCase(world.users.c1); // team C does not share cases
    signInAs(world.users.c1);
    const entryId = await signedEntry(caseId);
    const before = await snapshot(caseId);

    signInAs(world.users.c2);
    expect(await correctJournalEntry(caseId, entryId, { text: "Kapat", reason: "Jag vill", version: 1 })).toEqual({ ok: false, error: "notFound" });
    signInAs(world.users.b1);
    expect(await correctJournalEntry(caseId, entryId, { text: "Kapat", reason: "Jag vill", version: 1 })).toEqual({ ok: false, error: "notFound" });
    // The entry's id with another case's id (in scope) is no way in either.
    const ownCase = await world.newCase(world.users.b1);
    expect(await correctJournalEntry(ownCase, entryId, { text: "Kapat", reason: "Jag vill", version: 1 })).toEqual({ ok: false, error: "notFound" });
    expect(await snapshot(caseId)).toEqual(before);
    expect(await db.auditEvent.count({ where: { resourceId: entryId, action: "write.refused", reason: "journal.correct.notFound", userId: world.users.b1.id } })).toBe(2);
    // The refusals are not in the refused case's own trail.
    expect(await db.auditEvent.count({ where: { caseId, action: "write.refused" } })).toBe(0);

    signInAs(world.users.managerA);
    await expect(correctJournalEntry(caseId, entryId, { text: "Kapat", reason: "Jag vill", version: 1 })).rejects.toThrow(NOT_FOUND);
    await expect(getCaseJournal(caseId)).rejects.toThrow(NOT_FOUND);

    // A closed case's journal is read-only, also for its own adviser.
    await db.case.update({ where: { id: caseId }, data: { status: "CLOSED" } });
    signInAs(world.users.c1);
    expect(await correctJournalEntry(caseId, entryId, { text: "Sent rättat", reason: "Efteråt", version: 1 })).toEqual({ ok: false, error: "caseClosed" });
    expect(await snapshot(caseId)).toEqual(before);
  });

  it("marks an entry with the household member it is about, only a member of the same case", async () => {
    const caseId = await world.newCase(world.users.a1);
    const otherCase = await world.newCase(world.users.a1);
    const member = await db.householdMember.create({ data: { caseId, relation: "CHILD", firstName: "Liten", lastName: "Person", birthDate: new Date("2015-01-01") } });
    const stranger = await db.householdMember.create({ data: { caseId: otherCase, relation: "CHILD", firstName: "Annan", lastName: "Person", birthDate: new Date("2016-01-01") } });
    signInAs(world.users.a1);
    const created = await createJournalEntry(caseId, { ...note("Om barnet"), householdMemberId: member.id });
    expect(created.ok).toBe(true);
    expect(await createJournalEntry(caseId, { ...note("Fel barn"), householdMemberId: stranger.id })).toEqual({ ok: false, error: "memberNotOnCase" });
    const journal = await getCaseJournal(caseId);
    expect(journal?.entries.map((e) => e.householdMember?.firstName ?? null)).toEqual(["Liten"]);

    // The member the entry is about stays: removing them is refused in words, nothing changed.
    const { version } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
    expect(await removeHouseholdMember(caseId, member.id, version)).toEqual({ ok: false, error: "memberHasJournalEntries" });
    expect(await db.householdMember.count({ where: { id: member.id } })).toBe(1);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version).toBe(version);
  });
});

describe("the database locks signed entries", () => {
  it("refuses UPDATE of a signed entry's text, un-signing, moving it, and any change of a version", async () => {
    const caseId = await world.newCase(world.users.a1);
    const otherCase = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const entryId = await signedEntry(caseId);
    const before = await snapshot(caseId);

    await expect(db.$executeRaw`UPDATE "JournalEntry" SET text = 'tyst ändrad' WHERE id = ${entryId}`).rejects.toThrow(/a correction adds exactly one version/);
    await expect(db.$executeRaw`UPDATE "JournalEntry" SET text = 'tyst ändrad', version = 2 WHERE id = ${entryId}`).rejects.toThrow(/new version row/);
    await expect(db.$executeRaw`UPDATE "JournalEntry" SET "signedAt" = NULL WHERE id = ${entryId}`).rejects.toThrow(/only a correction may change it/);
    await expect(db.$executeRaw`UPDATE "JournalEntry" SET "caseId" = ${otherCase} WHERE id = ${entryId}`).rejects.toThrow(/only a correction may change it/);
    await expect(db.$executeRaw`UPDATE "JournalEntry" SET "authorId" = ${world.users.a2.id} WHERE id = ${entryId}`).rejects.toThrow(/only a correction may change it/);
    await expect(db.$executeRaw`UPDATE "JournalEntryVersion" SET text = 'tyst ändrad' WHERE "entryId" = ${entryId}`).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.$executeRaw`DELETE FROM "JournalEntryVersion" WHERE "entryId" = ${entryId}`).rejects.toThrow(/append-only: DELETE/);
    await expect(db.$executeRaw`DELETE FROM "JournalEntry" WHERE id = ${entryId}`).rejects.toThrow(/DELETE is allowed only for retention/);
    await expect(db.$executeRaw`DELETE FROM "Case" WHERE id = ${caseId}`).rejects.toThrow(/only for retention/);
    await expect(db.$executeRaw`TRUNCATE "JournalEntryVersion"`).rejects.toThrow(/TRUNCATE/);
    // A version skipping a number, or a version of a draft, is refused too.
    const draft = await createJournalEntry(caseId, note("Utkast"));
    if (!draft.ok) throw new Error(draft.error);
    await expect(db.$executeRaw`INSERT INTO "JournalEntryVersion" (id, "entryId", version, text, "authorId") VALUES ('v-draft', ${draft.entryId}, 1, 'x', ${world.users.a1.id})`).rejects.toThrow(/not signed/);
    await db.$executeRaw`DELETE FROM "JournalEntry" WHERE id = ${draft.entryId}`; // a draft may go
    expect(await snapshot(caseId)).toEqual(before);
  });

  it("lets retention delete signed entries and their versions when it says so", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    await signedEntry(caseId);
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('hemvag.retention', 'on', true)`;
      await tx.$executeRaw`DELETE FROM "Case" WHERE id = ${caseId}`;
    });
    expect(await db.journalEntry.count({ where: { caseId } })).toBe(0);
    // The setting was local to that transaction.
    const caseId2 = await world.newCase(world.users.a1);
    const entryId = await signedEntry(caseId2);
    await expect(db.$executeRaw`DELETE FROM "JournalEntry" WHERE id = ${entryId}`).rejects.toThrow(/only for retention/);
  });
});

describe("late drafts", () => {
  it("lists the author's drafts older than a working day, and counts them for the team's manager", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const fresh = await createJournalEntry(caseId, note("Färskt"));
    const old = await createJournalEntry(caseId, note("Gammalt"));
    const oldSigned = await createJournalEntry(caseId, note("Gammalt men signerat"));
    if (!fresh.ok || !old.ok || !oldSigned.ok) throw new Error("setup");
    const longAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    await db.journalEntry.updateMany({ where: { id: { in: [old.entryId, oldSigned.entryId] } }, data: { createdAt: longAgo } });
    await signJournalEntry(caseId, oldSigned.entryId);

    expect((await listMyLateDrafts()).map((d) => d.id)).toEqual([old.entryId]);
    signInAs(world.users.a2);
    expect(await listMyLateDrafts()).toEqual([]);
    signInAs(world.users.managerA);
    expect(await countLateDraftsInScope()).toBe(1);
    signInAs(world.users.managerB);
    expect(await countLateDraftsInScope()).toBe(0);
  });
});

describe("the timeline tells the story", () => {
  it("shows signing and correcting with who and when, plan steps only when touched, and open tasks as coming up", async () => {
    const { getCaseTimeline } = await import("@/lib/data/timeline");
    const caseId = await world.newCase(world.users.a1);
    await db.returnPlanStep.create({ data: { caseId, kind: "TRAVEL_BOOKING" } }); // nobody touched it
    await db.task.create({ data: { caseId, assigneeId: world.users.a1.id, title: "Boka tolk" } });
    signInAs(world.users.a1);
    const entryId = await signedEntry(caseId);
    signInAs(world.users.a2);
    await correctJournalEntry(caseId, entryId, { text: "Rättad text", reason: "Fel", version: 1 });
    const timeline = (await getCaseTimeline(caseId))!;
    const activity = timeline.filter((e) => e.kind === "activity").map((e) => [e.details.action, e.byName, e.upcoming]);
    expect(activity).toEqual([
      ["journal.correct", world.users.a2.name, false],
      ["journal.sign", world.users.a1.name, false],
    ]);
    expect(timeline.filter((e) => e.kind === "planStep")).toEqual([]);
    expect(timeline.filter((e) => e.upcoming).map((e) => [e.kind, e.details.title])).toEqual([["task", "Boka tolk"]]);
    // The journal's text and the correction's reason stay off the timeline (managers read it).
    expect(JSON.stringify(timeline.map((e) => e.details))).not.toMatch(/Rättad text|"Fel"/);
  });
});

import "server-only";
import { getDb, type Db } from "@/lib/db";
import { recordAudit, auditActor, createdChanges, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { auditCaseEntry, findCaseInScope, writeOnOpenCaseAs, openCaseForWrite, redactedText, type CaseWriteRefusal } from "@/lib/data/casework-scope";
import { recordDenial } from "@/lib/data/denials";
import { SESSION_CONTENT } from "@/lib/data/counselling-sessions";
import { caseScope, viaCase } from "@/lib/data/scope";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { officeToday, startOfOfficeDay } from "@/lib/dates";
import { previousWorkingDay } from "@/lib/journal/working-days";
import type { JournalCorrectionForm, JournalDraftForm, JournalEntryForm } from "@/lib/schemas/journal";

// The case journal (docs/decisions/015-signed-journal-entries.md): notes are
// drafts their author may edit, then signed and locked; a signed entry changes
// only by a correction, a new version with a reason. The database enforces the
// lock (migration journal_entries_locked); this module keeps the rules a user
// meets first and says no in words, audited.

/** Why a journal write was refused; each is a message key under "journal.errors". */
export type JournalRefusal = CaseWriteRefusal | "conflict" | "notAuthor" | "alreadySigned" | "notSigned" | "memberNotOnCase" | "sessionNotOnCase" | "followUpNotOnCase";

/** A refused edit of a draft shows what the other save wrote. */
export type JournalConflict = { text: string; savedAt: string; version: number };

export type JournalWriteResult = { ok: true; entryId: string } | { ok: false; error: JournalRefusal; current?: JournalConflict };

/** A save refused because another came first, carrying what that one wrote so the form can show it. */
function conflictWith(entry: { text: string; updatedAt: Date; version: number }): JournalWriteResult {
  return { ok: false, error: "conflict", current: { text: entry.text, savedAt: entry.updatedAt.toISOString(), version: entry.version } };
}

const ENTRY_FIELDS = {
  id: true,
  kind: true,
  text: true,
  version: true,
  signedAt: true,
  authorId: true,
  createdAt: true,
  updatedAt: true,
  sessionId: true,
  followUpId: true,
  householdMember: { select: { id: true, firstName: true, lastName: true, relation: true } },
  versions: { select: { id: true, version: true, text: true, authorId: true, reason: true, createdAt: true }, orderBy: { version: "asc" as const } },
} as const;

/** Names for the author ids on entries and versions (authors are kept as ids so that a removed account never takes its entries along). */
async function authorNames(db: Pick<Db, "user">, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

async function readEntries(db: Db, where: { caseId: string; sessionId?: string }) {
  const entries = await db.journalEntry.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: ENTRY_FIELDS, take: 1000 });
  const names = await authorNames(db, entries.flatMap((e) => [e.authorId, ...e.versions.map((v) => v.authorId)]));
  const nameOf = (id: string) => names.get(id) ?? null;
  return entries.map((entry) => ({
    ...entry,
    authorName: nameOf(entry.authorId),
    versions: entry.versions.map((v) => ({ ...v, authorName: nameOf(v.authorId) })),
  }));
}

export type JournalEntryView = Awaited<ReturnType<typeof readEntries>>[number];

/**
 * The journal of a case, oldest first, with every version of every signed
 * entry, and what the form for a new entry offers (household members,
 * sessions, follow-ups). Null when the case is out of scope.
 */
export async function getCaseJournal(caseId: string) {
  const user = await authorize("journal.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, {
    select: {
      id: true,
      status: true,
      householdMembers: { select: { id: true, firstName: true, lastName: true, relation: true }, orderBy: [{ birthDate: "asc" }, { id: "asc" }] },
      sessions: { select: { id: true, startsAt: true }, orderBy: { startsAt: "desc" }, take: 200 },
      followUps: { select: { id: true, monthsAfterReturn: true }, orderBy: { monthsAfterReturn: "asc" } },
    },
  });
  if (!found) return null;
  const entries = await readEntries(db, { caseId });
  await recordCaseAudit(db, user, caseId, { action: "journal.read" });
  return { case: found, entries, userId: user.id };
}

/** The journal entries of one counselling session (its notes). Null when out of scope. */
export async function getSessionJournal(caseId: string, sessionId: string) {
  const user = await authorize("journal.read");
  const db = getDb();
  const session = await db.counsellingSession.findFirst({
    where: { id: sessionId, caseId, ...viaCase(user) },
    select: { id: true, case: { select: { householdMembers: { select: { id: true, firstName: true, lastName: true }, orderBy: [{ birthDate: "asc" }, { id: "asc" }] } } } },
  });
  if (!session) return null;
  const entries = await readEntries(db, { caseId, sessionId });
  return { entries, members: session.case.householdMembers, userId: user.id };
}

/**
 * Records a refused journal write in the trail of refusals ("write.refused",
 * throttled per user, outside the refused transaction: lib/data/denials.ts),
 * naming the entry and why ("journal.correct.notSigned"), and returns the refusal.
 */
async function refuse(user: SignedInUser, entryId: string | null, attempted: string, error: JournalRefusal, current?: JournalConflict): Promise<JournalWriteResult> {
  await recordDenial(user, { action: "write.refused", reason: `journal.${attempted}.${error}`, resourceType: entryId ? "JournalEntry" : "Case", resourceId: entryId ?? undefined });
  return { ok: false, error, ...(current ? { current } : {}) };
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The links of a new entry must lie on the same case. */
async function checkLinks(tx: Tx, caseId: string, input: Pick<JournalEntryForm, "householdMemberId" | "sessionId" | "followUpId">): Promise<JournalRefusal | null> {
  if (input.householdMemberId && !(await tx.householdMember.findFirst({ where: { id: input.householdMemberId, caseId }, select: { id: true } }))) return "memberNotOnCase";
  if (input.sessionId && !(await tx.counsellingSession.findFirst({ where: { id: input.sessionId, caseId }, select: { id: true } }))) return "sessionNotOnCase";
  if (input.followUpId && !(await tx.followUp.findFirst({ where: { id: input.followUpId, caseId }, select: { id: true } }))) return "followUpNotOnCase";
  return null;
}

/** Writes a new draft entry by the signed-in adviser. */
export async function createJournalEntry(caseId: string, input: JournalEntryForm): Promise<JournalWriteResult> {
  const user = await authorize("journal.write");
  const result = await writeOnOpenCaseAs(user, caseId, async (tx): Promise<JournalWriteResult> => {
    const linkRefusal = await checkLinks(tx, caseId, input);
    if (linkRefusal) return { ok: false, error: linkRefusal };
    const entry = await tx.journalEntry.create({ data: { ...input, caseId, authorId: user.id }, select: { id: true } });
    await auditCaseEntry(tx, user, {
      action: "journal.create",
      resourceType: "JournalEntry",
      resourceId: entry.id,
      caseId,
      changes: createdChanges({ kind: input.kind, text: redactedText(input.text), householdMemberId: input.householdMemberId, sessionId: input.sessionId, followUpId: input.followUpId }),
    });
    return { ok: true, entryId: entry.id };
  });
  return result.ok ? result : refuse(user, null, "create", result.error);
}

/** The entry inside a write's transaction, with the case open and in scope. */
async function entryForWrite(tx: Tx, user: SignedInUser, caseId: string, entryId: string) {
  const opened = await openCaseForWrite(tx, user, caseId);
  if (!opened.ok) return { ok: false as const, error: opened.error };
  const entry = await tx.journalEntry.findFirst({
    where: { id: entryId, caseId },
    select: { id: true, authorId: true, signedAt: true, text: true, version: true, updatedAt: true, householdMemberId: true },
  });
  if (!entry) return { ok: false as const, error: "notFound" as const };
  return { ok: true as const, entry };
}

/** The entry, when it is still a draft and the user wrote it: only the author edits or signs a draft. */
async function ownDraftForWrite(tx: Tx, user: SignedInUser, caseId: string, entryId: string) {
  const found = await entryForWrite(tx, user, caseId, entryId);
  if (!found.ok) return found;
  if (found.entry.authorId !== user.id) return { ok: false as const, error: "notAuthor" as const };
  if (found.entry.signedAt) return { ok: false as const, error: "alreadySigned" as const };
  return found;
}

type JournalEntryForWrite = Extract<Awaited<ReturnType<typeof entryForWrite>>, { ok: true }>["entry"];

/**
 * The skeleton of every write to an existing entry (edit, sign, correct): the
 * permission, then one transaction that finds the entry through `find` (any
 * entry of the open case, or only the author's own draft) before `write` runs;
 * a refusal is recorded as the `attempted` write, with what a conflict found.
 */
async function writeToEntry(
  attempted: "update" | "sign" | "correct",
  caseId: string,
  entryId: string,
  find: (tx: Tx, user: SignedInUser, caseId: string, entryId: string) => Promise<{ ok: true; entry: JournalEntryForWrite } | { ok: false; error: JournalRefusal }>,
  write: (tx: Tx, user: SignedInUser, entry: JournalEntryForWrite) => Promise<JournalWriteResult>,
): Promise<JournalWriteResult> {
  const user = await authorize("journal.write");
  const result = await getDb().$transaction(async (tx): Promise<JournalWriteResult> => {
    const found = await find(tx, user, caseId, entryId);
    if (!found.ok) return found;
    return write(tx, user, found.entry);
  });
  return result.ok ? result : refuse(user, entryId, attempted, result.error, result.current);
}

/**
 * Saves the author's edit of a draft, refused when it was saved since the form
 * was opened (the refusal carries what that save wrote), when signed, or when
 * the user is not its author. Saving it unchanged writes nothing.
 */
export async function updateJournalDraft(caseId: string, entryId: string, input: JournalDraftForm): Promise<JournalWriteResult> {
  return writeToEntry("update", caseId, entryId, ownDraftForWrite, async (tx, user, entry) => {
    if (entry.updatedAt.getTime() !== input.savedAt.getTime()) {
      return conflictWith(entry);
    }
    const linkRefusal = await checkLinks(tx, caseId, { householdMemberId: input.householdMemberId, sessionId: null, followUpId: null });
    if (linkRefusal) return { ok: false, error: linkRefusal };
    if (entry.text === input.text && entry.householdMemberId === input.householdMemberId) return { ok: true, entryId };
    const { count } = await tx.journalEntry.updateMany({
      where: { id: entryId, signedAt: null, updatedAt: input.savedAt },
      data: { text: input.text, householdMemberId: input.householdMemberId },
    });
    if (count === 0) return { ok: false, error: "conflict" };
    await auditCaseEntry(tx, user, {
      action: "journal.update",
      resourceType: "JournalEntry",
      resourceId: entryId,
      caseId,
      changes: {
        ...(entry.text !== input.text ? { text: [redactedText(entry.text), redactedText(input.text)] as [unknown, unknown] } : {}),
        ...(entry.householdMemberId !== input.householdMemberId ? { householdMemberId: [entry.householdMemberId, input.householdMemberId] as [unknown, unknown] } : {}),
      },
    });
    return { ok: true, entryId };
  });
}

/** The author signs their draft: it is locked, and its text becomes version 1. */
export async function signJournalEntry(caseId: string, entryId: string): Promise<JournalWriteResult> {
  return writeToEntry("sign", caseId, entryId, ownDraftForWrite, async (tx, user, entry) => {
    const now = new Date();
    // Signed first (the version table accepts rows of signed entries only), then version 1 as signed.
    const { count } = await tx.journalEntry.updateMany({ where: { id: entryId, signedAt: null }, data: { signedAt: now, version: 1 } });
    if (count === 0) return { ok: false, error: "alreadySigned" };
    await tx.journalEntryVersion.create({ data: { entryId, version: 1, text: entry.text, authorId: user.id, createdAt: now }, select: { id: true } });
    await auditCaseEntry(tx, user, { action: "journal.sign", resourceType: "JournalEntry", resourceId: entryId, caseId, changes: { signedAt: [null, now] } });
    return { ok: true, entryId };
  });
}

/**
 * Corrects a signed entry: a new version with its reason, appended; the
 * earlier versions stay. Refused on a draft (edit it instead) and when
 * someone corrected it since the form was opened.
 */
export async function correctJournalEntry(caseId: string, entryId: string, input: JournalCorrectionForm): Promise<JournalWriteResult> {
  return writeToEntry("correct", caseId, entryId, entryForWrite, async (tx, user, entry) => {
    if (!entry.signedAt) return { ok: false, error: "notSigned" };
    if (entry.version !== input.version) {
      return conflictWith(entry);
    }
    if (entry.text === input.text) return { ok: true, entryId };
    const version = entry.version + 1;
    await tx.journalEntryVersion.create({ data: { entryId, version, text: input.text, authorId: user.id, reason: input.reason }, select: { id: true } });
    const { count } = await tx.journalEntry.updateMany({ where: { id: entryId, version: entry.version }, data: { text: input.text, version } });
    if (count === 0) throw new Error("journal entry changed within its correction's transaction");
    await auditCaseEntry(tx, user, {
      action: "journal.correct",
      resourceType: "JournalEntry",
      resourceId: entryId,
      caseId,
      changes: { version: [entry.version, version], text: [redactedText(entry.text), redactedText(input.text)] },
      reason: input.reason,
    });
    return { ok: true, entryId };
  });
}

/** Unsigned drafts are late when written before the start of the previous working day. */
export function lateDraftCutoff(now: Date = new Date()): Date {
  return startOfOfficeDay(previousWorkingDay(officeToday(now)));
}

/** The signed-in adviser's drafts left unsigned for more than a working day, oldest first (My day). */
export async function listMyLateDrafts(now: Date = new Date()) {
  const user = await authorize("journal.write");
  return getDb().journalEntry.findMany({
    where: { authorId: user.id, signedAt: null, createdAt: { lt: lateDraftCutoff(now) }, case: caseScope(user) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, createdAt: true, case: { select: { id: true, caseNumber: true, firstName: true, lastName: true } } },
    take: 100,
  });
}

/** For a manager: how many drafts on the team's cases are unsigned for more than a working day. */
export async function countLateDraftsInScope(now: Date = new Date()): Promise<number> {
  const user = await authorize("statistics.read");
  return getDb().journalEntry.count({ where: { signedAt: null, createdAt: { lt: lateDraftCutoff(now) }, case: caseScope(user) } });
}

/**
 * A journal form refused before it reached the data (an empty correction
 * reason, say) still leaves a trace in the trail of refusals: who tried what on which entry.
 */
export async function auditRefusedJournalInput(entryId: string | null, attempted: "create" | "update" | "correct", reason: string): Promise<void> {
  const user = await authorize("journal.write");
  await recordDenial(user, { action: "write.refused", reason: `journal.${attempted}.${reason}`, resourceType: entryId ? "JournalEntry" : "Case", resourceId: entryId ?? undefined });
}

const SESSION_PRINT_FIELDS = { id: true, ...SESSION_CONTENT, authorId: true } as const;

const CASE_PRINT_FIELDS = {
  id: true,
  caseNumber: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  status: true,
  team: { select: { name: true } },
  adviser: { select: { name: true } },
  /** Protected personal data (issue 13): the print carries the banner. */
  protectedIdentity: true,
  protectedIdentityMarkedAt: true,
} as const;

/**
 * The case record for print: the case's heading, its sessions and every
 * journal entry with its versions. Audited as a print (personal data leaving
 * the screen). Null when out of scope.
 */
export async function getCaseRecordForPrint(caseId: string) {
  const user = await authorize("journal.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, {
    select: { ...CASE_PRINT_FIELDS, sessions: { select: SESSION_PRINT_FIELDS, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: 500 } },
  });
  if (!found) return null;
  const entries = await readEntries(db, { caseId });
  const names = await authorNames(db, found.sessions.flatMap((s) => (s.authorId ? [s.authorId] : [])));
  await recordCaseAudit(db, user, caseId, { action: "case.record.print" });
  return { case: found, sessions: found.sessions.map((s) => ({ ...s, authorName: s.authorId ? (names.get(s.authorId) ?? null) : null })), entries };
}

/** One counselling session for print, with its journal entries. Null when missing or out of scope. */
export async function getSessionRecordForPrint(caseId: string, sessionId: string) {
  const user = await authorize("journal.read");
  const db = getDb();
  const session = await db.counsellingSession.findFirst({
    where: { id: sessionId, caseId, ...viaCase(user) },
    select: { ...SESSION_PRINT_FIELDS, case: { select: CASE_PRINT_FIELDS } },
  });
  if (!session) return null;
  const entries = await readEntries(db, { caseId, sessionId });
  const names = await authorNames(db, session.authorId ? [session.authorId] : []);
  await recordAudit(db, auditActor(user), { action: "counsellingSession.print", resourceType: "CounsellingSession", resourceId: sessionId, caseId });
  const { case: caseHeading, ...rest } = session;
  return { case: caseHeading, session: { ...rest, authorName: session.authorId ? (names.get(session.authorId) ?? null) : null }, entries };
}

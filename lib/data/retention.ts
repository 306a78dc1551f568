import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RetentionDisposition } from "@/lib/generated/prisma/enums";
import { recordAudit, auditActor, type AuditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { recordDenial } from "@/lib/data/denials";
import { auditRetentionYears, retentionRules } from "@/lib/data/settings";
import { buildRetainedStatistics } from "@/lib/data/retention-statistics";
import { isoOfDbDate } from "@/lib/dates";
import { lastEntryCutoff, retentionVerdict, transferCoversLastEntry, type RetentionRules } from "@/lib/retention/rules";

// Retention (gallring), docs/decisions/025-retention-extracts-and-archive.md.
//
//   1. listDueCases (the monthly job): the cases due under the rules in
//      force, as a RetentionRun in state LISTED — the dry run. A newer list
//      supersedes an older one nobody approved.
//   2. approveRetentionRun (an administrator): refused, changing nothing, when
//      the list is empty, no longer the newest, or stale (a listed case
//      changed, came under legal hold or is no longer due since).
//   3. carryOutRetentionRun: each listed case in a transaction of its own —
//      its anonymous statistics record written, its records deleted, its
//      audit rows scrubbed of personal data, the item marked — so a process
//      killed half-way leaves every case either whole or removed, and the
//      next run (the job, every quarter of an hour) resumes with the rest.
//
// Cases due for archive transfer (the research sample) are listed, never
// removed, until their transfer is recorded (lib/data/archive-export.ts);
// after that only when an entry newer than the transfer is made.

type Tx = Prisma.TransactionClient;

const RECORD_COUNTS = {
  householdMembers: true,
  sessions: true,
  journalEntries: true,
  documents: true,
  eligibilityChecks: true,
  referrals: true,
  planSteps: true,
  followUps: true,
  tasks: true,
} as const;

type RecordCounts = Record<keyof typeof RECORD_COUNTS, number>;

type DueCase = {
  id: string;
  caseNumber: string;
  lastEntryAt: Date;
  version: number;
  disposition: RetentionDisposition;
  counts: RecordCounts;
};

/** The cases due at `now` under `rules`, oldest last entry first; cases under legal hold counted apart. */
async function findDueCases(db: Pick<Db, "case">, rules: RetentionRules, now: Date): Promise<{ due: DueCase[]; onHold: number }> {
  const candidates = await db.case.findMany({
    where: { lastEntryAt: { lt: lastEntryCutoff(rules, now) } },
    orderBy: [{ lastEntryAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      caseNumber: true,
      lastEntryAt: true,
      version: true,
      birthDate: true,
      legalHoldReason: true,
      archiveTransferredAt: true,
      _count: { select: RECORD_COUNTS },
    },
  });
  const due: DueCase[] = [];
  let onHold = 0;
  for (const row of candidates) {
    const verdict = retentionVerdict(
      { lastEntryAt: row.lastEntryAt, birthDate: isoOfDbDate(row.birthDate), legalHoldReason: row.legalHoldReason, archiveTransferredAt: row.archiveTransferredAt },
      rules,
      now,
    );
    if (verdict === "legalHold") onHold += 1;
    if (verdict !== "remove" && verdict !== "archive") continue;
    due.push({
      id: row.id,
      caseNumber: row.caseNumber,
      lastEntryAt: row.lastEntryAt,
      version: row.version,
      disposition: verdict === "remove" ? "REMOVE" : "ARCHIVE",
      counts: row._count,
    });
  }
  return { due, onHold };
}

/** An administrator asks for a new list now, instead of waiting for the month's. */
export async function makeRetentionListNow(): Promise<{ listed: number; toRemove: number; toArchive: number; onHold: number }> {
  const user = await authorize("retention.manage");
  return listDueCases(new Date(), auditActor(user));
}

/** The monthly job's first half: a new list (dry run) replacing any list nobody approved. */
export async function listDueCases(now: Date = new Date(), actor: AuditActor = null): Promise<{ listed: number; toRemove: number; toArchive: number; onHold: number }> {
  const db = getDb();
  const rules = await retentionRules(db);
  const { due, onHold } = await findDueCases(db, rules, now);
  await db.$transaction(async (tx) => {
    await tx.retentionRun.updateMany({ where: { state: "LISTED" }, data: { state: "SUPERSEDED" } });
    const run = await tx.retentionRun.create({ data: { evaluatedAt: now }, select: { id: true } });
    await tx.retentionRunItem.createMany({
      data: due.map((item) => ({
        runId: run.id,
        caseId: item.id,
        caseNumber: item.caseNumber,
        disposition: item.disposition,
        lastEntryAt: item.lastEntryAt,
        caseVersion: item.version,
        counts: item.counts,
      })),
    });
    await recordAudit(tx, actor, { action: "retention.list", resourceType: "RetentionRun", resourceId: run.id, reason: `${due.length} cases due` });
  });
  const toRemove = due.filter((item) => item.disposition === "REMOVE").length;
  return { listed: due.length, toRemove, toArchive: due.length - toRemove, onHold };
}

export type RetentionItemView = {
  caseId: string;
  caseNumber: string;
  disposition: RetentionDisposition;
  lastEntryYear: number;
  counts: RecordCounts;
  removedAt: Date | null;
  skippedReason: string | null;
  /** For a case due for archive transfer: when its transfer was recorded since the list was made. */
  transferredAt: Date | null;
};

export type RetentionOverview = {
  run: { id: string; state: string; evaluatedAt: Date; approvedAt: Date | null; finishedAt: Date | null } | null;
  items: RetentionItemView[];
  totals: { toRemove: number; toArchive: number; removed: number; skipped: number; records: RecordCounts };
  casesOnHold: number;
  rules: RetentionRules;
};

/** The newest list for the administrator: case numbers and counts, no person. Reading it is audited. */
export async function getRetentionOverview(): Promise<RetentionOverview> {
  const user = await authorize("retention.manage");
  const db = getDb();
  const [run, casesOnHold, rules] = await Promise.all([
    db.retentionRun.findFirst({
      where: { state: { not: "SUPERSEDED" } },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        state: true,
        evaluatedAt: true,
        approvedAt: true,
        finishedAt: true,
        items: {
          orderBy: [{ disposition: "desc" }, { caseNumber: "asc" }],
          select: { caseId: true, caseNumber: true, disposition: true, lastEntryAt: true, counts: true, removedAt: true, skippedReason: true },
        },
      },
    }),
    db.case.count({ where: { legalHoldReason: { not: null } } }),
    retentionRules(db),
  ]);
  await recordAudit(db, auditActor(user), { action: "retention.list.read", resourceType: "RetentionRun", resourceId: run?.id });
  const archiveIds = (run?.items ?? []).filter((item) => item.disposition === "ARCHIVE").map((item) => item.caseId);
  const transfers = new Map(
    archiveIds.length === 0
      ? []
      : (
          await db.case.findMany({ where: { id: { in: archiveIds }, archiveTransferredAt: { not: null } }, select: { id: true, archiveTransferredAt: true, lastEntryAt: true } })
        )
          .filter((row) => transferCoversLastEntry(row.archiveTransferredAt, row.lastEntryAt))
          .map((row) => [row.id, row.archiveTransferredAt]),
  );
  const items: RetentionItemView[] = (run?.items ?? []).map((item) => ({
    caseId: item.caseId,
    caseNumber: item.caseNumber,
    disposition: item.disposition,
    lastEntryYear: Number(item.lastEntryAt.toISOString().slice(0, 4)),
    counts: item.counts as RecordCounts,
    removedAt: item.removedAt,
    skippedReason: item.skippedReason,
    transferredAt: transfers.get(item.caseId) ?? null,
  }));
  const records = Object.fromEntries(Object.keys(RECORD_COUNTS).map((key) => [key, 0])) as RecordCounts;
  for (const item of items) {
    if (item.disposition !== "REMOVE") continue;
    for (const key of Object.keys(records) as (keyof RecordCounts)[]) records[key] += item.counts[key] ?? 0;
  }
  return {
    run: run ? { id: run.id, state: run.state, evaluatedAt: run.evaluatedAt, approvedAt: run.approvedAt, finishedAt: run.finishedAt } : null,
    items,
    totals: {
      toRemove: items.filter((item) => item.disposition === "REMOVE").length,
      toArchive: items.filter((item) => item.disposition === "ARCHIVE").length,
      removed: items.filter((item) => item.removedAt).length,
      skipped: items.filter((item) => item.skippedReason).length,
      records,
    },
    casesOnHold,
    rules,
  };
}

export type ApprovalRefusal = "notFound" | "notListed" | "empty" | "stale";
export type ApprovalResult = { ok: true; removed: number; skipped: number } | { ok: false; error: ApprovalRefusal; staleCases?: string[] };

/** Why a listed case may no longer be removed, or null when it still may. */
function whyStale(
  item: { lastEntryAt: Date; caseVersion: number },
  current: { lastEntryAt: Date; version: number; birthDate: Date; legalHoldReason: string | null } | null,
  rules: RetentionRules,
  now: Date,
): string | null {
  if (!current) return "gone";
  if (current.legalHoldReason) return "legalHold";
  if (current.lastEntryAt.getTime() !== item.lastEntryAt.getTime() || current.version !== item.caseVersion) return "changed";
  // A case in the research sample is never "remove", whether or not it was transferred.
  const verdict = retentionVerdict({ lastEntryAt: current.lastEntryAt, birthDate: isoOfDbDate(current.birthDate), legalHoldReason: null, archiveTransferredAt: null }, rules, now);
  return verdict === "remove" ? null : "notDue";
}

/**
 * The administrator approves the list they saw (`runId`). An empty, stale or
 * superseded list changes nothing: the refusal is audited and the
 * administrator makes a new list. On approval the removal runs at once.
 */
export async function approveRetentionRun(runId: string, now: Date = new Date()): Promise<ApprovalResult> {
  const user = await authorize("retention.manage");
  const db = getDb();
  const refusal = await db.$transaction(async (tx): Promise<{ error: ApprovalRefusal; staleCases?: string[] } | null> => {
    // The run's row lock: two administrators approving at once approve once.
    const locked = await tx.$queryRaw<{ state: string }[]>`SELECT state::text AS state FROM "RetentionRun" WHERE id = ${runId} FOR UPDATE`;
    if (!locked[0]) return { error: "notFound" };
    if (locked[0].state !== "LISTED") return { error: "notListed" };
    const items = await tx.retentionRunItem.findMany({
      where: { runId, disposition: "REMOVE" },
      select: { caseId: true, caseNumber: true, lastEntryAt: true, caseVersion: true },
    });
    if (items.length === 0) return { error: "empty" };
    const rules = await retentionRules(tx);
    const current = new Map(
      (
        await tx.case.findMany({
          where: { id: { in: items.map((item) => item.caseId) } },
          select: { id: true, lastEntryAt: true, version: true, birthDate: true, legalHoldReason: true },
        })
      ).map((row) => [row.id, row]),
    );
    const stale = items.filter((item) => whyStale(item, current.get(item.caseId) ?? null, rules, now) !== null);
    if (stale.length > 0) return { error: "stale", staleCases: stale.map((item) => item.caseNumber) };
    await tx.retentionRun.update({ where: { id: runId }, data: { state: "APPROVED", approvedById: user.id, approvedAt: now } });
    await recordAudit(tx, auditActor(user), { action: "retention.approve", resourceType: "RetentionRun", resourceId: runId, reason: `${items.length} cases to remove` });
    return null;
  });
  if (refusal) {
    await recordDenial(user, { action: "write.refused", reason: `retention.approve.${refusal.error}`, resourceType: "RetentionRun", resourceId: runId });
    return { ok: false, ...refusal };
  }
  const done = await carryOutRetentionRun(runId, { now });
  return { ok: true, removed: done.removed, skipped: done.skipped };
}

export type CarryOutOptions = {
  now?: Date;
  /** A pause between cases, to spare a busy database (and to let the fault test kill the process between and within cases). */
  pauseBetweenCasesMs?: number;
};

/**
 * Removes every listed case of an approved run that is not yet removed or
 * skipped, one transaction per case; then marks the run done. Safe to call
 * again at any time: it resumes where an interrupted call stopped.
 */
export async function carryOutRetentionRun(runId: string, { now = new Date(), pauseBetweenCasesMs = 0 }: CarryOutOptions = {}): Promise<{ removed: number; skipped: number }> {
  const db = getDb();
  const run = await db.retentionRun.findUnique({ where: { id: runId }, select: { state: true } });
  if (run?.state !== "APPROVED") return { removed: 0, skipped: 0 };
  const rules = await retentionRules(db);
  const pending = await db.retentionRunItem.findMany({
    where: { runId, disposition: "REMOVE", removedAt: null, skippedReason: null },
    orderBy: { caseNumber: "asc" },
    select: { id: true, caseId: true, lastEntryAt: true, caseVersion: true },
  });
  let removed = 0;
  let skipped = 0;
  for (const item of pending) {
    const outcome = await db.$transaction((tx) => removeOneCase(tx, runId, item, rules, now), { timeout: 60_000 });
    if (outcome === "removed") removed += 1;
    else skipped += 1;
    if (pauseBetweenCasesMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseBetweenCasesMs));
  }
  await db.$transaction(async (tx) => {
    const finished = await tx.retentionRun.updateMany({ where: { id: runId, state: "APPROVED" }, data: { state: "DONE", finishedAt: new Date() } });
    if (finished.count > 0) await recordAudit(tx, null, { action: "retention.run.done", resourceType: "RetentionRun", resourceId: runId });
  });
  return { removed, skipped };
}

/**
 * One case, all or nothing (the caller's transaction): its statistics record,
 * then its records, then its audit rows scrubbed, then the item marked.
 */
async function removeOneCase(
  tx: Tx,
  runId: string,
  item: { id: string; caseId: string; lastEntryAt: Date; caseVersion: number },
  rules: RetentionRules,
  now: Date,
): Promise<"removed" | "skipped"> {
  // Signed journal entries and their versions leave only in a transaction that says it is retention (decision 015).
  await tx.$executeRaw`SELECT set_config('hemvag.retention', 'on', true)`;
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Case" WHERE id = ${item.caseId} FOR UPDATE`;
  const current = locked[0]
    ? await tx.case.findUnique({ where: { id: item.caseId }, select: { lastEntryAt: true, version: true, birthDate: true, legalHoldReason: true } })
    : null;
  const stale = whyStale(item, current, rules, now);
  if (stale) {
    await tx.retentionRunItem.update({ where: { id: item.id }, data: { skippedReason: stale } });
    await recordAudit(tx, null, { action: "retention.case.skipped", resourceType: "Case", resourceId: item.caseId, caseId: item.caseId, reason: stale });
    return "skipped";
  }

  await buildRetainedStatistics(tx, item.caseId, runId);
  const nameWords = await tx.$queryRaw<{ word: string }[]>`
    SELECT DISTINCT unnest("name_words"("firstName", "lastName")) AS word FROM (
      SELECT "firstName", "lastName" FROM "Case" WHERE id = ${item.caseId}
      UNION ALL SELECT "firstName", "lastName" FROM "HouseholdMember" WHERE "caseId" = ${item.caseId}) names`;
  // The journal first: its entries hold their session, follow-up and household member with RESTRICT.
  await tx.journalEntry.deleteMany({ where: { caseId: item.caseId } });
  await tx.case.delete({ where: { id: item.caseId }, select: { id: true } });
  // The name-search dictionary keeps a word only while some name still holds it.
  const words = nameWords.map((row) => row.word);
  if (words.length > 0) {
    await tx.$executeRaw`
      DELETE FROM "NameWord" w WHERE w.word = ANY(${words}::text[])
        AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE "name_words"(c."firstName", c."lastName") @> ARRAY[w.word])
        AND NOT EXISTS (SELECT 1 FROM "HouseholdMember" m WHERE "name_words"(m."firstName", m."lastName") @> ARRAY[w.word])`;
  }
  await tx.$queryRaw`SELECT "audit_scrub_removed_case"(${item.caseId})::int AS scrubbed`;
  await tx.retentionRunItem.update({ where: { id: item.id }, data: { removedAt: new Date() } });
  await recordAudit(tx, null, { action: "retention.case.remove", resourceType: "Case", resourceId: item.caseId, caseId: item.caseId });
  return "removed";
}

/**
 * The scheduled job: first any approved run an interrupted process left
 * unfinished, then (monthly) a new list, and the audit log's own retention.
 */
export async function resumeApprovedRuns(): Promise<{ runsResumed: number; casesRemoved: number }> {
  const runs = await getDb().retentionRun.findMany({ where: { state: "APPROVED" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  let casesRemoved = 0;
  for (const run of runs) casesRemoved += (await carryOutRetentionRun(run.id)).removed;
  return { runsResumed: runs.length, casesRemoved };
}

export async function runMonthlyRetention(): Promise<Record<string, number>> {
  const resumed = await resumeApprovedRuns();
  const listed = await listDueCases();
  const auditRowsPurged = await purgeExpiredAuditEvents();
  return { ...resumed, ...listed, auditRowsPurged };
}

/** The audit log's own retention: rows older than the set number of years (at least two; the database function insists). */
export async function purgeExpiredAuditEvents(): Promise<number> {
  const db = getDb();
  const years = await auditRetentionYears(db);
  const [row] = await db.$queryRaw<{ purged: bigint }[]>`SELECT "audit_purge_expired"(${years}::int) AS purged`;
  return Number(row?.purged ?? 0);
}

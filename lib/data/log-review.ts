import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { recordDenial } from "@/lib/data/denials";
import { drawPicks, READ_ACTIONS, type PickParameters } from "@/lib/data/log-review-picks";
import { officeToday } from "@/lib/dates";
import { hasEnded, isReviewMonth, monthWindow, previousMonth } from "@/lib/log-review/month";
import type { LogReviewSettingsForm, PickVerdictForm } from "@/lib/schemas/log-review";
import type { LogReviewRule } from "@/lib/vocabularies/protected-identity";

// The monthly access-log review (loggkontroll, issue 13 part 2). A reviewer (a
// manager or a LOG_REVIEWER) draws a finished month once: a random sample of
// its reads plus the rule-based picks (lib/data/log-review-picks.ts), stored
// with the seed and parameters so the draw can be repeated. Each pick shows
// who read what, when, from where and why; the reviewer marks it "justified"
// or "needs follow-up" with a comment and signs the month off, after which
// nothing in it changes. Every look at a review is itself in the trail. The
// reviewer sees the trail of reads — case numbers, never case contents.

// ─────────────────────────── Settings ───────────────────────────

export const DEFAULT_PICK_PARAMETERS = {
  sampleSize: 25,
  officeStartHour: 7,
  officeEndHour: 18,
  burstCases: 15,
  burstMinutes: 10,
} as const;
/** Picks per rule at most: a month that trips a rule thousands of times is reviewed from its first 200 and its count. */
const PER_RULE_CAP = 200;
const SETTING_KEY = "logReview.parameters";

const StoredSettingsSchema = z.object({
  sampleSize: z.number().int().min(0).max(500),
  officeStartHour: z.number().int().min(0).max(23),
  officeEndHour: z.number().int().min(1).max(24),
  burstCases: z.number().int().min(2).max(500),
  burstMinutes: z.number().int().min(1).max(1440),
});

async function readSettings(db: Pick<Db, "setting">): Promise<{ value: LogReviewSettingsForm; isSet: boolean }> {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY }, select: { value: true } });
  const parsed = StoredSettingsSchema.safeParse(row?.value);
  return parsed.success ? { value: parsed.data, isSet: true } : { value: { ...DEFAULT_PICK_PARAMETERS }, isSet: false };
}

/** For the admin settings page. */
export async function getLogReviewSettings() {
  await authorize("settings.manage");
  return { ...(await readSettings(getDb())), defaults: DEFAULT_PICK_PARAMETERS };
}

export async function updateLogReviewSettings(input: LogReviewSettingsForm): Promise<{ ok: true; changed: boolean }> {
  const user = await authorize("settings.manage");
  const value = StoredSettingsSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const before = await readSettings(tx);
    if (before.isSet && JSON.stringify(before.value) === JSON.stringify(value)) return { ok: true, changed: false } as const;
    await tx.setting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value }, update: { value } });
    await recordAudit(tx, auditActor(user), { action: "settings.update", resourceType: "Setting", resourceId: SETTING_KEY, changes: { value: [before.isSet ? before.value : null, value] } });
    return { ok: true, changed: true } as const;
  });
}

// ─────────────────────────── Months ───────────────────────────

/** The reviews so far, newest first, and the month to draw next (the last finished one, if not drawn). */
export async function listReviewMonths() {
  const user = await authorize("logReview.read");
  const db = getDb();
  const reviews = await db.logReview.findMany({
    orderBy: { month: "desc" },
    take: 60,
    select: { month: true, readCount: true, createdAt: true, signedOffAt: true, _count: { select: { picks: true } } },
  });
  await recordAudit(db, auditActor(user), { action: "logReview.list" });
  const suggested = previousMonth(officeToday());
  return { reviews: reviews.map((r) => ({ month: r.month, readCount: r.readCount, picks: r._count.picks, createdAt: r.createdAt, signedOffAt: r.signedOffAt })), suggested };
}

export type DrawResult = { ok: true; month: string } | { ok: false; error: "monthNotEnded" | "monthFormat" };

/**
 * Draws a finished month's picks, once: a second draw of the same month is
 * the first one (the unique month and the transaction keep two reviewers from
 * drawing twice).
 */
export async function drawReviewMonth(month: string): Promise<DrawResult> {
  const user = await authorize("logReview.write");
  if (!isReviewMonth(month)) return { ok: false, error: "monthFormat" };
  if (!hasEnded(month, officeToday())) return { ok: false, error: "monthNotEnded" };
  const db = getDb();
  if (await db.logReview.findUnique({ where: { month }, select: { id: true } })) return { ok: true, month };
  const settings = (await readSettings(db)).value;
  const parameters: PickParameters = { ...settings, perRuleCap: PER_RULE_CAP };
  const seed = crypto.randomBytes(8).toString("hex");
  const drawn = await drawPicks(db, month, seed, parameters);
  try {
    await db.$transaction(async (tx) => {
      const review = await tx.logReview.create({
        data: {
          month,
          seed,
          parameters: { ...parameters, readActions: [...READ_ACTIONS], ruleTotals: drawn.ruleTotals } as Prisma.InputJsonValue,
          readCount: drawn.readCount,
          createdById: user.id,
        },
        select: { id: true },
      });
      await tx.logReviewPick.createMany({ data: drawn.picks.map((pick) => ({ reviewId: review.id, auditEventId: pick.auditEventId, rules: pick.rules })) });
      await recordAudit(tx, auditActor(user), {
        action: "logReview.draw",
        resourceType: "LogReview",
        resourceId: review.id,
        changes: { picks: [null, drawn.picks.length], readCount: [null, drawn.readCount] },
        reason: month,
      });
    });
  } catch (error) {
    // Another reviewer drew the month a moment earlier: theirs stands.
    if ((error as { code?: string }).code === "P2002") return { ok: true, month };
    throw error;
  }
  return { ok: true, month };
}

// ─────────────────────────── One month ───────────────────────────

export type ReviewPick = Awaited<ReturnType<typeof loadPicks>>[number];

async function loadPicks(db: Db, reviewId: string, from: Date, to: Date) {
  const picks = await db.logReviewPick.findMany({
    where: { reviewId },
    select: { id: true, auditEventId: true, rules: true, verdict: true, comment: true, markedById: true, markedAt: true, version: true },
  });
  const ids = picks.map((pick) => pick.auditEventId);
  const events = await db.auditEvent.findMany({
    where: { id: { in: ids } },
    select: { id: true, at: true, userId: true, userEmail: true, role: true, action: true, caseId: true, ipAddress: true, reason: true },
  });
  const eventById = new Map(events.map((event) => [event.id, event]));
  const userIds = [...new Set(events.flatMap((e) => (e.userId ? [e.userId] : [])).concat(picks.flatMap((p) => (p.markedById ? [p.markedById] : []))))];
  const caseIds = [...new Set(events.flatMap((e) => (e.caseId ? [e.caseId] : [])))];
  const [users, cases, grants] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, team: { select: { name: true } } } }),
    // The case number and team only: a reviewer never sees case contents.
    db.case.findMany({ where: { id: { in: caseIds } }, select: { id: true, caseNumber: true, team: { select: { name: true } }, protectedIdentity: true } }),
    db.emergencyAccess.findMany({
      where: { caseId: { in: caseIds }, userId: { in: userIds }, createdAt: { lt: to }, expiresAt: { gt: from } },
      select: { userId: true, caseId: true, reason: true, createdAt: true, expiresAt: true },
    }),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const caseById = new Map(cases.map((c) => [c.id, c]));
  return picks
    .map((pick) => {
      const event = eventById.get(pick.auditEventId) ?? null;
      const reader = event?.userId ? userById.get(event.userId) : undefined;
      const kase = event?.caseId ? caseById.get(event.caseId) : undefined;
      const grant = event ? grants.find((g) => g.userId === event.userId && g.caseId === event.caseId && g.createdAt <= event.at && g.expiresAt > event.at) : undefined;
      return {
        id: pick.id,
        version: pick.version,
        rules: pick.rules,
        verdict: pick.verdict,
        comment: pick.comment,
        markedBy: pick.markedById ? (userById.get(pick.markedById)?.name ?? null) : null,
        markedAt: pick.markedAt,
        /** Null when the audit row has left through the trail's own retention. */
        event: event
          ? {
              id: event.id,
              at: event.at,
              action: event.action,
              ipAddress: event.ipAddress,
              userName: reader?.name ?? null,
              userEmail: event.userEmail,
              role: event.role,
              userTeam: reader?.team?.name ?? null,
              caseNumber: kase?.caseNumber ?? null,
              caseTeam: kase?.team.name ?? null,
              isProtected: Boolean(kase?.protectedIdentity),
              /** Why: the emergency grant's reason, else the reason the read itself stated (a reveal's). */
              grantReason: grant?.reason ?? null,
              statedReason: event.action === "case.contact.reveal" || event.action === "case.emergencyAccess" ? event.reason : null,
            }
          : null,
      };
    })
    .sort((a, b) => (a.event && b.event ? a.event.at.getTime() - b.event.at.getTime() : a.event ? -1 : 1));
}

/** A drawn month with its picks, for the review page and the PDF. Reading it is recorded ("logReview.read" / "logReview.pdf"). */
export async function getReviewMonth(month: string, purpose: "view" | "pdf" = "view") {
  const user = await authorize("logReview.read");
  if (!isReviewMonth(month)) return null;
  const db = getDb();
  const review = await db.logReview.findUnique({
    where: { month },
    select: { id: true, month: true, seed: true, parameters: true, readCount: true, createdAt: true, createdById: true, signedOffAt: true, signedOffById: true, version: true },
  });
  if (!review) return null;
  const { from, to } = monthWindow(month);
  const picks = await loadPicks(db, review.id, from, to);
  const people = await db.user.findMany({ where: { id: { in: [review.createdById, review.signedOffById ?? review.createdById] } }, select: { id: true, name: true } });
  const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? null) : null);
  await recordAudit(db, auditActor(user), { action: purpose === "pdf" ? "logReview.pdf" : "logReview.read", resourceType: "LogReview", resourceId: review.id, reason: month });
  const parameters = review.parameters as PickParameters & { ruleTotals?: Partial<Record<LogReviewRule, number>> };
  return {
    ...review,
    parameters,
    createdBy: nameOf(review.createdById),
    signedOffBy: nameOf(review.signedOffById),
    picks,
    unmarked: picks.filter((pick) => !pick.verdict).length,
  };
}

export type ReviewMonth = NonNullable<Awaited<ReturnType<typeof getReviewMonth>>>;

// ─────────────────────────── Verdicts and sign-off ───────────────────────────

export type MarkResult = { ok: true } | { ok: false; error: "notFound" | "signedOff" | "stale" };

/** The reviewer's verdict on one pick, while the month is not signed off; a stale version is refused. */
export async function markPick(pickId: string, input: PickVerdictForm): Promise<MarkResult> {
  const user = await authorize("logReview.write");
  return getDb().$transaction(async (tx) => {
    const pick = await tx.logReviewPick.findUnique({ where: { id: pickId }, select: { version: true, verdict: true, reviewId: true, auditEventId: true, review: { select: { signedOffAt: true } } } });
    if (!pick) {
      await recordDenial(user, { action: "write.refused", reason: "logReviewPickNotFound", resourceType: "LogReviewPick", resourceId: pickId });
      return { ok: false, error: "notFound" } as const;
    }
    if (pick.review.signedOffAt) {
      await recordDenial(user, { action: "write.refused", reason: "logReviewSignedOff", resourceType: "LogReviewPick", resourceId: pickId });
      return { ok: false, error: "signedOff" } as const;
    }
    const { count } = await tx.logReviewPick.updateMany({
      where: { id: pickId, version: input.version, review: { signedOffAt: null } },
      data: { verdict: input.verdict, comment: input.comment || null, markedById: user.id, markedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: "stale" } as const;
    await recordAudit(tx, auditActor(user), {
      action: "logReview.mark",
      resourceType: "LogReviewPick",
      resourceId: pickId,
      changes: { verdict: [pick.verdict, input.verdict], auditEventId: [null, pick.auditEventId.toString()] },
      reason: input.comment || undefined,
    });
    return { ok: true } as const;
  });
}

export type SignOffResult = { ok: true } | { ok: false; error: "notFound" | "signedOff" | "unmarkedPicks" | "stale" };

/** Signs the month off: every pick must have a verdict; afterwards the month is locked. */
export async function signOffReviewMonth(month: string, version: number): Promise<SignOffResult> {
  const user = await authorize("logReview.write");
  return getDb().$transaction(async (tx) => {
    const review = isReviewMonth(month) ? await tx.logReview.findUnique({ where: { month }, select: { id: true, signedOffAt: true, version: true } }) : null;
    if (!review) return { ok: false, error: "notFound" } as const;
    if (review.signedOffAt) return { ok: false, error: "signedOff" } as const;
    if (review.version !== version) return { ok: false, error: "stale" } as const;
    const unmarked = await tx.logReviewPick.count({ where: { reviewId: review.id, verdict: null } });
    if (unmarked > 0) return { ok: false, error: "unmarkedPicks" } as const;
    const { count } = await tx.logReview.updateMany({
      where: { id: review.id, version, signedOffAt: null },
      data: { signedOffAt: new Date(), signedOffById: user.id, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: "stale" } as const;
    await recordAudit(tx, auditActor(user), { action: "logReview.signOff", resourceType: "LogReview", resourceId: review.id, reason: month });
    return { ok: true } as const;
  });
}

import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, ReferralDecision, ReferralStatus, ReferralType } from "@/lib/generated/prisma/enums";
import { recordAudit, auditActor, createdChanges, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { auditCaseEntry, findCaseInScope, WRITE_SCOPE, markCaseEntry, writeOnOpenCaseAs, redactedText, type CaseWriteRefusal } from "@/lib/data/casework-scope";
import { caseScope, viaCase } from "@/lib/data/scope";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { referralResponseDays } from "@/lib/data/settings";
import { officeToday } from "@/lib/dates";
import { can } from "@/lib/permissions";
import { ACTIVE_STATUSES, AWAITING_RESPONSE, checkReferralTransition, nextReferralStatuses, type ReferralTransitionError } from "@/lib/referrals/status-machine";
import { daysBetween, isReferralOverdue, overdueCutoff, responseDueOn } from "@/lib/referrals/overdue";
import { dbDate, isoOfDbDate } from "@/lib/dates";
import { decisionStatusPath } from "@/lib/cases/decision-status";
import { walkCaseStatus } from "@/lib/data/case-status-walk";
import type { ConsentForm, NewReferralForm, ReferralListFilter, ReferralStatusForm } from "@/lib/schemas/referral";
import { refuseMissing } from "@/lib/data/denials";

// Referrals from a case to an organisation. Every function starts with
// authorize() and reaches referrals only through their case's scope
// (viaCase/caseScope): another team's referral reads as missing. Status
// changes go through the status machine here, in the data layer, whatever a
// form offered; each change is dated, written as a ReferralEvent (which the
// case timeline reads), audited in the same transaction, guarded by the
// referral's version and moves the case's last entry.

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

/** The list shows this many; overdue ones come first, so they are never the ones cut. */
export const REFERRAL_LIST_LIMIT = 200;

const isoOrNull = (date: Date | null): string | null => (date ? isoOfDbDate(date) : null);

async function userNames(db: Pick<Db, "user">, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

// ───────────────────────────── Reading ─────────────────────────────

const SUMMARY_SELECT = {
  id: true,
  caseId: true,
  type: true,
  status: true,
  statusSince: true,
  sentOn: true,
  decidedOn: true,
  decision: true,
  consentGivenOn: true,
  createdAt: true,
  organisation: { select: { id: true, name: true } },
} as const satisfies Prisma.ReferralSelect;

type SummaryRow = Prisma.ReferralGetPayload<{ select: typeof SUMMARY_SELECT }>;

export type ReferralSummary = {
  id: string;
  caseId: string;
  type: ReferralType;
  status: ReferralStatus;
  statusSince: Date;
  organisationName: string;
  sentOn: string | null;
  decidedOn: string | null;
  decision: ReferralDecision | null;
  hasConsent: boolean;
  isOverdue: boolean;
  /** The last day the receiver is on time, for referrals waiting on them. */
  dueOn: string | null;
  /** Days since sending, for referrals waiting on the receiver. */
  daysWaiting: number | null;
  createdAt: Date;
};

function toSummary(row: SummaryRow, today: string, responseDays: number): ReferralSummary {
  const sentOn = isoOrNull(row.sentOn);
  const isWaiting = AWAITING_RESPONSE.includes(row.status) && sentOn !== null;
  return {
    id: row.id,
    caseId: row.caseId,
    type: row.type,
    status: row.status,
    statusSince: row.statusSince,
    organisationName: row.organisation.name,
    sentOn,
    decidedOn: isoOrNull(row.decidedOn),
    decision: row.decision,
    hasConsent: row.consentGivenOn !== null,
    isOverdue: isReferralOverdue({ status: row.status, sentOn }, today, responseDays),
    dueOn: isWaiting ? responseDueOn(sentOn, responseDays) : null,
    daysWaiting: isWaiting ? daysBetween(sentOn, today) : null,
    createdAt: row.createdAt,
  };
}

export type CaseReferrals = {
  caseStatus: CaseStatus;
  caseNumber: string;
  canWrite: boolean;
  responseDays: number;
  referrals: ReferralSummary[];
};

/** A case's referrals, overdue first and then newest first; null when the case is out of scope. */
export async function listCaseReferrals(caseId: string): Promise<CaseReferrals | null> {
  const user = await authorize("referral.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: { status: true, caseNumber: true } });
  if (!found) return null;
  const [rows, responseDays] = await Promise.all([
    db.referral.findMany({ where: { caseId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: SUMMARY_SELECT, take: 500 }),
    referralResponseDays(db),
  ]);
  await recordCaseAudit(db, user, caseId, { action: "referral.list" });
  const today = officeToday();
  const referrals = rows.map((row) => toSummary(row, today, responseDays));
  // Stable sort: overdue first, each group keeping newest first.
  referrals.sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue));
  return { caseStatus: found.status, caseNumber: found.caseNumber, canWrite: can(user.role, "referral.write"), responseDays, referrals };
}

export type ReferralEventDto = {
  id: string;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  occurredOn: string;
  note: string;
  byName: string | null;
  createdAt: Date;
};

export type ReferralDetail = ReferralSummary & {
  caseNumber: string;
  caseStatus: CaseStatus;
  organisation: { id: string; name: string; kind: string; country: string; phone: string | null; email: string | null; website: string | null; contactRoutes: string };
  consentGivenOn: string | null;
  consentNote: string | null;
  note: string;
  decisionAmountSek: number | null;
  agencyReference: string | null;
  version: number;
  eligibilityCheck: { id: string; createdAt: Date; outcome: string; totalSek: number } | null;
  events: ReferralEventDto[];
  /** The day of the latest change (the draft's creation aside): a change cannot take effect before it. */
  lastEventOn: string | null;
  nextStatuses: ReferralStatus[];
  responseDays: number;
  canWrite: boolean;
  /** Whether the letter may be downloaded now (consent recorded, referral still live), and by this user. */
  canDownloadLetter: boolean;
  createdByName: string | null;
};

/** Statuses in which the letter may still be produced. */
export const LETTER_STATUSES: readonly ReferralStatus[] = ["DRAFT", "SENT", "RECEIVED", "DECIDED"];

/** One referral in the user's scope with its events; null when missing or out of scope. Audited as a read. */
export async function getReferral(referralId: string): Promise<ReferralDetail | null> {
  const user = await authorize("referral.read");
  const db = getDb();
  const row = await db.referral.findFirst({
    where: { AND: [{ id: referralId }, viaCase(user)] },
    select: {
      ...SUMMARY_SELECT,
      consentNote: true,
      note: true,
      decisionAmountSek: true,
      agencyReference: true,
      version: true,
      createdById: true,
      case: { select: { caseNumber: true, status: true } },
      organisation: { select: { id: true, name: true, kind: true, country: true, phone: true, email: true, website: true, contactRoutes: true } },
      eligibilityCheck: { select: { id: true, createdAt: true, outcome: true, totalSek: true } },
      events: { orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }], select: { id: true, fromStatus: true, toStatus: true, occurredOn: true, note: true, byUserId: true, createdAt: true } },
    },
  });
  if (!row) return null;
  await recordAudit(db, auditActor(user), { action: "referral.read", resourceType: "Referral", resourceId: referralId, caseId: row.caseId });
  const [responseDays, names] = await Promise.all([referralResponseDays(db), userNames(db, [row.createdById, ...row.events.map((event) => event.byUserId)])]);
  const today = officeToday();
  const isCaseOpen = row.case.status !== "CLOSED";
  const canWrite = can(user.role, "referral.write") && isCaseOpen;
  return {
    ...toSummary(row, today, responseDays),
    caseNumber: row.case.caseNumber,
    caseStatus: row.case.status,
    organisation: row.organisation,
    consentGivenOn: isoOrNull(row.consentGivenOn),
    consentNote: row.consentNote,
    note: row.note,
    decisionAmountSek: row.decisionAmountSek,
    agencyReference: row.agencyReference,
    version: row.version,
    eligibilityCheck: row.eligibilityCheck,
    events: row.events.map((event) => ({
      id: event.id,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      occurredOn: isoOfDbDate(event.occurredOn),
      note: event.note,
      byName: event.byUserId ? (names.get(event.byUserId) ?? null) : null,
      createdAt: event.createdAt,
    })),
    lastEventOn: row.events
      .filter((event) => event.fromStatus !== null)
      .reduce<string | null>((latest, event) => (latest === null || isoOfDbDate(event.occurredOn) > latest ? isoOfDbDate(event.occurredOn) : latest), null),
    nextStatuses: canWrite ? nextReferralStatuses(row.status) : [],
    responseDays,
    canWrite,
    canDownloadLetter: can(user.role, "referral.letter") && row.consentGivenOn !== null && LETTER_STATUSES.includes(row.status),
    createdByName: row.createdById ? (names.get(row.createdById) ?? null) : null,
  };
}

// ───────────────────────────── The referral list ─────────────────────────────

export type ReferralListItem = ReferralSummary & { caseNumber: string; personName: string; adviserName: string | null };

export type ReferralList = {
  scope: "mine" | "team";
  /** Managers have no caseload of their own: only the team view. */
  scopes: ("mine" | "team")[];
  responseDays: number;
  items: ReferralListItem[];
  isTruncated: boolean;
};

/** Which cases a list scope covers, inside the user's case scope. */
function listCaseWhere(user: SignedInUser, scope: "mine" | "team"): Prisma.CaseWhereInput {
  const within: Prisma.CaseWhereInput =
    scope === "mine" ? { adviserId: user.id } : user.teamId ? { teamId: user.teamId } : { adviserId: user.id };
  return { AND: [caseScope(user), within] };
}

function statusWhere(status: ReferralListFilter["status"]): Prisma.ReferralWhereInput {
  if (status === "all") return {};
  if (status === "active") return { status: { in: [...ACTIVE_STATUSES] } };
  return { status };
}

/**
 * The adviser's own or the team's referrals, overdue first (longest waiting
 * first), then the rest by their latest change. Overdue follows the office's
 * response time (Setting "referral.responseDays").
 */
export async function listReferrals(filter: { scope?: "mine" | "team"; status: ReferralListFilter["status"]; overdueOnly?: boolean }): Promise<ReferralList> {
  const user = await authorize("referral.read");
  const db = getDb();
  const scopes: ("mine" | "team")[] = user.role === "ADVISER" ? ["mine", "team"] : ["team"];
  const scope = filter.scope && scopes.includes(filter.scope) ? filter.scope : scopes[0]!;
  const responseDays = await referralResponseDays(db);
  const today = officeToday();
  const cutoff = dbDate(overdueCutoff(today, responseDays));
  const overdueWhere: Prisma.ReferralWhereInput = { status: { in: [...AWAITING_RESPONSE] }, sentOn: { lt: cutoff } };
  const notOverdueWhere: Prisma.ReferralWhereInput = {
    OR: [{ status: { notIn: [...AWAITING_RESPONSE] } }, { sentOn: null }, { sentOn: { gte: cutoff } }],
  };
  const base: Prisma.ReferralWhereInput = { AND: [{ case: listCaseWhere(user, scope) }, statusWhere(filter.status)] };
  const select = {
    ...SUMMARY_SELECT,
    case: { select: { caseNumber: true, firstName: true, lastName: true, adviser: { select: { name: true } } } },
  } as const satisfies Prisma.ReferralSelect;

  const overdue = await db.referral.findMany({
    where: { AND: [base, overdueWhere] },
    orderBy: [{ sentOn: "asc" }, { id: "asc" }],
    select,
    take: REFERRAL_LIST_LIMIT + 1,
  });
  const rest = filter.overdueOnly
    ? []
    : await db.referral.findMany({
        where: { AND: [base, notOverdueWhere] },
        orderBy: [{ statusSince: "desc" }, { id: "desc" }],
        select,
        take: Math.max(0, REFERRAL_LIST_LIMIT + 1 - overdue.length),
      });
  const rows = [...overdue, ...rest];
  await recordAudit(db, auditActor(user), { action: "referral.list", resourceType: "Referral" });
  return {
    scope,
    scopes,
    responseDays,
    isTruncated: rows.length > REFERRAL_LIST_LIMIT,
    items: rows.slice(0, REFERRAL_LIST_LIMIT).map((row) => ({
      ...toSummary(row, today, responseDays),
      caseNumber: row.case.caseNumber,
      personName: `${row.case.firstName} ${row.case.lastName}`,
      adviserName: row.case.adviser?.name ?? null,
    })),
  };
}

// ───────────────────────────── Writing ─────────────────────────────

export type NewReferralContext = {
  caseNumber: string;
  /** A closed case takes no new referral; the page says so instead of showing the form. */
  isCaseClosed: boolean;
  latestEligibilityCheck: { id: string; createdAt: Date; outcome: string } | null;
};

/** What the new-referral form needs from the case; null when it is out of scope. */
export async function prepareNewReferral(caseId: string): Promise<NewReferralContext | null> {
  const user = await authorize("referral.write");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: { caseNumber: true, status: true, eligibilityChecks: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { id: true, createdAt: true, outcome: true } } }, ...WRITE_SCOPE });
  if (!found) return null;
  return { caseNumber: found.caseNumber, isCaseClosed: found.status === "CLOSED", latestEligibilityCheck: found.eligibilityChecks[0] ?? null };
}

export type CreateReferralResult = { ok: true; referralId: string } | { ok: false; error: CaseWriteRefusal | "organisationNotFound" };

/**
 * A new referral in DRAFT, with the person's consent if already given. A
 * return-grant application links the case's latest saved eligibility check.
 */
export async function createReferral(caseId: string, input: NewReferralForm): Promise<CreateReferralResult> {
  const user = await authorize("referral.write");
  const today = officeToday();
  return writeOnOpenCaseAs(user, caseId, async (tx) => {
    const organisation = await tx.organisation.findFirst({ where: { id: input.organisationId, isActive: true }, select: { id: true } });
    if (!organisation) return { ok: false, error: "organisationNotFound" } as const;
    const latestCheck =
      input.type === "RETURN_GRANT_APPLICATION"
        ? await tx.eligibilityCheck.findFirst({ where: { caseId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } })
        : null;
    // Stored and audited alike; the texts reach the trail only by their length.
    const draft = { organisationId: organisation.id, type: input.type, status: "DRAFT" as const, eligibilityCheckId: latestCheck?.id ?? null };
    const referral = await tx.referral.create({
      data: {
        caseId,
        ...draft,
        note: input.note,
        consentGivenOn: input.consentGivenOn ? dbDate(input.consentGivenOn) : null,
        consentNote: input.consentGivenOn ? input.consentNote || null : null,
        createdById: user.id,
        events: { create: { fromStatus: null, toStatus: "DRAFT", occurredOn: dbDate(today), byUserId: user.id } },
      },
      select: { id: true },
    });
    await auditCaseEntry(tx, user, {
      action: "referral.create",
      resourceType: "Referral",
      resourceId: referral.id,
      caseId,
      changes: createdChanges({ ...draft, consentGivenOn: input.consentGivenOn, consentNote: redactedText(input.consentNote), note: redactedText(input.note) }),
    });
    return { ok: true, referralId: referral.id } as const;
  });
}

type ReferralWriteRefusal = "notFound" | "caseClosed" | "conflict";

/** Inside a write's transaction: the referral if it is in scope, its case open, and the form not stale. */
export async function openReferralForWrite(tx: Tx, user: SignedInUser, referralId: string, version: number) {
  const found = await tx.referral.findFirst({
    where: { AND: [{ id: referralId }, viaCase(user, WRITE_SCOPE)] },
    select: {
      id: true,
      caseId: true,
      status: true,
      version: true,
      consentGivenOn: true,
      consentNote: true,
      sentOn: true,
      decision: true,
      decidedOn: true,
      decisionAmountSek: true,
      agencyReference: true,
      case: { select: { status: true } },
    },
  });
  if (!found) return refuseMissing(user, "referral.update", "Referral", referralId);
  if (found.case.status === "CLOSED") return { ok: false, error: "caseClosed" } as const;
  if (found.version !== version) return { ok: false, error: "conflict" } as const;
  return { ok: true, referral: found } as const;
}

/** Bumps the version if nobody wrote since it was read; false is a conflict. */
export async function writeReferral(tx: Tx, referralId: string, version: number, data: Prisma.ReferralUpdateManyMutationInput): Promise<boolean> {
  const { count } = await tx.referral.updateMany({ where: { id: referralId, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

export type ConsentResult = { ok: true } | { ok: false; error: ReferralWriteRefusal | "consentLocked" };

/**
 * Records (or corrects) when the person consented. Only while the referral is
 * a draft: once it has been sent, the consent it was sent under is history.
 */
export async function recordConsent(referralId: string, input: ConsentForm): Promise<ConsentResult> {
  const user = await authorize("referral.write");
  return getDb().$transaction(async (tx) => {
    const opened = await openReferralForWrite(tx, user, referralId, input.version);
    if (!opened.ok) return opened;
    const { referral } = opened;
    if (referral.status !== "DRAFT") return { ok: false, error: "consentLocked" } as const;
    const consentGivenOn = input.consentGivenOn!;
    const consentNote = input.consentNote || null;
    // Saving the consent as it stands writes nothing: no new version, no audit row (issue 11).
    if (isoOrNull(referral.consentGivenOn) === consentGivenOn && (referral.consentNote ?? null) === consentNote) return { ok: true } as const;
    if (!(await writeReferral(tx, referralId, input.version, { consentGivenOn: dbDate(consentGivenOn), consentNote }))) return { ok: false, error: "conflict" } as const;
    await auditCaseEntry(tx, user, {
      action: "referral.consent.record",
      resourceType: "Referral",
      resourceId: referralId,
      caseId: referral.caseId,
      changes: {
        consentGivenOn: [isoOrNull(referral.consentGivenOn), consentGivenOn],
        consentNote: [redactedText(referral.consentNote), redactedText(consentNote)],
      },
    });
    return { ok: true } as const;
  });
}

export type ChangeReferralStatusResult =
  /** `caseStatus`: where the case moved along with the decision, when it did. */
  | { ok: true; status: ReferralStatus; caseStatus?: CaseStatus }
  | { ok: false; error: ReferralWriteRefusal | ReferralTransitionError | "dateBeforePrevious" | "sentBeforeConsent" | "statusReasonRequired" };

/** Thrown inside the transaction when the case moved while the decision was being saved: everything rolls back. */
class CaseMovedMeanwhile extends Error {}

/**
 * Moves a referral along the status machine. Refused here, with nothing
 * written, whatever the form offered: a move the machine does not allow,
 * sending without consent (or dated before it), a decision without what it
 * needs, a date before the previous change, a stale form.
 */
export async function changeReferralStatus(
  referralId: string,
  input: ReferralStatusForm,
  /** The case status change's reason when the adviser wrote no comment (the action words it in the office's language). */
  options: { defaultStatusReason?: string } = {},
): Promise<ChangeReferralStatusResult> {
  const user = await authorize("referral.write");
  try {
    return await changeReferralStatusInTransaction(user, referralId, input, options.defaultStatusReason);
  } catch (error) {
    if (error instanceof CaseMovedMeanwhile) return { ok: false, error: "conflict" };
    throw error;
  }
}

async function changeReferralStatusInTransaction(
  user: SignedInUser,
  referralId: string,
  input: ReferralStatusForm,
  defaultStatusReason: string | undefined,
): Promise<ChangeReferralStatusResult> {
  return getDb().$transaction(async (tx) => {
    const opened = await openReferralForWrite(tx, user, referralId, input.version);
    if (!opened.ok) return opened;
    const { referral } = opened;
    const consentGivenOn = isoOrNull(referral.consentGivenOn);
    const refusal = checkReferralTransition({
      from: referral.status,
      to: input.toStatus,
      consentGivenOn,
      decision: input.decision,
      decisionAmountSek: input.decisionAmountSek,
      agencyReference: input.agencyReference,
    });
    if (refusal) return { ok: false, error: refusal } as const;
    const occurredOn = input.occurredOn!;
    // The draft's own creation does not count: a referral sent last week may be recorded today.
    const last = await tx.referralEvent.findFirst({ where: { referralId, fromStatus: { not: null } }, orderBy: [{ occurredOn: "desc" }], select: { occurredOn: true } });
    if (last && occurredOn < isoOfDbDate(last.occurredOn)) return { ok: false, error: "dateBeforePrevious" } as const;
    if (input.toStatus === "SENT" && consentGivenOn && occurredOn < consentGivenOn) return { ok: false, error: "sentBeforeConsent" } as const;

    const isDecision = input.toStatus === "DECIDED";
    // The case follows the decision when the adviser kept the offer ticked (lib/cases/decision-status.ts), with the note as its
    // reason, or else the decision itself in words (a status change always has a reason).
    const casePath = isDecision && input.changeCaseStatus && input.decision ? decisionStatusPath(referral.case.status, input.decision) : [];
    const statusReason = input.note || defaultStatusReason;
    if (casePath.length && !statusReason) return { ok: false, error: "statusReasonRequired" } as const;
    const data: Prisma.ReferralUpdateManyMutationInput = {
      status: input.toStatus,
      statusSince: new Date(),
      // The decision is expected within the office's response time; past it, the reminders job tells the adviser.
      ...(input.toStatus === "SENT" ? { sentOn: dbDate(occurredOn), expectedDecisionOn: dbDate(responseDueOn(occurredOn, await referralResponseDays(tx))) } : {}),
      ...(isDecision
        ? { decidedOn: dbDate(occurredOn), decision: input.decision, decisionAmountSek: input.decision === "GRANTED" ? input.decisionAmountSek : null, agencyReference: input.agencyReference }
        : {}),
    };
    if (!(await writeReferral(tx, referralId, input.version, data))) return { ok: false, error: "conflict" } as const;
    await tx.referralEvent.create({
      data: { referralId, fromStatus: referral.status, toStatus: input.toStatus, occurredOn: dbDate(occurredOn), note: input.note, byUserId: user.id },
      select: { id: true },
    });
    await recordAudit(tx, auditActor(user), {
      action: "referral.status.change",
      resourceType: "Referral",
      resourceId: referralId,
      caseId: referral.caseId,
      changes: {
        status: [referral.status, input.toStatus],
        ...createdChanges({
          occurredOn,
          note: redactedText(input.note),
          ...(isDecision
            ? {
                decision: input.decision,
                decisionAmountSek: input.decision === "GRANTED" ? input.decisionAmountSek : null,
                agencyReference: redactedText(input.agencyReference),
              }
            : {}),
        }),
      },
    });
    if (casePath.length) {
      const moved = await walkCaseStatus(tx, user, referral.caseId, { from: referral.case.status, path: casePath, reason: statusReason!, effectiveOn: occurredOn, cause: `referral ${referralId} decided` });
      if (!moved) throw new CaseMovedMeanwhile();
    }
    await markCaseEntry(tx, referral.caseId);
    return casePath.length ? ({ ok: true, status: input.toStatus, caseStatus: casePath.at(-1)! } as const) : ({ ok: true, status: input.toStatus } as const);
  });
}

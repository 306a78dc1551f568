import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { diffFields, recordAudit, auditActor, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { findCaseInScope, WRITE_SCOPE } from "@/lib/data/casework-scope";
import { recordDenial } from "@/lib/data/denials";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { scheduleFollowUps } from "@/lib/data/follow-ups-schedule";
import { can } from "@/lib/permissions";
import { officeToday, startOfOfficeDay } from "@/lib/dates";
import { checkTransition, type TransitionError } from "@/lib/cases/status-machine";
import { type CaseEditForm, type CaseForm, type ReassignForm, type StatusChangeForm, type UndoStatusForm } from "@/lib/schemas/case";
import { findCaseForWrite, redactPersonal, toCaseData, toCaseFields, toMemberFields, CASE_FIELDS_SELECT, MEMBER_SELECT } from "@/lib/data/case-fields";
import { dbDateOrNull, isoOfDbDateOrNull } from "@/lib/dates";
import { PROTECTION_SELECT, protectionOf, withContactHidden } from "@/lib/data/protected-identity";

// The data layer for one return case: reading it, editing its fields,
// changing its status and handing it to another adviser. Intake is in
// case-intake.ts, the household in household.ts, the list in case-list.ts.
// Every function starts with authorize(), finds the case within the user's
// scope (lib/data/scope.ts), audits reads of personal data and writes every
// change with its audit event in one transaction.

// ──────────────────────────────── Reading ────────────────────────────────

const CASE_DETAIL_SELECT = {
  id: true,
  caseNumber: true,
  status: true,
  statusSince: true,
  outcome: true,
  version: true,
  openedAt: true,
  closedAt: true,
  updatedAt: true,
  adviser: { select: { id: true, name: true } },
  team: { select: { id: true, name: true, shareCasesWithinTeam: true } },
  ...CASE_FIELDS_SELECT,
  ...PROTECTION_SELECT,
  householdMembers: { select: MEMBER_SELECT, orderBy: [{ birthDate: "asc" }, { id: "asc" }] },
  statusChanges: {
    select: { effectiveOn: true, fromStatus: true, toStatus: true, undoesId: true, undoneBy: { select: { id: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 1,
  },
} as const satisfies Prisma.CaseSelect;

export type CaseDetail = Awaited<ReturnType<typeof loadCase>>;

type LastChange = { fromStatus: CaseStatus | null; toStatus: CaseStatus; undoesId: string | null; undoneBy: { id: string } | null };

function undoable(last: LastChange | undefined, current: CaseStatus): { from: CaseStatus; to: CaseStatus } | null {
  if (!last?.fromStatus || last.undoesId || last.undoneBy || last.toStatus !== current) return null;
  if (last.toStatus === "CLOSED" || last.fromStatus === "CLOSED") return null;
  return { from: last.fromStatus, to: last.toStatus };
}

async function loadCase(user: SignedInUser, caseId: string) {
  const row = await findCaseInScope(getDb(), user, caseId, { select: CASE_DETAIL_SELECT });
  if (!row) return null;
  const {
    householdMembers, statusChanges, adviser, team, id, caseNumber, status, statusSince, outcome, version, openedAt, closedAt, updatedAt,
    protectedIdentity, protectedIdentityReason, protectedIdentityMarkedAt, ...fields
  } = row;
  const protection = protectionOf({ protectedIdentity, protectedIdentityReason, protectedIdentityMarkedAt });
  return {
    id,
    caseNumber,
    status,
    statusSince,
    outcome,
    version,
    openedAt,
    closedAt,
    updatedAt,
    adviser,
    team,
    /** Protected personal data (issue 13): the banner's facts; while set, the contact details below are hidden. */
    protection,
    fields: withContactHidden(toCaseFields(fields), protection),
    household: householdMembers.map(toMemberFields),
    /** Status changes cannot take effect before the last one did. */
    lastStatusChangeOn: isoOfDbDateOrNull(statusChanges[0]?.effectiveOn ?? null) ?? isoOfDbDateOrNull(openedAt)!,
    /** The last change, when it can be undone (see undoLastStatusChange, which checks again). */
    undoableChange: undoable(statusChanges[0], status),
  };
}

/**
 * One case in the user's scope, with its household, or null (missing and
 * forbidden look the same). Cached per request: the case layout and its pages
 * share one read and one audit event.
 */
export const getCase = cache(async (caseId: string): Promise<CaseDetail> => {
  const user = await authorize("case.read");
  const found = await loadCase(user, caseId);
  await recordAudit(getDb(), auditActor(user), {
    action: found ? "case.read" : "case.read.notFound",
    resourceType: "Case",
    resourceId: caseId,
    ...(found ? { caseId } : {}),
  });
  return found;
});

// ─────────────────────────────── Editing ───────────────────────────────

export type CaseConflict = {
  ok: false;
  error: "conflict";
  current: CaseForm;
  version: number;
  changedBy: string | null;
  changedAt: Date | null;
};
export type UpdateCaseResult = { ok: true; version: number } | { ok: false; error: "notFound" | "caseClosed" } | CaseConflict;

/** Who wrote to the case last, for the conflict message. */
async function lastWriter(caseId: string) {
  const event = await getDb().auditEvent.findFirst({
    where: { caseId, action: { in: ["case.update", "case.status.change", "case.household.add", "case.household.update", "case.household.remove", "case.assign"] } },
    orderBy: { id: "desc" },
    select: { userEmail: true, at: true },
  });
  return { changedBy: event?.userEmail ?? null, changedAt: event?.at ?? null };
}

/**
 * Saves the person, permit and destination if nobody else saved since the
 * user's version. Otherwise nothing is written and the current values come
 * back, so the form can show what changed and keep what the user typed.
 */
export async function updateCase(caseId: string, input: CaseEditForm): Promise<UpdateCaseResult> {
  const user = await authorize("case.update");
  const { version, ...fields } = input;
  const db = getDb();
  const result = await db.$transaction(async (tx) => {
    const found = await findCaseInScope(tx, user, caseId, { select: { version: true, status: true, protectedIdentity: true, ...CASE_FIELDS_SELECT }, ...WRITE_SCOPE });
    if (!found) {
      await recordDenial(user, { action: "write.refused", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
      return { ok: false, error: "notFound" } as const;
    }
    // A closed case is read-only until it is reopened (a status change), like its casework.
    if (found.status === "CLOSED") return { ok: false, error: "caseClosed" } as const;
    const { version: currentVersion, status: _status, protectedIdentity, ...currentRow } = found;
    void _status;
    const before = toCaseFields(currentRow);
    const protection = protectedIdentity ? { kind: protectedIdentity, reason: null, markedAt: null } : null;
    if (currentVersion !== version) return { ok: false, error: "conflict", current: withContactHidden(before, protection), version: currentVersion } as const;
    // A protected person's contact details are never in the form (hidden, issue 13): the stored ones stay.
    if (protection) Object.assign(fields, { phone: before.phone, email: before.email, address: before.address });
    const changes = diffFields(before as unknown as Record<string, unknown>, fields);
    if (Object.keys(changes).length === 0) return { ok: true, version } as const;
    const { count } = await tx.case.updateMany({
      where: { id: caseId, version },
      data: { ...toCaseData(fields), version: { increment: 1 }, lastEntryAt: new Date() },
    });
    // Someone saved between our read and our write.
    if (count === 0) return { ok: false, error: "conflict", current: null, version: null } as const;
    await recordCaseAudit(tx, user, caseId, { action: "case.update", changes: redactPersonal(changes) });
    return { ok: true, version: version + 1 } as const;
  });
  if (result.ok || result.error === "notFound" || result.error === "caseClosed") return result;
  const current = result.current
    ? { current: result.current, version: result.version }
    : await (async () => {
        const row = await findCaseInScope(db, user, caseId, { select: { version: true, ...CASE_FIELDS_SELECT, ...PROTECTION_SELECT } });
        const { version: latest, protectedIdentity, protectedIdentityReason, protectedIdentityMarkedAt, ...rest } = row!;
        return { current: withContactHidden(toCaseFields(rest), protectionOf({ protectedIdentity, protectedIdentityReason, protectedIdentityMarkedAt })), version: latest };
      })();
  return { ok: false, error: "conflict", ...current, ...(await lastWriter(caseId)) };
}

// ───────────────────────────── Status changes ─────────────────────────────

export type ChangeStatusResult =
  | { ok: true; followUpsScheduled: number }
  | { ok: false; error: "notFound" | "conflict" | "effectiveOnBeforePrevious" | TransitionError };

/**
 * Moves a case along the status machine, refused here whatever the form
 * offered: only allowed transitions, closing with a fitting outcome (and the
 * "case.close" permission), dated no earlier than the previous change. A
 * departure schedules the follow-ups after return in the same transaction.
 */
export async function changeCaseStatus(caseId: string, input: StatusChangeForm): Promise<ChangeStatusResult> {
  const user = await authorize("case.update");
  if (input.toStatus === "CLOSED" && !can(user.role, "case.close")) return { ok: false, error: "transitionNotAllowed" };
  const today = officeToday();
  return getDb().$transaction(async (tx) => {
    const found = await findCaseInScope(tx, user, caseId, { select: { version: true, status: true, outcome: true, openedAt: true, statusChanges: { select: { effectiveOn: true }, orderBy: { createdAt: "desc" }, take: 1 } }, ...WRITE_SCOPE });
    if (!found) {
      await recordDenial(user, { action: "write.refused", reason: "caseNotInScope", resourceType: "Case", resourceId: caseId });
      return { ok: false, error: "notFound" } as const;
    }
    if (found.version !== input.version) return { ok: false, error: "conflict" } as const;
    const refusal = checkTransition(found.status, input.toStatus, input.outcome);
    if (refusal) return { ok: false, error: refusal } as const;
    const previousOn = isoOfDbDateOrNull(found.statusChanges[0]?.effectiveOn ?? null) ?? officeToday(found.openedAt);
    if (input.effectiveOn < previousOn) return { ok: false, error: "effectiveOnBeforePrevious" } as const;

    const now = new Date();
    const since = input.effectiveOn === today ? now : startOfOfficeDay(input.effectiveOn);
    const isClosing = input.toStatus === "CLOSED";
    const { count } = await tx.case.updateMany({
      where: { id: caseId, version: input.version },
      data: {
        status: input.toStatus,
        statusSince: since,
        outcome: isClosing ? input.outcome : null,
        closedAt: isClosing ? since : null,
        version: { increment: 1 },
        lastEntryAt: now,
      },
    });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await tx.caseStatusChange.create({
      data: {
        caseId,
        fromStatus: found.status,
        toStatus: input.toStatus,
        effectiveOn: dbDateOrNull(input.effectiveOn)!,
        reason: input.reason,
        outcome: isClosing ? input.outcome : null,
        changedById: user.id,
      },
      select: { id: true },
    });
    const followUpsScheduled = input.toStatus === "DEPARTED" ? await scheduleFollowUps(tx, caseId, input.effectiveOn) : 0;
    await recordCaseAudit(tx, user, caseId, {
      action: "case.status.change",
      changes: {
        status: [found.status, input.toStatus],
        effectiveOn: [null, input.effectiveOn],
        ...(found.outcome !== (isClosing ? input.outcome : null) ? { outcome: [found.outcome, isClosing ? input.outcome : null] } : {}),
        ...(followUpsScheduled ? { followUpsScheduled: [0, followUpsScheduled] } : {}),
      },
    });
    return { ok: true, followUpsScheduled } as const;
  });
}

export type UndoStatusResult = { ok: true; undone: { from: string; to: string } } | { ok: false; error: "notFound" | "conflict" | "nothingToUndo" | "closingNotUndoable" | "followUpDone" };

/**
 * Undoes the case's last status change when it was a mistake: a new change
 * back to the status before it, with its own reason, pointing at the change it
 * undoes. The mistaken change is never edited, so the record shows both. The
 * status machine is bypassed on purpose (a mistaken departure must be undoable),
 * but only for the very last change, once, and not for the opening.
 * Closing and reopening are not undone here: a closed case is reopened, a
 * reopened one closed again, each with its own outcome and reason. Undoing a
 * departure removes the follow-ups it planned, unless one has been held.
 */
export async function undoLastStatusChange(caseId: string, input: UndoStatusForm): Promise<UndoStatusResult> {
  const user = await authorize("case.update");
  const result = await getDb().$transaction(async (tx): Promise<UndoStatusResult> => {
    const found = await findCaseInScope(tx, user, caseId, {
      select: {
        version: true,
        status: true,
        openedAt: true,
        statusChanges: {
          select: { id: true, fromStatus: true, toStatus: true, effectiveOn: true, undoesId: true, undoneBy: { select: { id: true } } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 2,
        },
      },
    });
    if (!found) return { ok: false, error: "notFound" };
    if (found.version !== input.version) return { ok: false, error: "conflict" };
    const [last, before] = found.statusChanges;
    // The opening, an undo itself, or a change already undone: nothing to undo.
    if (!last?.fromStatus || last.undoesId || last.undoneBy || last.toStatus !== found.status) return { ok: false, error: "nothingToUndo" };
    if (!undoable(last, found.status)) return { ok: false, error: "closingNotUndoable" };
    let followUpsRemoved = 0;
    if (last.toStatus === "DEPARTED") {
      if (await tx.followUp.count({ where: { caseId, completedOn: { not: null } } })) return { ok: false, error: "followUpDone" };
      // Planned, never-held follow-ups are a schedule the mistaken departure made, not entries in the record.
      followUpsRemoved = (await tx.followUp.deleteMany({ where: { caseId, completedOn: null } })).count;
    }
    const today = officeToday();
    const lastOn = isoOfDbDateOrNull(last.effectiveOn)!;
    const effectiveOn = lastOn > today ? lastOn : today;
    // Back to the status as it was, with the time it had held it since.
    const restoredSince = before ? startOfOfficeDay(isoOfDbDateOrNull(before.effectiveOn)!) : found.openedAt;
    const { count } = await tx.case.updateMany({
      where: { id: caseId, version: input.version },
      data: { status: last.fromStatus, statusSince: restoredSince, version: { increment: 1 }, lastEntryAt: new Date() },
    });
    if (count === 0) return { ok: false, error: "conflict" };
    await tx.caseStatusChange.create({
      data: { caseId, fromStatus: last.toStatus, toStatus: last.fromStatus, effectiveOn: dbDateOrNull(effectiveOn)!, reason: input.reason, changedById: user.id, undoesId: last.id },
      select: { id: true },
    });
    await recordCaseAudit(tx, user, caseId, {
      action: "case.status.undo",
      changes: { status: [last.toStatus, last.fromStatus], undoes: [null, last.id], ...(followUpsRemoved ? { followUpsPlanned: [followUpsRemoved, 0] } : {}) },
    });
    return { ok: true, undone: { from: last.fromStatus, to: last.toStatus } };
  });
  if (!result.ok && result.error !== "conflict") {
    await recordAudit(getDb(), auditActor(user), { action: "case.status.undo.refused", resourceType: "Case", resourceId: caseId.slice(0, 64), reason: result.error });
  }
  return result;
}

// ─────────────────────────────── Hand-over ───────────────────────────────

/**
 * Who the case may be handed to: the active advisers of the case's team.
 * Advisers may hand over cases of their own team (not cases they see only
 * through emergency access); managers assign within their team.
 */
export async function listAssignableAdvisers(caseId: string) {
  const user = await authorize("case.assign");
  const found = await findCaseForWrite(getDb(), user, caseId);
  if (!found || found.teamId !== user.teamId) return null;
  return getDb().user.findMany({
    where: { teamId: found.teamId, role: "ADVISER", isActive: true, ...(found.adviserId ? { id: { not: found.adviserId } } : {}) },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export type ReassignResult = { ok: true } | { ok: false; error: "notFound" | "conflict" | "adviserNotInTeam" };

export async function reassignCase(caseId: string, input: ReassignForm): Promise<ReassignResult> {
  const user = await authorize("case.assign");
  return getDb().$transaction(async (tx) => {
    const found = await findCaseForWrite(tx, user, caseId);
    if (!found || found.teamId !== user.teamId) return { ok: false, error: "notFound" } as const;
    const adviser = await tx.user.findFirst({
      where: { id: input.adviserId, teamId: found.teamId, role: "ADVISER", isActive: true },
      select: { id: true },
    });
    if (!adviser) return { ok: false, error: "adviserNotInTeam" } as const;
    if (adviser.id === found.adviserId) return { ok: true } as const;
    const { count } = await tx.case.updateMany({
      where: { id: caseId, version: input.version },
      data: { adviserId: adviser.id, version: { increment: 1 }, lastEntryAt: new Date() },
    });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await recordCaseAudit(tx, user, caseId, {
      action: "case.assign",
      changes: { adviserId: [found.adviserId, adviser.id] },
    });
    return { ok: true } as const;
  });
}

import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { diffFields, recordAudit } from "@/lib/audit";
import { authorize, auditActor } from "@/lib/data/actor";
import { caseScope } from "@/lib/data/scope";
import type { SessionUser } from "@/lib/data/sessions";
import { scheduleFollowUps } from "@/lib/data/follow-ups-schedule";
import { can } from "@/lib/permissions";
import { endOfOfficeDay, officeToday, startOfOfficeDay } from "@/lib/dates";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { classifySearch, containsPattern, decodeCursor, encodeCursor, startsWithPattern, type CaseSearch, type Cursor } from "@/lib/cases/case-search";
import { hasConfirmedAll, matchKind, NAME_SIMILARITY_THRESHOLD, rankDuplicates, type DuplicateMatchKind } from "@/lib/cases/duplicates";
import { checkTransition, isOpenStatus, type TransitionError } from "@/lib/cases/status-machine";
import {
  CASE_FORM_FIELDS,
  type CaseEditForm,
  type CaseForm,
  type CaseListFilter,
  type DuplicateSearch,
  type HouseholdMemberForm,
  type ReassignForm,
  type StatusChangeForm,
} from "@/lib/schemas/case";

// The data layer for return cases: intake with duplicate search, the case and
// its household, status changes, hand-over and the case list. Every function
// starts with authorize(), merges caseScope() into its case query (the list,
// written in SQL for its trigram search, uses caseScopeSql(), which must say
// the same: a database test compares the two), audits reads of personal data
// and writes every change with its audit event in one transaction.

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

/**
 * The audit trail is read by managers and administrators, who must not get
 * the person's data through it: writes record which fields changed, and
 * whether they were set or cleared, never the values.
 */
function redactPersonal(changes: Record<string, [unknown, unknown]>): Record<string, [unknown, unknown]> {
  const mark = (value: unknown) => (value === null || value === undefined || value === "" ? null : "[redacted]");
  return Object.fromEntries(Object.entries(changes).map(([field, [before, after]]) => [field, [mark(before), mark(after)]]));
}

// ───────────────────────────── Mapping ─────────────────────────────

const isoDay = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);
const dayDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

const CASE_FIELDS_SELECT = {
  firstName: true,
  lastName: true,
  birthDate: true,
  identityNumber: true,
  citizenships: true,
  countryOfOrigin: true,
  languages: true,
  interpreterLanguage: true,
  phone: true,
  email: true,
  address: true,
  isRegisteredInSweden: true,
  permitGround: true,
  permitPermanent: true,
  permitGrantedOn: true,
  permitExpiresOn: true,
  asylumStatus: true,
  destinationCountry: true,
  destinationIsHomeCountry: true,
} as const satisfies Prisma.CaseSelect;

type CaseFieldsRow = Prisma.CaseGetPayload<{ select: typeof CASE_FIELDS_SELECT }>;

/** A stored case's editable fields in the form schema's shape (dates as "YYYY-MM-DD"). */
function toCaseFields(row: CaseFieldsRow): CaseForm {
  return {
    ...row,
    birthDate: isoDay(row.birthDate)!,
    permitGrantedOn: isoDay(row.permitGrantedOn),
    permitExpiresOn: isoDay(row.permitExpiresOn),
  };
}

function toCaseData(fields: CaseForm) {
  const data: Record<string, unknown> = {};
  for (const key of CASE_FORM_FIELDS) data[key] = fields[key];
  return {
    ...(data as CaseForm),
    birthDate: dayDate(fields.birthDate)!,
    permitGrantedOn: dayDate(fields.permitGrantedOn),
    permitExpiresOn: dayDate(fields.permitExpiresOn),
  };
}

const MEMBER_SELECT = {
  id: true,
  relation: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  identityNumber: true,
  citizenships: true,
  permitGround: true,
  permitPermanent: true,
  permitGrantedOn: true,
  permitExpiresOn: true,
  livesWithApplicant: true,
} as const satisfies Prisma.HouseholdMemberSelect;

type MemberRow = Prisma.HouseholdMemberGetPayload<{ select: typeof MEMBER_SELECT }>;

function toMemberFields(row: MemberRow) {
  return {
    ...row,
    birthDate: isoDay(row.birthDate)!,
    permitGrantedOn: isoDay(row.permitGrantedOn),
    permitExpiresOn: isoDay(row.permitExpiresOn),
  };
}
export type HouseholdMemberFields = ReturnType<typeof toMemberFields>;

type MemberInput = Omit<HouseholdMemberForm, "caseVersion">;

function toMemberData({ caseVersion: _ignored, ...fields }: HouseholdMemberForm) {
  void _ignored;
  return {
    ...fields,
    birthDate: dayDate(fields.birthDate)!,
    permitGrantedOn: dayDate(fields.permitGrantedOn),
    permitExpiresOn: dayDate(fields.permitExpiresOn),
  };
}

/** Every write to a case bumps its version, so an open edit form notices. */
async function bumpVersion(tx: Tx, caseId: string, expectedVersion: number): Promise<boolean> {
  const { count } = await tx.case.updateMany({
    where: { id: caseId, version: expectedVersion },
    data: { version: { increment: 1 }, lastEntryAt: new Date() },
  });
  return count === 1;
}

async function findInScope(tx: Tx | ReturnType<typeof getDb>, user: SessionUser, caseId: string) {
  return tx.case.findFirst({
    where: { AND: [{ id: caseId }, caseScope(user)] },
    select: { id: true, version: true, status: true, teamId: true, adviserId: true },
  });
}

// ─────────────────────────── Duplicate search ───────────────────────────

export type DuplicateCandidate =
  | {
      isInScope: true;
      caseId: string;
      caseNumber: string;
      status: CaseStatus;
      matchKind: DuplicateMatchKind;
      matchedPerson: "CASE" | "MEMBER";
      firstName: string;
      lastName: string;
      birthDate: string;
      teamName: string;
      adviserName: string;
    }
  | {
      // Outside the adviser's scope: enough to find the colleague, nothing about the person.
      isInScope: false;
      caseId: string;
      caseNumber: string;
      status: CaseStatus;
      matchKind: DuplicateMatchKind;
      matchedPerson: "CASE" | "MEMBER";
      teamName: string;
    };

type DuplicateSqlRow = {
  caseId: string;
  caseNumber: string;
  status: CaseStatus;
  firstName: string;
  lastName: string;
  birthDate: Date;
  teamName: string;
  adviserName: string;
  matchedPerson: "CASE" | "MEMBER";
  isIdentityMatch: boolean;
  nameSimilarity: number;
  inScope: boolean;
};

async function findDuplicateRows(user: SessionUser, input: DuplicateSearch): Promise<DuplicateSqlRow[]> {
  const name = `${input.firstName} ${input.lastName}`.toLowerCase();
  const birthDate = input.birthDate;
  // Without an identity number, `= NULL` matches nothing, which is what we want.
  const identity = input.identityNumber;
  const rows = await getDb().$queryRaw<DuplicateSqlRow[]>`
    WITH hits AS (
      SELECT c.id AS "caseId", 'CASE' AS "matchedPerson",
             coalesce(c."identityNumber" = ${identity}, false) AS "isIdentityMatch",
             similarity(lower(c."firstName" || ' ' || c."lastName"), ${name}) AS "nameSimilarity",
             c."firstName", c."lastName", c."birthDate"
      FROM "Case" c
      WHERE c."identityNumber" = ${identity}
         OR (c."birthDate" = ${birthDate}::date AND similarity(lower(c."firstName" || ' ' || c."lastName"), ${name}) >= ${NAME_SIMILARITY_THRESHOLD})
      UNION ALL
      SELECT m."caseId", 'MEMBER',
             coalesce(m."identityNumber" = ${identity}, false),
             similarity(lower(m."firstName" || ' ' || m."lastName"), ${name}),
             m."firstName", m."lastName", m."birthDate"
      FROM "HouseholdMember" m
      WHERE m."identityNumber" = ${identity}
         OR (m."birthDate" = ${birthDate}::date AND similarity(lower(m."firstName" || ' ' || m."lastName"), ${name}) >= ${NAME_SIMILARITY_THRESHOLD})
      LIMIT 200
    )
    SELECT h.*, c."caseNumber", c.status::text AS status, t.name AS "teamName", a.name AS "adviserName",
           (${caseScopeSql(user, new Date())}) AS "inScope"
    FROM hits h
    JOIN "Case" c ON c.id = h."caseId"
    JOIN "Team" t ON t.id = c."teamId"
    JOIN "User" a ON a.id = c."adviserId"`;
  return rows;
}

function toCandidate(row: DuplicateSqlRow): DuplicateCandidate {
  const common = {
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    status: row.status,
    matchKind: matchKind(row),
    matchedPerson: row.matchedPerson,
    teamName: row.teamName,
  };
  if (!row.inScope) return { ...common, isInScope: false };
  return {
    ...common,
    isInScope: true,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: isoDay(row.birthDate)!,
    adviserName: row.adviserName,
  };
}

async function duplicateCandidates(user: SessionUser, input: DuplicateSearch): Promise<DuplicateCandidate[]> {
  const rows = await findDuplicateRows(user, input);
  return rankDuplicates(rows.map((row) => ({ ...row, isOpen: isOpenStatus(row.status) }))).map(toCandidate);
}

/**
 * The search before intake: cases whose person or household member has the
 * same identity number, or the same birth date and a similar name. The whole
 * office is searched, since a duplicate in another team is still a duplicate;
 * cases outside the adviser's scope show only their number, status and team.
 */
export async function searchForDuplicates(input: DuplicateSearch): Promise<DuplicateCandidate[]> {
  const user = await authorize("case.create");
  const candidates = await duplicateCandidates(user, input);
  await recordAudit(getDb(), auditActor(user), {
    action: "case.duplicateSearch",
    reason: JSON.stringify({ found: candidates.map((candidate) => candidate.caseNumber) }),
  });
  return candidates;
}

// ──────────────────────────────── Intake ────────────────────────────────

export type CreateCaseResult =
  | { ok: true; caseId: string; caseNumber: string }
  | { ok: false; error: "duplicatesNotConfirmed"; candidates: DuplicateCandidate[] }
  | { ok: false; error: "noTeam" };

/**
 * Opens a case for the current adviser and their team. Possible duplicates
 * are searched again here, whatever the form showed: every candidate must
 * have been confirmed as a different person. The number comes from the
 * year's counter, incremented under its row lock in the same transaction, so
 * numbers are gap-free: a failed intake rolls its number back.
 */
export async function createCase(input: CaseForm, options: { confirmedCaseIds: string[] }): Promise<CreateCaseResult> {
  const user = await authorize("case.create");
  const teamId = user.teamId;
  if (!teamId) return { ok: false, error: "noTeam" };
  const candidates = await duplicateCandidates(user, input);
  if (!hasConfirmedAll(candidates.map((candidate) => candidate.caseId), options.confirmedCaseIds)) {
    return { ok: false, error: "duplicatesNotConfirmed", candidates };
  }
  const today = officeToday();
  const year = Number(today.slice(0, 4));
  return getDb().$transaction(async (tx) => {
    const [sequence] = await tx.$queryRaw<{ lastValue: number }[]>`
      INSERT INTO "CaseNumberSequence" ("year", "lastValue", "createdAt", "updatedAt")
      VALUES (${year}, 1, now(), now())
      ON CONFLICT ("year") DO UPDATE SET "lastValue" = "CaseNumberSequence"."lastValue" + 1, "updatedAt" = now()
      RETURNING "lastValue"`;
    const caseSeq = sequence!.lastValue;
    const caseNumber = formatCaseNumber(year, caseSeq);
    const created = await tx.case.create({
      data: { ...toCaseData(input), caseNumber, caseYear: year, caseSeq, adviserId: user.id, teamId, status: "INTAKE" },
      select: { id: true },
    });
    await tx.caseStatusChange.create({
      data: { caseId: created.id, fromStatus: null, toStatus: "INTAKE", effectiveOn: dayDate(today)!, reason: "", changedById: user.id },
      select: { id: true },
    });
    const personal: Record<string, [unknown, unknown]> = {};
    for (const key of CASE_FORM_FIELDS) personal[key] = [null, input[key]];
    const changes = { caseNumber: [null, caseNumber], adviserId: [null, user.id], teamId: [null, teamId], ...redactPersonal(personal) } satisfies Record<string, [unknown, unknown]>;
    await recordAudit(tx, auditActor(user), {
      action: "case.create",
      resourceType: "Case",
      resourceId: created.id,
      caseId: created.id,
      changes,
      ...(candidates.length ? { reason: `confirmed not a duplicate of ${candidates.map((c) => c.caseNumber).join(", ")}` } : {}),
    });
    return { ok: true, caseId: created.id, caseNumber } as const;
  });
}

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
  householdMembers: { select: MEMBER_SELECT, orderBy: [{ birthDate: "asc" }, { id: "asc" }] },
  statusChanges: { select: { effectiveOn: true }, orderBy: { createdAt: "desc" }, take: 1 },
} as const satisfies Prisma.CaseSelect;

export type CaseDetail = Awaited<ReturnType<typeof loadCase>>;

async function loadCase(user: SessionUser, caseId: string) {
  const row = await getDb().case.findFirst({ where: { AND: [{ id: caseId }, caseScope(user)] }, select: CASE_DETAIL_SELECT });
  if (!row) return null;
  const { householdMembers, statusChanges, adviser, team, id, caseNumber, status, statusSince, outcome, version, openedAt, closedAt, updatedAt, ...fields } =
    row;
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
    fields: toCaseFields(fields),
    household: householdMembers.map(toMemberFields),
    /** Status changes cannot take effect before the last one did. */
    lastStatusChangeOn: isoDay(statusChanges[0]?.effectiveOn ?? null) ?? isoDay(openedAt)!,
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
    const found = await tx.case.findFirst({ where: { AND: [{ id: caseId }, caseScope(user)] }, select: { version: true, status: true, ...CASE_FIELDS_SELECT } });
    if (!found) return { ok: false, error: "notFound" } as const;
    // A closed case is read-only until it is reopened (a status change), like its casework.
    if (found.status === "CLOSED") return { ok: false, error: "caseClosed" } as const;
    const { version: currentVersion, status: _status, ...currentRow } = found;
    void _status;
    const before = toCaseFields(currentRow);
    if (currentVersion !== version) return { ok: false, error: "conflict", current: before, version: currentVersion } as const;
    const changes = diffFields(before as unknown as Record<string, unknown>, fields);
    if (Object.keys(changes).length === 0) return { ok: true, version } as const;
    const { count } = await tx.case.updateMany({
      where: { id: caseId, version },
      data: { ...toCaseData(fields), version: { increment: 1 }, lastEntryAt: new Date() },
    });
    // Someone saved between our read and our write.
    if (count === 0) return { ok: false, error: "conflict", current: null, version: null } as const;
    await recordAudit(tx, auditActor(user), { action: "case.update", resourceType: "Case", resourceId: caseId, caseId, changes: redactPersonal(changes) });
    return { ok: true, version: version + 1 } as const;
  });
  if (result.ok || result.error === "notFound" || result.error === "caseClosed") return result;
  const current = result.current
    ? { current: result.current, version: result.version }
    : await (async () => {
        const row = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseScope(user)] }, select: { version: true, ...CASE_FIELDS_SELECT } });
        const { version: latest, ...rest } = row!;
        return { current: toCaseFields(rest), version: latest };
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
    const found = await tx.case.findFirst({
      where: { AND: [{ id: caseId }, caseScope(user)] },
      select: { version: true, status: true, outcome: true, openedAt: true, statusChanges: { select: { effectiveOn: true }, orderBy: { createdAt: "desc" }, take: 1 } },
    });
    if (!found) return { ok: false, error: "notFound" } as const;
    if (found.version !== input.version) return { ok: false, error: "conflict" } as const;
    const refusal = checkTransition(found.status, input.toStatus, input.outcome);
    if (refusal) return { ok: false, error: refusal } as const;
    const previousOn = isoDay(found.statusChanges[0]?.effectiveOn ?? null) ?? officeToday(found.openedAt);
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
        effectiveOn: dayDate(input.effectiveOn)!,
        reason: input.reason,
        outcome: isClosing ? input.outcome : null,
        changedById: user.id,
      },
      select: { id: true },
    });
    const followUpsScheduled = input.toStatus === "DEPARTED" ? await scheduleFollowUps(tx, caseId, input.effectiveOn) : 0;
    await recordAudit(tx, auditActor(user), {
      action: "case.status.change",
      resourceType: "Case",
      resourceId: caseId,
      caseId,
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

// ─────────────────────────────── Household ───────────────────────────────

export type HouseholdResult = { ok: true } | { ok: false; error: "notFound" | "conflict" | "caseClosed" };

/** The case for a household write: in scope, and open. */
async function householdCase(tx: Tx, user: SessionUser, caseId: string): Promise<"notFound" | "caseClosed" | null> {
  const found = await findInScope(tx, user, caseId);
  if (!found) return "notFound";
  return found.status === "CLOSED" ? "caseClosed" : null;
}

export async function addHouseholdMember(caseId: string, input: HouseholdMemberForm): Promise<HouseholdResult> {
  const user = await authorize("case.update");
  return getDb().$transaction(async (tx) => {
    const refusal = await householdCase(tx, user, caseId);
    if (refusal) return { ok: false, error: refusal } as const;
    if (!(await bumpVersion(tx, caseId, input.caseVersion))) return { ok: false, error: "conflict" } as const;
    const member = await tx.householdMember.create({ data: { ...toMemberData(input), caseId }, select: { id: true } });
    const { caseVersion: _v, ...fields } = input;
    void _v;
    await recordAudit(tx, auditActor(user), {
      action: "case.household.add",
      resourceType: "HouseholdMember",
      resourceId: member.id,
      caseId,
      changes: { relation: [null, fields.relation], ...redactPersonal(diffFields({} as Record<string, unknown>, fields)) },
    });
    return { ok: true } as const;
  });
}

export async function updateHouseholdMember(caseId: string, memberId: string, input: HouseholdMemberForm): Promise<HouseholdResult> {
  const user = await authorize("case.update");
  return getDb().$transaction(async (tx) => {
    const refusal = await householdCase(tx, user, caseId);
    if (refusal) return { ok: false, error: refusal } as const;
    const member = await tx.householdMember.findFirst({ where: { id: memberId, caseId }, select: MEMBER_SELECT });
    if (!member) return { ok: false, error: "notFound" } as const;
    if (!(await bumpVersion(tx, caseId, input.caseVersion))) return { ok: false, error: "conflict" } as const;
    const { caseVersion: _v, ...fields } = input;
    void _v;
    const { id: _id, ...before } = toMemberFields(member);
    void _id;
    const changes = diffFields(before as Record<string, unknown>, fields satisfies MemberInput);
    await tx.householdMember.update({ where: { id: memberId }, data: toMemberData(input), select: { id: true } });
    await recordAudit(tx, auditActor(user), {
      action: "case.household.update",
      resourceType: "HouseholdMember",
      resourceId: memberId,
      caseId,
      changes: redactPersonal(changes),
    });
    return { ok: true } as const;
  });
}

/**
 * Removes a member entered by mistake (someone who moved out stays, with
 * "lives with the applicant" unticked). What was removed stays in the audit trail.
 */
export async function removeHouseholdMember(caseId: string, memberId: string, caseVersion: number): Promise<HouseholdResult> {
  const user = await authorize("case.update");
  return getDb().$transaction(async (tx) => {
    const refusal = await householdCase(tx, user, caseId);
    if (refusal) return { ok: false, error: refusal } as const;
    const member = await tx.householdMember.findFirst({ where: { id: memberId, caseId }, select: MEMBER_SELECT });
    if (!member) return { ok: false, error: "notFound" } as const;
    if (!(await bumpVersion(tx, caseId, caseVersion))) return { ok: false, error: "conflict" } as const;
    await tx.householdMember.delete({ where: { id: memberId }, select: { id: true } });
    const { id: _id, ...before } = toMemberFields(member);
    void _id;
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [key, value] of Object.entries(before)) changes[key] = [value, null];
    await recordAudit(tx, auditActor(user), {
      action: "case.household.remove",
      resourceType: "HouseholdMember",
      resourceId: memberId,
      caseId,
      changes: redactPersonal(changes),
    });
    return { ok: true } as const;
  });
}

// ─────────────────────────────── Hand-over ───────────────────────────────

/**
 * Who the case may be handed to: the active advisers of the case's team.
 * Advisers may hand over cases of their own team (not cases they see only
 * through emergency access); managers assign within their team.
 */
export async function listAssignableAdvisers(caseId: string) {
  const user = await authorize("case.assign");
  const found = await findInScope(getDb(), user, caseId);
  if (!found || found.teamId !== user.teamId) return null;
  return getDb().user.findMany({
    where: { teamId: found.teamId, role: "ADVISER", isActive: true, id: { not: found.adviserId } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export type ReassignResult = { ok: true } | { ok: false; error: "notFound" | "conflict" | "adviserNotInTeam" };

export async function reassignCase(caseId: string, input: ReassignForm): Promise<ReassignResult> {
  const user = await authorize("case.assign");
  return getDb().$transaction(async (tx) => {
    const found = await findInScope(tx, user, caseId);
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
    await recordAudit(tx, auditActor(user), {
      action: "case.assign",
      resourceType: "Case",
      resourceId: caseId,
      caseId,
      changes: { adviserId: [found.adviserId, adviser.id] },
    });
    return { ok: true } as const;
  });
}

// ─────────────────────────────── The list ───────────────────────────────

export const CASE_PAGE_SIZE = 50;

/**
 * A point in time as a parameter. Prisma keeps DateTime as UTC in columns
 * without a time zone; an ISO string converted here compares correctly
 * whatever the session's or the client process's time zone.
 */
function utc(date: Date): Prisma.Sql {
  return Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/**
 * caseScope() in SQL, for the queries Prisma cannot express (trigram search).
 * It must select exactly the same cases; lib/data/cases.db.test.ts checks it
 * against caseScope() for every role.
 */
export function caseScopeSql(user: SessionUser, now: Date): Prisma.Sql {
  switch (user.role) {
    case "ADVISER": {
      const team = user.teamId
        ? Prisma.sql`OR (c."teamId" = ${user.teamId} AND EXISTS (SELECT 1 FROM "Team" st WHERE st.id = ${user.teamId} AND st."shareCasesWithinTeam"))`
        : Prisma.empty;
      return Prisma.sql`(c."adviserId" = ${user.id} ${team}
        OR c.id IN (SELECT ea."caseId" FROM "EmergencyAccess" ea WHERE ea."userId" = ${user.id} AND ea."expiresAt" > ${utc(now)}))`;
    }
    case "MANAGER":
      return user.teamId ? Prisma.sql`(c."teamId" = ${user.teamId})` : Prisma.sql`FALSE`;
    case "STAFF":
    case "ADMIN":
      return Prisma.sql`FALSE`;
  }
}

const NAME_EXPR = (alias: string) => Prisma.raw(`lower(${alias}."firstName" || ' ' || ${alias}."lastName")`);

/**
 * Overdue: an open task, an unfinished plan step or a follow-up past its date
 * ("YYYY-MM-DD" today), on a case that is not closed (a closed case's
 * leftovers are history, not work). `alias` is the case row ("c" or "p").
 * One EXISTS over a UNION ALL, so that Postgres probes the three tables by
 * case id row by row while it walks the list's order, instead of hashing
 * every open item of the office first.
 */
function overdueSql(alias: "c" | "p", today: string): Prisma.Sql {
  const caseId = Prisma.raw(`${alias}.id`);
  return Prisma.sql`(${Prisma.raw(`${alias}.status`)} <> 'CLOSED' AND EXISTS (
      SELECT 1 FROM "Task" ot WHERE ot."caseId" = ${caseId} AND ot.status = 'OPEN' AND ot."dueOn" < ${today}::date
      UNION ALL
      SELECT 1 FROM "FollowUp" of WHERE of."caseId" = ${caseId} AND of."completedOn" IS NULL AND of."dueOn" < ${today}::date
      UNION ALL
      SELECT 1 FROM "ReturnPlanStep" op WHERE op."caseId" = ${caseId} AND op.status IN ('NOT_STARTED', 'IN_PROGRESS') AND op."dueOn" < ${today}::date))`;
}

/**
 * Which names a search matches. Each word of the search must match a word of
 * the name, by pg_trgm's word similarity (%> at 0.6): from its start with a
 * slip ("Mohammud" finds "Mohamud", "Anders" finds "Andersson", "Mohamad
 * Hasan" finds "Mohammed Hassan", "Amir Omrović" finds "Amir Omerović"); a
 * word of up to three letters also anywhere inside a name word ("mir" finds
 * "Samira").
 *
 * The similarity is worked out against the dictionary of distinct name words
 * ("NameWord", kept by triggers), and the names holding a word found are then
 * looked up exactly in the GIN index on name_words(first, last). Measured at
 * 100,000 cases: matching the trigram index of the names themselves rechecks
 * every hit of a common name ("Al-Ahmad", thousands) and took 30 ms a table
 * where this takes 10; a whole-text match (%>>) on several words rechecks
 * every "Al-…"; a LIKE on a long text tips the planner into a sequential scan.
 */
function nameCondition(alias: string, text: string): Prisma.Sql {
  const nameWords = Prisma.raw(`"name_words"(${alias}."firstName", ${alias}."lastName")`);
  const words = text.split(" ").filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  const dictionaryMatch = (word: string) =>
    word.length <= 3 ? Prisma.sql`(nw.word LIKE ${containsPattern(word)} OR nw.word %> ${word})` : Prisma.sql`nw.word %> ${word}`;
  const wordMatch = (word: string) => Prisma.sql`${nameWords} && ARRAY(SELECT nw.word FROM "NameWord" nw WHERE ${dictionaryMatch(word)})`;
  return Prisma.sql`(${Prisma.join(words.map(wordMatch), " AND ")})`;
}

/** Names have a few words; more in a search are ignored rather than each costing an index pass. */
const MAX_SEARCH_WORDS = 5;

/** How well a matched name (the lower-cased "first last") fits the search. */
function nameScore(text: string, name: Prisma.Sql): Prisma.Sql {
  return text.includes(" ") ? Prisma.sql`strict_word_similarity(${text}, ${name})` : Prisma.sql`word_similarity(${text}, ${name})`;
}

/**
 * The CTEs that end in `hits`: the cases a search hits, with a relevance
 * score for names, from the search's own index: the case number, the identity
 * number or birth date (of the person or a household member), or the names'
 * words (see nameCondition). `filters` (scope and the list's filters, on the
 * case as `c`) are applied right there, on the case row each hit has in hand,
 * so the list then orders and cuts only what may be shown; for the relevance
 * order it fetches just one page of cases.
 */
function hitsSql(search: CaseSearch, filters: Prisma.Sql): Prisma.Sql {
  const own = (match: Prisma.Sql, extra: Prisma.Sql = Prisma.sql`NULL::real AS score`) =>
    Prisma.sql`SELECT c.id AS "caseId", ${extra} FROM "Case" c WHERE ${match} AND ${filters}`;
  // Each member's case by its key (OFFSET 0 keeps Postgres from turning this into a
  // hash join that reads every case of the office first).
  const member = (match: Prisma.Sql, extra: Prisma.Sql = Prisma.sql`NULL::real`) =>
    Prisma.sql`SELECT c.id AS "caseId", ${extra}
      FROM "HouseholdMember" m CROSS JOIN LATERAL (SELECT * FROM "Case" mc WHERE mc.id = m."caseId" OFFSET 0) c
      WHERE ${match} AND ${filters}`;
  switch (search.kind) {
    case "caseNumber":
      return Prisma.sql`hits AS (${own(Prisma.sql`c."caseNumber" = ${search.caseNumber}`)})`;
    case "caseNumberPrefix":
      return Prisma.sql`hits AS (${own(Prisma.sql`c."caseYear" = ${search.year} AND c."caseNumber" LIKE ${startsWithPattern(search.prefix)}`)})`;
    case "identityNumber":
      return Prisma.sql`hits AS (${own(Prisma.sql`c."identityNumber" = ${search.identityNumber}`)}
        UNION ALL
        ${member(Prisma.sql`m."identityNumber" = ${search.identityNumber}`)})`;
    case "birthDate":
      return Prisma.sql`hits AS (${own(Prisma.sql`c."birthDate" = ${search.birthDate}::date`)}
        UNION ALL
        ${member(Prisma.sql`m."birthDate" = ${search.birthDate}::date`)})`;
    case "invalidIdentityNumber":
      return Prisma.sql`hits AS (SELECT NULL::text AS "caseId", NULL::real AS score WHERE FALSE)`;
    case "name":
      // The score is worked out once per distinct name (a common name is thousands of
      // hits, and word similarity is the costly part), and a household member's hit
      // ranks just below the same match on the case's own person.
      return Prisma.sql`named AS (${own(nameCondition("c", search.text), Prisma.sql`${NAME_EXPR("c")} AS name, 1::real AS weight`)}
          UNION ALL
          ${member(nameCondition("m", search.text), Prisma.sql`${NAME_EXPR("m")}, 0.99::real`)}),
        scored AS (SELECT name, ${nameScore(search.text, Prisma.sql`name`)} AS score FROM (SELECT DISTINCT name FROM named) names),
        hits AS (SELECT named."caseId", scored.score * named.weight AS score FROM named JOIN scored USING (name))`;
  }
}

export type ResolvedSort = "updated" | "number" | "name" | "relevance";

export function resolveSort(filter: CaseListFilter, search: CaseSearch | null): ResolvedSort {
  if (filter.sort === "relevance") return search?.kind === "name" ? "relevance" : "updated";
  return filter.sort ?? (search?.kind === "name" ? "relevance" : "updated");
}

const ORDER: Record<ResolvedSort, Prisma.Sql> = {
  updated: Prisma.sql`c."updatedAt" DESC, c.id DESC`,
  number: Prisma.sql`c."caseYear" DESC, c."caseSeq" DESC`,
  name: Prisma.sql`c."lastName" ASC, c."firstName" ASC, c.id ASC`,
  // On the hits alone, so that Postgres can sort them before it fetches their cases.
  relevance: Prisma.sql`h.score DESC, h."caseId" ASC`,
};

/** The same order on the page's rows. */
const PAGE_ORDER: Record<ResolvedSort, Prisma.Sql> = {
  updated: Prisma.sql`p."updatedAt" DESC, p.id DESC`,
  number: Prisma.sql`p."caseYear" DESC, p."caseSeq" DESC`,
  name: Prisma.sql`p."lastName" ASC, p."firstName" ASC, p.id ASC`,
  relevance: Prisma.sql`p.score DESC, p.id ASC`,
};

function keysetSql(sort: ResolvedSort, cursor: Cursor | null): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  const [a, b, c3] = cursor;
  switch (sort) {
    case "updated":
      return typeof a === "string" && typeof b === "string" && !Number.isNaN(Date.parse(a))
        ? Prisma.sql`(c."updatedAt", c.id) < (${utc(new Date(a))}, ${b})`
        : Prisma.sql`TRUE`;
    case "number":
      return typeof a === "number" && typeof b === "number" ? Prisma.sql`(c."caseYear", c."caseSeq") < (${a}::int, ${b}::int)` : Prisma.sql`TRUE`;
    case "name":
      return typeof a === "string" && typeof b === "string" && typeof c3 === "string"
        ? Prisma.sql`(c."lastName", c."firstName", c.id) > (${a}, ${b}, ${c3})`
        : Prisma.sql`TRUE`;
    case "relevance":
      return typeof a === "number" && typeof b === "string" ? Prisma.sql`(h.score < ${a}::real OR (h.score = ${a}::real AND h."caseId" > ${b}))` : Prisma.sql`TRUE`;
  }
}

export type CaseListRow = {
  id: string;
  caseNumber: string;
  caseYear: number;
  caseSeq: number;
  firstName: string;
  lastName: string;
  birthDate: Date;
  status: CaseStatus;
  statusSince: Date;
  destinationCountry: string | null;
  updatedAt: Date;
  adviserName: string;
  teamName: string;
  isOverdue: boolean;
  score: number | null;
};

function cursorOf(sort: ResolvedSort, row: CaseListRow): Cursor {
  switch (sort) {
    case "updated":
      return [row.updatedAt.toISOString(), row.id];
    case "number":
      return [row.caseYear, row.caseSeq];
    case "name":
      return [row.lastName, row.firstName, row.id];
    case "relevance":
      return [row.score ?? 0, row.id];
  }
}

/**
 * The list's SQL for a user and a view: exported so the benchmark can run the
 * very same statement directly. Name searches collect hits from cases and
 * household members (see nameCondition).
 * Scope and filters apply to the hits (or to the cases, without a search);
 * then order and cut one page more.
 */
export function buildCaseListQuery(user: SessionUser, filter: CaseListFilter, now: Date = new Date()) {
  const today = officeToday(now);
  const search = filter.q ? classifySearch(filter.q, today) : null;
  const sort = resolveSort(filter, search);
  const conditions: Prisma.Sql[] = [caseScopeSql(user, now)];
  if (filter.status === "open") conditions.push(Prisma.sql`c.status <> 'CLOSED'`);
  else if (filter.status !== "all") conditions.push(Prisma.sql`c.status = ${filter.status}::"CaseStatus"`);
  if (filter.adviser) conditions.push(Prisma.sql`c."adviserId" = ${filter.adviser}`);
  if (filter.team) conditions.push(Prisma.sql`c."teamId" = ${filter.team}`);
  if (filter.country) conditions.push(Prisma.sql`c."destinationCountry" = ${filter.country}`);
  if (filter.from) conditions.push(Prisma.sql`c."openedAt" >= ${utc(startOfOfficeDay(filter.from))}`);
  if (filter.to) conditions.push(Prisma.sql`c."openedAt" < ${utc(endOfOfficeDay(filter.to))}`);
  if (filter.overdue) conditions.push(overdueSql("c", today));
  const filters = Prisma.join(conditions, " AND ");
  const keyset = keysetSql(sort, filter.after ? decodeCursor(filter.after) : null);

  // A search has applied the filters to its hits already; the list only pages through them.
  const hits = search
    ? Prisma.sql`WITH ${hitsSql(search, filters)},
        h AS MATERIALIZED (SELECT "caseId", max(score)::real AS score FROM hits GROUP BY "caseId")`
    : Prisma.empty;
  // In relevance order the page is known from the hits alone: the keyset cuts the hits and
  // only that page's cases are fetched. Other orders need the cases' columns to page.
  const pagesHits = search !== null && sort === "relevance";
  const pageOfHits = pagesHits ? Prisma.sql`(SELECT * FROM h WHERE ${keyset} ORDER BY ${ORDER.relevance} LIMIT ${CASE_PAGE_SIZE + 1}) h` : Prisma.sql`h`;
  const from = search ? Prisma.sql`${pageOfHits} JOIN "Case" c ON c.id = h."caseId"` : Prisma.sql`"Case" c`;
  const where = pagesHits ? Prisma.sql`TRUE` : search ? keyset : Prisma.sql`${filters} AND ${keyset}`;
  const score = search ? Prisma.sql`h.score` : Prisma.sql`NULL::real`;

  const query = Prisma.sql`${hits}
    SELECT p.*, a.name AS "adviserName", t.name AS "teamName", ${overdueSql("p", today)} AS "isOverdue"
    FROM (
      SELECT c.id, c."caseNumber", c."caseYear", c."caseSeq", c."firstName", c."lastName", c."birthDate", c.status::text AS status,
             c."statusSince", c."destinationCountry", c."updatedAt", c."adviserId", c."teamId", ${score} AS score
      FROM ${from}
      WHERE ${where}
      ORDER BY ${ORDER[sort]}
      LIMIT ${CASE_PAGE_SIZE + 1}
    ) p
    JOIN "User" a ON a.id = p."adviserId"
    JOIN "Team" t ON t.id = p."teamId"
    ORDER BY ${PAGE_ORDER[sort]}`;
  return { query, sort, search };
}

export type CaseListPage = { rows: CaseListRow[]; nextCursor: string | null; sort: ResolvedSort; search: CaseSearch | null };

/**
 * The case list: search, filters, sort and keyset pagination, all from the
 * URL. Audited once per page as "case.list" with the view, not per row.
 */
export async function listCases(filter: CaseListFilter): Promise<CaseListPage> {
  const user = await authorize("case.read");
  const { query, sort, search } = buildCaseListQuery(user, filter);
  const db = getDb();
  const found = await db.$queryRaw<CaseListRow[]>(query);
  // The view, without the search text itself (a name or an identity number): only what kind of search it was.
  await recordAudit(db, auditActor(user), {
    action: "case.list",
    reason: JSON.stringify({ ...filter, q: search ? `[${search.kind}]` : undefined, count: Math.min(found.length, CASE_PAGE_SIZE) }),
  });
  const rows = found.slice(0, CASE_PAGE_SIZE);
  const last = rows.at(-1);
  return { rows, nextCursor: found.length > CASE_PAGE_SIZE && last ? encodeCursor(cursorOf(sort, last)) : null, sort, search };
}

/** Choices for the list's filters: the advisers of the user's team and the teams. */
export async function listCaseFilterOptions() {
  const user = await authorize("case.read");
  const db = getDb();
  const [advisers, teams] = await Promise.all([
    user.teamId
      ? db.user.findMany({ where: { teamId: user.teamId, role: "ADVISER" }, select: { id: true, name: true }, orderBy: { name: "asc" } })
      : Promise.resolve([]),
    db.team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { advisers, teams };
}

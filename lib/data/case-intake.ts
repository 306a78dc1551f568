import "server-only";
import { getDb } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { caseScopeSql } from "@/lib/data/scope";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { officeToday } from "@/lib/dates";
import { formatCaseNumber } from "@/lib/cases/case-number";
import { hasConfirmedAll, matchKind, NAME_SIMILARITY_THRESHOLD, rankDuplicates, type DuplicateMatchKind } from "@/lib/cases/duplicates";
import { isOpenStatus } from "@/lib/cases/status-machine";
import { type CaseForm, type DuplicateSearch } from "@/lib/schemas/case";
import { redactPersonal, toCaseData } from "@/lib/data/case-fields";
import { dbDateOrNull, isoOfDbDateOrNull } from "@/lib/dates";
import { CASE_FORM_FIELDS } from "@/lib/schemas/form-constants";

// Intake: a new case, after the duplicate search has shown every person the
// office may already know.

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
      /** Null while the case waits in the intake queue. */
      adviserName: string | null;
    }
  | {
      // Outside the adviser's scope: "a case exists — its team: X; ask them", nothing more.
      // No number, status or kind of match, so the search is no office-wide oracle about the person.
      isInScope: false;
      caseId: string;
      isIdentityMatch: boolean;
      isOpen: boolean;
      /** A person with protected personal data (issue 13): not even the team is shown, only "contact your manager"; teamName is empty. */
      isProtected: boolean;
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
  adviserName: string | null;
  matchedPerson: "CASE" | "MEMBER";
  isIdentityMatch: boolean;
  nameSimilarity: number;
  inScope: boolean;
  isProtected: boolean;
};

async function findDuplicateRows(user: SignedInUser, input: DuplicateSearch): Promise<DuplicateSqlRow[]> {
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
           (${caseScopeSql(user)}) AS "inScope", c."protectedIdentity" IS NOT NULL AS "isProtected"
    FROM hits h
    JOIN "Case" c ON c.id = h."caseId"
    JOIN "Team" t ON t.id = c."teamId"
    LEFT JOIN "User" a ON a.id = c."adviserId"`;
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
  // The identity match counts for the case's own person only (as in identityConflict), not a household member.
  // A protected person shows as "contact your manager" to everyone, their own adviser included: the intake screen is often seen by others.
  if (!row.inScope || row.isProtected) {
    return {
      isInScope: false,
      caseId: row.caseId,
      isIdentityMatch: row.isIdentityMatch && row.matchedPerson === "CASE",
      isOpen: isOpenStatus(row.status),
      isProtected: row.isProtected,
      teamName: row.isProtected ? "" : row.teamName,
    };
  }
  return {
    ...common,
    isInScope: true,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: isoOfDbDateOrNull(row.birthDate)!,
    adviserName: row.adviserName,
  };
}

async function duplicateCandidates(user: SignedInUser, input: DuplicateSearch): Promise<DuplicateCandidate[]> {
  const rows = await findDuplicateRows(user, input);
  return rankDuplicates(rows.map((row) => ({ ...row, isOpen: isOpenStatus(row.status) }))).map(toCandidate);
}

/**
 * The search before intake: cases whose person or household member has the
 * same identity number, or the same birth date and a similar name. The whole
 * office is searched, since a duplicate in another team is still a duplicate;
 * cases outside the adviser's scope show only their number, status and team.
 */
export async function searchForDuplicates(input: DuplicateSearch): Promise<DuplicateCandidate[] | "throttled"> {
  const user = await authorize("case.create");
  return auditedLookup(user, input);
}

/** Lookups per adviser per hour; an intake takes two (search, then create). Counted in the audit table. */
export const DUPLICATE_LOOKUPS_PER_HOUR = 60;

/**
 * Every duplicate lookup is audited and throttled, counted in the database
 * (the audit rows of the last hour), so that the office-wide search cannot be
 * looped to learn who is known where, on any instance.
 */
async function auditedLookup(user: SignedInUser, input: DuplicateSearch): Promise<DuplicateCandidate[] | "throttled"> {
  const db = getDb();
  const recent = await db.auditEvent.count({ where: { userId: user.id, action: "case.duplicateSearch", at: { gte: new Date(Date.now() - 60 * 60 * 1000) } } });
  if (recent >= DUPLICATE_LOOKUPS_PER_HOUR) {
    await recordAudit(db, auditActor(user), { action: "case.duplicateSearch.throttled" });
    return "throttled";
  }
  const candidates = await duplicateCandidates(user, input);
  await recordAudit(db, auditActor(user), {
    action: "case.duplicateSearch",
    reason: JSON.stringify({ found: candidates.map((candidate) => (candidate.isInScope ? candidate.caseNumber : candidate.isProtected ? `protected:${candidate.caseId}` : `team:${candidate.teamName}`)) }),
  });
  return candidates;
}

/**
 * An identity number already on a case leaves no box to tick: intake leads to
 * that case (open), offers to reopen it (closed, in scope), or sends the
 * adviser to its team or their manager (out of scope).
 */
function identityConflict(candidates: DuplicateCandidate[]): "identityOnOpenCase" | "identityOnClosedCase" | "identityOutOfScope" | null {
  const sameIdentity = candidates.filter((candidate) => (candidate.isInScope ? candidate.matchKind === "identityNumber" && candidate.matchedPerson === "CASE" : candidate.isIdentityMatch));
  if (sameIdentity.some((candidate) => !candidate.isInScope)) return "identityOutOfScope";
  if (sameIdentity.some((candidate) => candidate.isInScope && isOpenStatus(candidate.status))) return "identityOnOpenCase";
  if (sameIdentity.length) return "identityOnClosedCase";
  return null;
}

// ──────────────────────────────── Intake ────────────────────────────────

export type CreateCaseResult =
  | { ok: true; caseId: string; caseNumber: string }
  | { ok: false; error: "duplicatesNotConfirmed"; candidates: DuplicateCandidate[] }
  | { ok: false; error: "identityOnOpenCase" | "identityOnClosedCase" | "identityOutOfScope"; candidates: DuplicateCandidate[] }
  | { ok: false; error: "noTeam" | "throttled" };

/**
 * Opens a case for the current adviser and their team. Possible duplicates
 * are searched again here, whatever the form showed: every candidate must
 * have been confirmed as a different person. The number comes from the
 * year's counter, incremented under its row lock in the same transaction, so
 * numbers are gap-free: a failed intake rolls its number back.
 */
export async function createCase(input: CaseForm, options: { confirmedCaseIds: string[]; toQueue?: boolean }): Promise<CreateCaseResult> {
  const user = await authorize("case.create");
  const teamId = user.teamId;
  if (!teamId) return { ok: false, error: "noTeam" };
  const candidates = await auditedLookup(user, input);
  if (candidates === "throttled") return { ok: false, error: "throttled" };
  const conflict = identityConflict(candidates);
  if (conflict) {
    await recordAudit(getDb(), auditActor(user), { action: "case.create.refused", reason: conflict });
    return { ok: false, error: conflict, candidates };
  }
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
      // Registered for the team's intake queue (docs/decisions/023), the case has no adviser until a manager assigns it.
      data: { ...toCaseData(input), caseNumber, caseYear: year, caseSeq, adviserId: options.toQueue ? null : user.id, queuedAt: options.toQueue ? new Date() : null, teamId, status: "INTAKE" },
      select: { id: true },
    });
    await tx.caseStatusChange.create({
      data: { caseId: created.id, fromStatus: null, toStatus: "INTAKE", effectiveOn: dbDateOrNull(today)!, reason: "", changedById: user.id },
      select: { id: true },
    });
    const personal: Record<string, [unknown, unknown]> = {};
    for (const key of CASE_FORM_FIELDS) personal[key] = [null, input[key]];
    const changes = { caseNumber: [null, caseNumber], adviserId: [null, options.toQueue ? null : user.id], teamId: [null, teamId], ...redactPersonal(personal) } satisfies Record<string, [unknown, unknown]>;
    await recordAudit(tx, auditActor(user), {
      action: "case.create",
      resourceType: "Case",
      resourceId: created.id,
      caseId: created.id,
      changes,
      ...(candidates.length ? { reason: `confirmed not a duplicate of ${candidates.map((c) => (c.isInScope ? c.caseNumber : c.isProtected ? "a protected case" : `a case of team ${c.teamName}`)).join(", ")}` } : {}),
    });
    return { ok: true, caseId: created.id, caseNumber } as const;
  });
}

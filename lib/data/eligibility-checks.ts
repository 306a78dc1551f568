import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { recordAudit, auditActor, recordCaseAudit } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { findCaseInScope, markCaseEntry, writeOnOpenCaseAs } from "@/lib/data/casework-scope";
import { viaCase } from "@/lib/data/scope";
import { officeToday } from "@/lib/dates";
import { checkEligibility, type EligibilityInput, type EligibilityResult, type HouseholdMember, type MemberRole, type Permit } from "@/lib/eligibility";
import { resultsNearRuleChange } from "@/lib/eligibility-form";
import { parseEligibilityInput, type EligibilityIssue } from "@/lib/schemas/eligibility";
import { dbDate, isoOfDbDate } from "@/lib/dates";

// Eligibility checks: the what-if calculation (no person, nothing stored), a check
// pre-filled from a case, and saved checks. A saved check keeps the exact input, the rule
// set id and the result as computed on the server when it was saved; it is always shown
// from that stored result, never recomputed, so a 2025 check still reads as it did.


export type EligibilityCalculation = { results: EligibilityResult[]; ruleChangeOn: string | null };

/**
 * The what-if calculator: the result under the rules in force on the application date, and
 * under the other rules too when a change is near. There is no person behind the input, so
 * nothing is read, stored or audited.
 */
export async function calculateEligibility(input: EligibilityInput): Promise<EligibilityCalculation> {
  await authorize("eligibility.calculate");
  return resultsNearRuleChange(input);
}

/**
 * A case's check before it is saved: the one result that saving would store (rules in
 * force on the application date), and the day the rules change when that is near.
 * Computed only; the case is read when the check is saved.
 */
export async function previewEligibilityCheck(input: EligibilityInput): Promise<EligibilityCalculation> {
  await authorize("eligibility.save");
  return { results: [checkEligibility(input)], ruleChangeOn: resultsNearRuleChange(input).ruleChangeOn };
}

// ───────────────────────────── Pre-filling from a case ─────────────────────────────

export type EligibilityPrefill = {
  caseId: string;
  caseNumber: string;
  /**
   * The engine's input as far as the case knows it. Not necessarily valid: a missing
   * destination is "" and a permit without a grant date has grantedOn "", for the adviser
   * to fill in.
   */
  input: EligibilityInput;
  /** First names, in the order of input.members, to tell the rows apart. */
  memberLabels: string[];
  /** Travel cost and the yes/no facts the case does not hold came from the latest saved check. */
  isFromEarlierCheck: boolean;
};

type PersonRow = {
  birthDate: Date;
  citizenships: string[];
  permitGround: Permit["ground"] | null;
  permitPermanent: boolean | null;
  permitGrantedOn: Date | null;
};

function permitOf(person: PersonRow): Permit | null {
  if (person.permitGround === null) return null;
  return {
    ground: person.permitGround,
    permanent: person.permitPermanent ?? false,
    grantedOn: person.permitGrantedOn ? isoOfDbDate(person.permitGrantedOn) : "",
  };
}

function memberOf(person: PersonRow, role: MemberRole, livesWithApplicant: boolean): HouseholdMember {
  return { role, birthDate: isoOfDbDate(person.birthDate), citizenships: person.citizenships, permit: permitOf(person), livesWithApplicant };
}

/** The facts a case does not hold, as the latest saved check had them. */
function earlierFacts(input: unknown): Pick<EligibilityInput, "hasDebtsToCsnOrKronofogden" | "canPayOwnTravel" | "hadGrantBefore" | "travelCostSek"> | null {
  if (typeof input !== "object" || input === null) return null;
  const stored = input as Partial<EligibilityInput>;
  if (typeof stored.travelCostSek !== "number") return null;
  return {
    hasDebtsToCsnOrKronofogden: stored.hasDebtsToCsnOrKronofogden === true,
    canPayOwnTravel: stored.canPayOwnTravel === true,
    hadGrantBefore: stored.hadGrantBefore === true,
    travelCostSek: stored.travelCostSek,
  };
}

/**
 * A new check's input from the case: the person and household with their birth dates,
 * citizenships and permits, the destination and registration, and today's date in
 * Stockholm as the application date. Null when the case is outside the adviser's scope or
 * closed (a closed case takes no new entries).
 */
export async function prefillFromCase(caseId: string): Promise<EligibilityPrefill | null> {
  const user = await authorize("eligibility.save");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: {
      id: true,
      caseNumber: true,
      firstName: true,
      birthDate: true,
      citizenships: true,
      countryOfOrigin: true,
      isRegisteredInSweden: true,
      permitGround: true,
      permitPermanent: true,
      permitGrantedOn: true,
      destinationCountry: true,
      destinationIsHomeCountry: true,
      householdMembers: {
        select: {
          relation: true,
          firstName: true,
          birthDate: true,
          citizenships: true,
          permitGround: true,
          permitPermanent: true,
          permitGrantedOn: true,
          livesWithApplicant: true,
        },
        // Spouse, children (eldest first), others: the order the form lists them in.
        orderBy: [{ relation: "asc" }, { birthDate: "asc" }, { id: "asc" }],
      },
      eligibilityChecks: { select: { input: true }, orderBy: { createdAt: "desc" }, take: 1 },
    }, openOnly: true });
  if (!found) return null;
  await recordCaseAudit(db, user, caseId, { action: "eligibility.prefill" });

  const earlier = earlierFacts(found.eligibilityChecks[0]?.input);
  const input: EligibilityInput = {
    applicationDate: officeToday(),
    destination: {
      // With no destination recorded, the likeliest one is the country of origin.
      country: found.destinationCountry ?? found.countryOfOrigin ?? "",
      isHomeCountry: found.destinationCountry ? found.destinationIsHomeCountry : true,
    },
    registeredInSweden: found.isRegisteredInSweden,
    hasDebtsToCsnOrKronofogden: earlier?.hasDebtsToCsnOrKronofogden ?? false,
    canPayOwnTravel: earlier?.canPayOwnTravel ?? false,
    hadGrantBefore: earlier?.hadGrantBefore ?? false,
    travelCostSek: earlier?.travelCostSek ?? 0,
    members: [
      memberOf(found, "APPLICANT", true),
      ...found.householdMembers.map((member) => memberOf(member, member.relation, member.livesWithApplicant)),
    ],
  };
  return {
    caseId: found.id,
    caseNumber: found.caseNumber,
    input,
    memberLabels: [found.firstName, ...found.householdMembers.map((member) => member.firstName)],
    isFromEarlierCheck: earlier !== null,
  };
}

// ───────────────────────────── Saving ─────────────────────────────

export type SaveEligibilityCheckResult =
  | { ok: true; checkId: string; result: EligibilityResult }
  | { ok: false; error: "invalid"; issues: EligibilityIssue[] }
  | { ok: false; error: "notFound" | "caseClosed" };

/**
 * Saves a check on a case. The input is validated again and the result computed here with
 * the engine, whatever a browser may have sent along; input, rule set id and result are
 * stored together, audited in the same transaction, and the case's last entry moves. A
 * closed case takes no new check.
 */
export async function saveEligibilityCheck(caseId: string, input: unknown): Promise<SaveEligibilityCheckResult> {
  const user = await authorize("eligibility.save");
  const parsed = parseEligibilityInput(input, user.locale === "en" ? "en" : "sv");
  if (!parsed.success) return { ok: false, error: "invalid", issues: parsed.issues };
  const result = checkEligibility(parsed.data);
  return writeOnOpenCaseAs(user, caseId, async (tx) => {
    const check = await tx.eligibilityCheck.create({
      data: {
        caseId,
        ruleSetId: result.ruleSet.id,
        applicationDate: dbDate(parsed.data.applicationDate),
        input: parsed.data as unknown as Prisma.InputJsonValue,
        result: result as unknown as Prisma.InputJsonValue,
        outcome: result.outcome,
        totalSek: result.totalSek,
        createdById: user.id,
          },
      select: { id: true },
    });
    await markCaseEntry(tx, caseId);
    // The outcome and amounts are about the person: the trail says a check was saved, and
    // under which rules, but not what it found.
    await recordAudit(tx, auditActor(user), {
      action: "eligibility.save",
      resourceType: "EligibilityCheck",
      resourceId: check.id,
      caseId,
      changes: { ruleSetId: [null, result.ruleSet.id] },
    });
    return { ok: true, checkId: check.id, result } as const;
  });
}

// ───────────────────────────── Reading saved checks ─────────────────────────────

export type EligibilityCheckSummary = {
  id: string;
  createdAt: Date;
  applicationDate: string;
  ruleSetId: string;
  ruleSetTitle: { sv: string; en: string };
  outcome: EligibilityResult["outcome"];
  totalSek: number;
  createdByName: string | null;
};

async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await getDb().user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

function ruleSetTitleOf(result: unknown, fallback: string): { sv: string; en: string } {
  const ruleSet = (result as Partial<EligibilityResult> | null)?.ruleSet;
  const sv = typeof ruleSet?.title === "string" ? ruleSet.title : fallback;
  return { sv, en: typeof ruleSet?.titleEn === "string" ? ruleSet.titleEn : sv };
}

export type EligibilityCheckList = {
  case: { id: string; caseNumber: string; status: CaseStatus };
  checks: EligibilityCheckSummary[];
};

/** The checks saved on a case, newest first; null when the case is outside the user's scope. */
export async function listEligibilityChecks(caseId: string): Promise<EligibilityCheckList | null> {
  const user = await authorize("case.read");
  const db = getDb();
  const found = await findCaseInScope(db, user, caseId, { select: {
      id: true,
      caseNumber: true,
      status: true,
      eligibilityChecks: {
        select: { id: true, createdAt: true, applicationDate: true, ruleSetId: true, outcome: true, totalSek: true, createdById: true, result: true },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      },
    } });
  if (!found) return null;
  await recordCaseAudit(db, user, caseId, { action: "eligibility.list" });
  const names = await userNames(found.eligibilityChecks.map((check) => check.createdById));
  const checks = found.eligibilityChecks.map((check) => ({
    id: check.id,
    createdAt: check.createdAt,
    applicationDate: isoOfDbDate(check.applicationDate),
    ruleSetId: check.ruleSetId,
    ruleSetTitle: ruleSetTitleOf(check.result, check.ruleSetId),
    outcome: check.outcome as EligibilityResult["outcome"],
    totalSek: check.totalSek,
    createdByName: check.createdById ? (names.get(check.createdById) ?? null) : null,
  }));
  return { case: { id: found.id, caseNumber: found.caseNumber, status: found.status }, checks };
}

export type EligibilityCheckDetail = {
  id: string;
  caseId: string;
  caseNumber: string;
  ruleSetId: string;
  applicationDate: string;
  createdAt: Date;
  createdByName: string | null;
  /** Exactly as stored. */
  input: EligibilityInput;
  /** Exactly as stored: computed when the check was saved, never again. */
  result: EligibilityResult;
  /**
   * First names for input.members where the case's household still has a person of that
   * role and birth date; null where it does not (the row was adjusted or the person removed).
   */
  memberFirstNames: (string | null)[];
};

type HouseholdPerson = { relation: string; firstName: string; birthDate: Date };

/** Matches stored rows to today's household by role and birth date, each person at most once. */
function firstNamesFor(input: EligibilityInput, applicant: { firstName: string; birthDate: Date }, household: HouseholdPerson[]): (string | null)[] {
  const unused = [...household];
  return (Array.isArray(input.members) ? input.members : []).map((member) => {
    if (member.role === "APPLICANT") return member.birthDate === isoOfDbDate(applicant.birthDate) ? applicant.firstName : null;
    const index = unused.findIndex((person) => person.relation === member.role && isoOfDbDate(person.birthDate) === member.birthDate);
    if (index < 0) return null;
    const [person] = unused.splice(index, 1);
    return person?.firstName ?? null;
  });
}

/**
 * One saved check in the user's scope, with the case number and first names for display;
 * null when missing or out of scope. Audited as a read, or as a print for the summary.
 */
export async function getEligibilityCheck(checkId: string, purpose: "view" | "print" = "view"): Promise<EligibilityCheckDetail | null> {
  const user = await authorize("case.read");
  const db = getDb();
  const check = await db.eligibilityCheck.findFirst({
    where: { id: checkId, ...viaCase(user) },
    select: {
      id: true,
      caseId: true,
      ruleSetId: true,
      applicationDate: true,
      input: true,
      result: true,
      createdById: true,
      createdAt: true,
      case: {
        select: {
          caseNumber: true,
          firstName: true,
          birthDate: true,
          householdMembers: { select: { relation: true, firstName: true, birthDate: true }, orderBy: [{ birthDate: "asc" }, { id: "asc" }] },
        },
      },
    },
  });
  if (!check) return null;
  await recordAudit(db, auditActor(user), {
    action: purpose === "print" ? "eligibility.print" : "eligibility.read",
    resourceType: "EligibilityCheck",
    resourceId: check.id,
    caseId: check.caseId,
  });
  const names = await userNames([check.createdById]);
  const input = check.input as unknown as EligibilityInput;
  return {
    id: check.id,
    caseId: check.caseId,
    caseNumber: check.case.caseNumber,
    ruleSetId: check.ruleSetId,
    applicationDate: isoOfDbDate(check.applicationDate),
    createdAt: check.createdAt,
    createdByName: check.createdById ? (names.get(check.createdById) ?? null) : null,
    input,
    result: check.result as unknown as EligibilityResult,
    memberFirstNames: firstNamesFor(input, check.case, check.case.householdMembers),
  };
}

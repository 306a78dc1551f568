import "server-only";
import { getDb, type Db } from "@/lib/db";
import { numberedFileName } from "@/lib/retention/file-names";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { recordDenial } from "@/lib/data/denials";
import { findCaseInScope, WRITE_SCOPE } from "@/lib/data/casework-scope";
import { CASE_FIELDS_SELECT, MEMBER_SELECT } from "@/lib/data/case-fields";
import { isoOfDbDate, isoOfDbDateOrNull } from "@/lib/dates";
import type { PersonExtract } from "@/lib/retention/extract-content";

// A person's own data (GDPR art. 15, registerutdrag): everything the office
// holds about one person — the case's main person or one household member.
// Journal entries carry a member mark (JournalEntry.householdMemberId): the
// main person's extract holds the entries without one, a member's extract
// only the entries about that member; entries about the others are left out.
// Case-level records (status, plan, referrals and decisions, eligibility
// checks, the documents list, who opened the case) concern the whole
// household and go into both. Made only by the case's own advisers (the
// write scope: an emergency grant gives a look, not an extract); a request
// for a case or member outside it is refused and audited, and making one is
// audited on the case, so it shows on the case's timeline.

export type ExtractRequest = { caseId: string; memberId: string | null; includeFiles: boolean };
export type ExtractFile = { name: string; content: Uint8Array; mimeType: string };
export type ExtractResult = { ok: true; extract: PersonExtract; files: ExtractFile[] } | { ok: false; error: "notFound" };

export async function getPersonExtract({ caseId, memberId, includeFiles }: ExtractRequest): Promise<ExtractResult> {
  const user = await authorize("case.extract");
  const db = getDb();
  const inScope = await findCaseInScope(db, user, caseId, WRITE_SCOPE);
  const member = inScope && memberId ? await db.householdMember.findFirst({ where: { id: memberId, caseId }, select: { id: true } }) : null;
  if (!inScope || (memberId && !member)) {
    await recordDenial(user, { action: "access.denied", reason: "case.extract.notInScope", resourceType: memberId ? "HouseholdMember" : "Case", resourceId: memberId ?? caseId });
    return { ok: false, error: "notFound" };
  }
  const { extract, files } = await collectCaseRecord(db, caseId, { memberId }, includeFiles);
  await recordAudit(db, auditActor(user), {
    action: "case.extract",
    resourceType: memberId ? "HouseholdMember" : "Case",
    resourceId: memberId ?? caseId,
    caseId,
    changes: { subject: [null, extract.subject], includeFiles: [null, includeFiles], journalEntries: [null, extract.journal.length] },
  });
  return { ok: true, extract, files };
}

/** Whose record: one person (the main person when memberId is null), or the whole case for the archive. */
export type RecordSubject = { memberId: string | null } | "wholeCase";

/**
 * Everything held on a case, seen from one person or whole. For data
 * functions that have already checked the user's right to it; not audited here.
 */
export async function collectCaseRecord(db: Db, caseId: string, whose: RecordSubject, includeFiles: boolean): Promise<{ extract: PersonExtract; files: ExtractFile[] }> {
  const isWholeCase = whose === "wholeCase";
  const memberId = isWholeCase ? null : whose.memberId;
  const found = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      caseNumber: true,
      status: true,
      outcome: true,
      openedAt: true,
      closedAt: true,
      ...CASE_FIELDS_SELECT,
      adviser: { select: { name: true } },
      householdMembers: { orderBy: { createdAt: "asc" }, select: MEMBER_SELECT },
      statusChanges: { orderBy: { createdAt: "asc" }, select: { fromStatus: true, toStatus: true, effectiveOn: true, reason: true, outcome: true } },
      sessions: {
        orderBy: { startsAt: "asc" },
        select: { startsAt: true, durationMinutes: true, mode: true, topics: true, interpreterLanguage: true, participants: true, notes: true },
      },
      journalEntries: {
        where: isWholeCase ? {} : { householdMemberId: memberId },
        orderBy: { createdAt: "asc" },
        select: {
          kind: true,
          householdMemberId: true,
          text: true,
          signedAt: true,
          createdAt: true,
          version: true,
          versions: { orderBy: { version: "asc" }, select: { version: true, text: true, reason: true, createdAt: true } },
        },
      },
      planSteps: { orderBy: { kind: "asc" }, select: { kind: true, status: true, dueOn: true, note: true } },
      referrals: {
        orderBy: { createdAt: "asc" },
        select: {
          type: true,
          status: true,
          consentGivenOn: true,
          sentOn: true,
          decidedOn: true,
          decision: true,
          decisionAmountSek: true,
          agencyReference: true,
          note: true,
          organisation: { select: { name: true } },
          events: { orderBy: { createdAt: "asc" }, select: { toStatus: true, occurredOn: true, note: true } },
        },
      },
      eligibilityChecks: { orderBy: { createdAt: "asc" }, select: { createdAt: true, applicationDate: true, ruleSetId: true, outcome: true, totalSek: true, input: true } },
      followUps: {
        orderBy: { monthsAfterReturn: "asc" },
        select: { monthsAfterReturn: true, dueOn: true, completedOn: true, economicScore: true, socialScore: true, psychosocialScore: true, notes: true },
      },
      documents: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, description: true, createdAt: true, withdrawnAt: true, withdrawnReason: true },
      },
    },
  });

  const access = await db.$queryRaw<{ name: string | null; role: string | null; first: Date; last: Date; count: bigint }[]>`
    SELECT coalesce(u.name, a."userEmail") AS name, a.role::text AS role, min(a.at) AS first, max(a.at) AS last, count(*) AS count
    FROM "AuditEvent" a LEFT JOIN "User" u ON u.id = a."userId"
    WHERE a."caseId" = ${caseId} AND a."userId" IS NOT NULL
    GROUP BY coalesce(u.name, a."userEmail"), a.role
    ORDER BY max(a.at) DESC`;

  const isMainPerson = memberId === null;
  const householdMemberNames = new Map(found.householdMembers.map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
  const subject = isMainPerson ? null : found.householdMembers.find((m) => m.id === memberId)!;
  const extract: PersonExtract = {
    madeAt: new Date().toISOString(),
    caseNumber: found.caseNumber,
    subject: isWholeCase ? "wholeCase" : isMainPerson ? "mainPerson" : "householdMember",
    identity: subject
      ? {
          firstName: subject.firstName,
          lastName: subject.lastName,
          birthDate: isoOfDbDate(subject.birthDate),
          gender: subject.gender,
          identityNumber: subject.identityNumber,
          citizenships: subject.citizenships,
          relation: subject.relation,
          permitGround: subject.permitGround,
          permitPermanent: subject.permitPermanent,
          permitGrantedOn: isoOfDbDateOrNull(subject.permitGrantedOn),
          permitExpiresOn: isoOfDbDateOrNull(subject.permitExpiresOn),
          livesWithApplicant: subject.livesWithApplicant,
        }
      : {
          firstName: found.firstName,
          lastName: found.lastName,
          birthDate: isoOfDbDate(found.birthDate),
          gender: found.gender,
          identityNumber: found.identityNumber,
          citizenships: found.citizenships,
          countryOfOrigin: found.countryOfOrigin,
          languages: found.languages,
          interpreterLanguage: found.interpreterLanguage,
          phone: found.phone,
          email: found.email,
          address: found.address,
          isRegisteredInSweden: found.isRegisteredInSweden,
          permitGround: found.permitGround,
          permitPermanent: found.permitPermanent,
          permitGrantedOn: isoOfDbDateOrNull(found.permitGrantedOn),
          permitExpiresOn: isoOfDbDateOrNull(found.permitExpiresOn),
          asylumStatus: found.asylumStatus,
          destinationCountry: found.destinationCountry,
        },
    // The main person sees who is in their household; a member sees only their own place in it.
    household: isMainPerson
      ? found.householdMembers.map((m) => ({ relation: m.relation, firstName: m.firstName, lastName: m.lastName, birthDate: isoOfDbDate(m.birthDate) }))
      : [{ relation: subject!.relation, firstName: subject!.firstName, lastName: subject!.lastName, birthDate: isoOfDbDate(subject!.birthDate) }],
    case: {
      status: found.status,
      outcome: found.outcome,
      openedAt: found.openedAt.toISOString(),
      closedAt: found.closedAt?.toISOString() ?? null,
      adviser: found.adviser?.name ?? null,
      statusChanges: found.statusChanges.map((s) => ({ ...s, effectiveOn: isoOfDbDate(s.effectiveOn) })),
    },
    // A session's own notes field is written about the case's person; a member gets the meetings, not those notes.
    sessions: found.sessions.map((s) => ({
      startsAt: s.startsAt.toISOString(),
      durationMinutes: s.durationMinutes,
      mode: s.mode,
      topics: s.topics,
      interpreterLanguage: s.interpreterLanguage,
      participants: isMainPerson ? s.participants : null,
      notes: isMainPerson ? s.notes : null,
    })),
    journal: found.journalEntries.map((e) => ({
      kind: e.kind,
      about: isWholeCase && e.householdMemberId ? (householdMemberNames.get(e.householdMemberId) ?? null) : null,
      createdAt: e.createdAt.toISOString(),
      signedAt: e.signedAt?.toISOString() ?? null,
      text: e.text,
      version: e.version,
      versions: e.versions.map((v) => ({ version: v.version, text: v.text, reason: v.reason, createdAt: v.createdAt.toISOString() })),
    })),
    plan: found.planSteps.map((p) => ({ kind: p.kind, status: p.status, dueOn: isoOfDbDateOrNull(p.dueOn), note: p.note })),
    referrals: found.referrals.map((r) => ({
      type: r.type,
      organisation: r.organisation.name,
      status: r.status,
      consentGivenOn: isoOfDbDateOrNull(r.consentGivenOn),
      sentOn: isoOfDbDateOrNull(r.sentOn),
      decidedOn: isoOfDbDateOrNull(r.decidedOn),
      decision: r.decision,
      decisionAmountSek: r.decisionAmountSek,
      agencyReference: r.agencyReference,
      note: r.note,
      events: r.events.map((ev) => ({ toStatus: ev.toStatus, occurredOn: isoOfDbDate(ev.occurredOn), note: ev.note })),
    })),
    eligibilityChecks: found.eligibilityChecks.map((c) => ({
      madeAt: c.createdAt.toISOString(),
      applicationDate: isoOfDbDate(c.applicationDate),
      ruleSetId: c.ruleSetId,
      outcome: c.outcome,
      totalSek: c.totalSek,
      input: c.input,
    })),
    followUps: found.followUps.map((f) => ({
      monthsAfterReturn: f.monthsAfterReturn,
      dueOn: isoOfDbDate(f.dueOn),
      completedOn: isoOfDbDateOrNull(f.completedOn),
      scores: { economic: f.economicScore, social: f.socialScore, psychosocial: f.psychosocialScore },
      notes: isMainPerson ? f.notes : null,
    })),
    documents: found.documents.map((d) => ({
      fileName: d.fileName,
      mimeType: d.mimeType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      description: d.description,
      addedAt: d.createdAt.toISOString(),
      withdrawnAt: d.withdrawnAt?.toISOString() ?? null,
      withdrawnReason: d.withdrawnReason,
      includedInZip: includeFiles,
    })),
    access: access.map((a) => ({ name: a.name, role: a.role, first: a.first.toISOString(), last: a.last.toISOString(), count: Number(a.count) })),
  };

  const files: ExtractFile[] = [];
  if (includeFiles) {
    const contents = await db.document.findMany({ where: { caseId }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, mimeType: true, content: true } });
    contents.forEach((d, index) => files.push({ name: numberedFileName(index, d.fileName), content: new Uint8Array(d.content), mimeType: d.mimeType }));
  }

  return { extract, files };
}

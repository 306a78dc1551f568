import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoOfDbDate, officeToday } from "@/lib/dates";
import { ageBand, ageOn } from "@/lib/retention/rules";
import { processingIntervalsOfCase } from "@/lib/data/figures";

// The anonymous statistics record a case leaves when retention removes it
// (RetainedCaseStatistics and its RetainedCaseEvent rows): the facts the
// statistics count, and nothing that names or describes the person — no
// name, birth date (an age band instead), identity number, contact, address,
// free text or document. The figures (lib/data/figures.ts) read these beside
// the live cases, so a past year's figures do not move when its cases are
// removed: the events are the dated facts those definitions count, and the
// processing-time intervals come from the figures' own definitions.

const DAY_MS = 24 * 3600_000;
const daysBetween = (from: Date | null | undefined, to: Date | null | undefined) =>
  from && to ? Math.max(0, Math.round((to.getTime() - from.getTime()) / DAY_MS)) : null;

/** Grants: the referral types whose decision is a grant decision. */
const GRANT_TYPES = new Set(["RETURN_GRANT_APPLICATION", "REESTABLISHMENT_SUPPORT"]);

/** Writes the record inside the removal's transaction, before the case's rows go. */
export async function buildRetainedStatistics(tx: Prisma.TransactionClient, caseId: string, runId: string | null): Promise<void> {
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      teamId: true,
      adviserId: true,
      caseYear: true,
      openedAt: true,
      closedAt: true,
      status: true,
      outcome: true,
      destinationCountry: true,
      citizenships: true,
      countryOfOrigin: true,
      birthDate: true,
      _count: { select: { householdMembers: true } },
      // Only changes that still stand count in the figures (lib/data/figures.ts): not undone, not an undo.
      statusChanges: { where: { undoesId: null, undoneBy: { is: null } }, select: { toStatus: true, effectiveOn: true, outcome: true } },
      referrals: { select: { type: true, sentOn: true, decidedOn: true, decision: true, decisionAmountSek: true } },
      followUps: {
        where: { completedOn: { not: null } },
        select: { completedOn: true, monthsAfterReturn: true, economicScore: true, socialScore: true, psychosocialScore: true },
      },
    },
  });

  const sent = found.referrals.map((r) => r.sentOn).filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime());
  const decided = found.referrals.filter((r) => r.decision !== null && r.decidedOn !== null).sort((a, b) => a.decidedOn!.getTime() - b.decidedOn!.getTime());
  const grants = decided.filter((r) => GRANT_TYPES.has(r.type));
  const lastGrant = grants.at(-1);
  const openedDay = officeToday(found.openedAt);
  const intervals = await processingIntervalsOfCase(caseId, tx);

  await tx.retainedCaseStatistics.create({
    data: {
      caseId,
      runId,
      teamId: found.teamId,
      adviserId: found.adviserId,
      caseYear: found.caseYear,
      openedAt: found.openedAt,
      closedAt: found.closedAt,
      status: found.status,
      outcome: found.outcome,
      destinationCountry: found.destinationCountry,
      nationality: found.citizenships[0] ?? null,
      countryOfOrigin: found.countryOfOrigin,
      ageBand: ageBand(ageOn(isoOfDbDate(found.birthDate), openedDay)),
      householdSize: 1 + found._count.householdMembers,
      grantDecision: lastGrant?.decision ?? null,
      grantAmountSek: grants.some((r) => r.decisionAmountSek !== null) ? grants.reduce((sum, r) => sum + (r.decisionAmountSek ?? 0), 0) : null,
      daysToReferral: daysBetween(found.openedAt, sent[0]),
      daysToDecision: daysBetween(sent[0], decided[0]?.decidedOn),
      daysOpen: daysBetween(found.openedAt, found.closedAt),
      events: {
        create: [
          ...found.statusChanges.map((s) => ({ kind: "STATUS_CHANGE" as const, occurredOn: s.effectiveOn, toStatus: s.toStatus, outcome: s.outcome })),
          ...decided.map((r) => ({ kind: "REFERRAL_DECISION" as const, occurredOn: r.decidedOn!, decision: r.decision, amountSek: r.decisionAmountSek })),
          ...intervals.map((i) => ({ kind: "PROCESSING_TIME" as const, occurredOn: i.endsOn, measure: i.measure, days: i.days })),
          ...found.followUps.map((f) => ({
            kind: "FOLLOW_UP" as const,
            occurredOn: f.completedOn!,
            monthsAfterReturn: f.monthsAfterReturn,
            economicScore: f.economicScore,
            socialScore: f.socialScore,
            psychosocialScore: f.psychosocialScore,
          })),
        ],
      },
    },
    select: { id: true },
  });
}

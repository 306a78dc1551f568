// Referrals for test and demo cases: the application for the return grant
// that a case's stages imply (drafted, sent, received, decided or withdrawn),
// reception and reintegration partners around departure, and where a closed
// case was sent instead. Each referral comes with one event per status step.
import type { ReferralDecision, ReferralStatus, ReferralType } from "../generated/prisma/enums";
import type { BuildContext } from "./context";
import { stageStartOf, type CasePlan, type OpenStatus } from "./case-plan";
import { dateOfDay, dayOf, type DayLike } from "./days";
import type { GrantCheck } from "./eligibility";
import type { ReferralEventRow, ReferralRow } from "./rows";

type ReferralStep = { status: ReferralStatus; day: number };

type ReferralContext = { caseId: string; adviserId: string; referrals: ReferralRow[]; referralEvents: ReferralEventRow[] };

/** The referrals of a planned case and their events; none without organisations to refer to. */
export function referralsForCase(
  ctx: BuildContext,
  input: { plan: CasePlan; caseId: string; lastOpenStage: OpenStatus; grantCheck: GrantCheck | null; destinationIsHomeCountry: boolean },
): { referrals: ReferralRow[]; referralEvents: ReferralEventRow[] } {
  const { rng, today, organisations } = ctx;
  const { plan, caseId, lastOpenStage, grantCheck, destinationIsHomeCountry } = input;
  const { country, profile, stageStarts, adviserId } = plan;
  const openedDay = stageStarts[0] as number;
  const isOpen = plan.status !== "CLOSED";
  const planningDay = stageStartOf(plan, "PLANNING");
  const referrals: ReferralRow[] = [];
  const referralEvents: ReferralEventRow[] = [];
  const referralContext: ReferralContext = { caseId, adviserId, referrals, referralEvents };
  const referredDay = stageStartOf(plan, "REFERRED");
  if (organisations) {
    if (referredDay !== null) {
      const draftDay = Math.max(planningDay ?? referredDay, referredDay - rng.int(0, 5));
      const steps: ReferralStep[] = [
        { status: "DRAFT", day: draftDay },
        { status: "SENT", day: referredDay },
      ];
      const receivedDay = stageStartOf(plan, "AWAITING_DECISION");
      if (receivedDay !== null) steps.push({ status: "RECEIVED", day: receivedDay });
      if (plan.decisionDay !== null) steps.push({ status: "DECIDED", day: plan.decisionDay });
      else if (!isOpen && (lastOpenStage === "REFERRED" || lastOpenStage === "AWAITING_DECISION")) {
        steps.push({ status: "WITHDRAWN", day: stageStarts[stageStarts.length - 1] as number });
      }
      const granted = plan.decision === "GRANTED" && grantCheck !== null && grantCheck.result.outcome !== "NOT_ELIGIBLE";
      addReferral(ctx, referralContext, organisations.migrationsverket, "RETURN_GRANT_APPLICATION", steps, {
        eligibilityCheckId: grantCheck?.row?.id ?? null,
        agencyReference: receivedDay !== null ? String(rng.int(10_000_000, 99_999_999)) : null,
        decision: plan.decisionDay === null ? null : granted ? "GRANTED" : "REFUSED",
        decisionAmountSek: granted && grantCheck ? grantCheck.result.totalSek : null,
        note: plan.decision === "REFUSED" ? "Avslag efter prövning av egna medel." : "",
      });
    } else if (plan.status === "PLANNING" && rng.chance(0.35)) {
      addReferral(ctx, referralContext, organisations.migrationsverket, "RETURN_GRANT_APPLICATION", [{ status: "DRAFT", day: Math.min(today, (planningDay ?? today) + rng.int(3, 20)) }], {
        eligibilityCheckId: grantCheck?.row?.id ?? null,
      });
    }
    const departureDay = plan.departureDay;
    if (departureDay !== null && planningDay !== null) {
      const sent = Math.max(planningDay, departureDay - rng.int(14, 40));
      if (country.code === "BA" && destinationIsHomeCountry && rng.chance(0.6)) {
        addReferral(ctx, referralContext, organisations.clu, "OTHER", [
          { status: "DRAFT", day: sent },
          { status: "SENT", day: sent },
          { status: "RECEIVED", day: Math.min(sent + rng.int(2, 10), today) },
        ], { note: "Mottagande och stöd i hemkommunen." });
      } else if (rng.chance(0.3)) {
        const steps: ReferralStep[] = [
          { status: "DRAFT", day: sent },
          { status: "SENT", day: sent },
          { status: "RECEIVED", day: Math.min(sent + rng.int(2, 10), today) },
        ];
        if (departureDay + 30 <= today) steps.push({ status: "CLOSED", day: departureDay + rng.int(20, 30) });
        addReferral(ctx, referralContext, organisations.iom, rng.chance(0.6) ? "REINTEGRATION_PROGRAMME" : "INFORMATION_ONLY", steps);
      }
    }
    if (plan.outcome === "REFERRED_ELSEWHERE") {
      const closedDay = stageStarts[stageStarts.length - 1] as number;
      const sentDay = Math.max(openedDay, closedDay - rng.int(0, 3));
      const steps: ReferralStep[] = [
        { status: "DRAFT", day: sentDay },
        { status: "SENT", day: sentDay },
      ];
      if (rng.chance(0.6)) steps.push({ status: "RECEIVED", day: Math.min(today, sentDay + rng.int(2, 14)) });
      if (profile === "REJECTED_ASYLUM") {
        addReferral(ctx, referralContext, organisations.migrationsverket, "REESTABLISHMENT_SUPPORT", steps, { note: "Avslag på asylansökan: återetableringsstöd, inte återvandringsbidrag." });
      } else if (profile === "TEMPORARY_PROTECTION") {
        addReferral(ctx, referralContext, organisations.migrationsverket, "INFORMATION_ONLY", steps, { note: "Tillfälligt skydd enligt massflyktsdirektivet ger inte rätt till bidraget." });
      } else {
        addReferral(ctx, referralContext, rng.chance(0.5) ? organisations.socialtjanst : organisations.arbetsformedlingen, "INFORMATION_ONLY", steps);
      }
    } else if (plan.outcome === "DECIDED_TO_STAY" && rng.chance(0.3)) {
      const closedDay = stageStarts[stageStarts.length - 1] as number;
      addReferral(ctx, referralContext, organisations.arbetsformedlingen, "INFORMATION_ONLY", [
        { status: "DRAFT", day: closedDay },
        { status: "SENT", day: closedDay },
      ], { note: "Vägledning om arbete och studier i Sverige." });
    }
  }
  return { referrals, referralEvents };
}

function addReferral(
  ctx: BuildContext,
  context: ReferralContext,
  organisationId: string,
  type: ReferralType,
  steps: ReferralStep[],
  extra: Partial<Pick<ReferralRow, "decision" | "decisionAmountSek" | "agencyReference" | "eligibilityCheckId" | "note">> = {},
): void {
  const built = buildReferralAt(ctx, { caseId: context.caseId, organisationId, type, createdById: context.adviserId, steps, ...extra });
  context.referrals.push(built.referral);
  for (const event of built.events) context.referralEvents.push(event);
}

function buildReferralAt(ctx: BuildContext, input: {
  caseId: string;
  organisationId: string;
  type: ReferralType;
  createdById: string | null;
  steps: ReferralStep[];
  decision?: ReferralDecision | null;
  decisionAmountSek?: number | null;
  agencyReference?: string | null;
  eligibilityCheckId?: string | null;
  note?: string;
}): { referral: ReferralRow; events: ReferralEventRow[] } {
  const { rng, newId, today, officeTime } = ctx;
  const referralId = newId();
  const events: ReferralEventRow[] = [];
  let from: ReferralStatus | null = null;
  let lastAt: Date | null = null;
  let sentDay: number | null = null;
  let decidedDay: number | null = null;
  for (const step of input.steps) {
    const day = Math.min(step.day, today);
    let at = officeTime(day);
    if (lastAt && at.getTime() <= lastAt.getTime()) at = new Date(lastAt.getTime() + 60_000);
    events.push({
      id: newId(),
      referralId,
      fromStatus: from,
      toStatus: step.status,
      occurredOn: dateOfDay(day),
      note: step.status === "DECIDED" ? (input.decision === "GRANTED" ? "Beviljat" : "Avslag") : "",
      byUserId: input.createdById,
      createdAt: at,
      updatedAt: at,
    });
    if (step.status === "SENT") sentDay = day;
    if (step.status === "DECIDED") decidedDay = day;
    from = step.status;
    lastAt = at;
  }
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) throw new RangeError("A referral needs at least one step");
  const consentDay = sentDay ?? (rng.chance(0.5) ? dayOf(first.occurredOn) : null);
  return {
    referral: {
      id: referralId,
      caseId: input.caseId,
      organisationId: input.organisationId,
      type: input.type,
      status: last.toStatus,
      statusSince: last.createdAt,
      consentGivenOn: consentDay === null ? null : dateOfDay(Math.min(consentDay, dayOf(first.occurredOn))),
      consentNote: consentDay === null ? null : "Skriftligt samtycke till att uppgifterna lämnas till mottagaren.",
      eligibilityCheckId: input.eligibilityCheckId ?? null,
      sentOn: sentDay === null ? null : dateOfDay(sentDay),
      decidedOn: decidedDay === null ? null : dateOfDay(decidedDay),
      decision: decidedDay === null ? null : (input.decision ?? null),
      decisionAmountSek: decidedDay === null ? null : (input.decisionAmountSek ?? null),
      agencyReference: input.agencyReference ?? null,
      note: input.note ?? "",
      version: events.length,
      createdById: input.createdById,
      createdAt: first.createdAt,
      updatedAt: last.createdAt,
    },
    events,
  };
}

/**
 * A referral walking `statuses` (default DRAFT → SENT), one event per step,
 * the steps a few days apart and ending by `endOn` (default today).
 */
export function buildReferral(ctx: BuildContext, input: {
  caseId: string;
  organisationId: string;
  type?: ReferralType;
  statuses?: ReferralStatus[];
  endOn?: DayLike;
  createdById?: string | null;
  decision?: ReferralDecision | null;
  decisionAmountSek?: number | null;
  eligibilityCheckId?: string | null;
}): { referral: ReferralRow; events: ReferralEventRow[] } {
  const { rng, today } = ctx;
  const statuses = input.statuses ?? ["DRAFT", "SENT"];
  const end = input.endOn ? dayOf(input.endOn) : today;
  const steps = statuses.map((status, index) => ({ status, day: end - (statuses.length - 1 - index) * 5 }));
  const isDecided = statuses.includes("DECIDED");
  return buildReferralAt(ctx, {
    caseId: input.caseId,
    organisationId: input.organisationId,
    type: input.type ?? "RETURN_GRANT_APPLICATION",
    createdById: input.createdById ?? null,
    steps,
    decision: input.decision ?? (isDecided ? "GRANTED" : null),
    decisionAmountSek: input.decisionAmountSek ?? (isDecided ? 40_000 : null),
    agencyReference: statuses.includes("RECEIVED") ? String(rng.int(10_000_000, 99_999_999)) : null,
    eligibilityCheckId: input.eligibilityCheckId ?? null,
  });
}

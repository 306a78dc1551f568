// The builders behind the tests and the demo seed: every generated case must
// read like a real file, whatever its status.
import { describe, expect, it } from "vitest";
import { CASE_PATH } from "./case-plan";
import { buildEligibilityInput } from "./eligibility";
import { createFactories } from "./factories";
import type { CaseGraph, OrganisationIds } from "./rows";
import { checkTransition } from "@/lib/cases/status-machine";
import { parseCaseNumber } from "@/lib/cases/case-number";
import { parseIdentityNumber } from "@/lib/identity-number";
import { allocate } from "./demo-office";

const TODAY = "2026-03-16";
const END_OF_TODAY = new Date("2026-03-16T23:00:00Z").getTime();
const ORGANISATIONS: OrganisationIds = {
  migrationsverket: "org-mv",
  iom: "org-iom",
  arbetsformedlingen: "org-af",
  socialtjanst: "org-soc",
  clu: "org-clu",
  association: "org-assoc",
};

function generate(count: number, seed = 1): CaseGraph[] {
  const factories = createFactories({ seed, today: TODAY, organisations: ORGANISATIONS });
  return Array.from({ length: count }, (_, i) => factories.buildCase({ adviserId: "adviser", teamId: "team", status: CASE_PATH[i % CASE_PATH.length] }));
}

const day = (date: Date) => date.toISOString().slice(0, 10);

describe("createFactories", () => {
  const graphs = generate(800);

  it("gives the same content for the same seed and day (ids aside)", () => {
    // Ids carry a per-process random part; everything else must repeat.
    const strip = (graph: CaseGraph) => ({ ...graph.case, id: "", sessions: graph.sessions.map((session) => session.startsAt.toISOString()) });
    expect(generate(20, 9).map(strip)).toEqual(generate(20, 9).map(strip));
    expect(generate(20, 9).map(strip)).not.toEqual(generate(20, 10).map(strip));
  });

  it("walks only allowed transitions, closing with an outcome that fits", () => {
    for (const graph of graphs) {
      const changes = graph.statusChanges;
      expect(changes[0]).toMatchObject({ fromStatus: null, toStatus: "INTAKE" });
      for (let i = 1; i < changes.length; i++) {
        const change = changes[i]!;
        const previous = changes[i - 1]!;
        expect(change.fromStatus).toBe(previous.toStatus);
        expect(checkTransition(change.fromStatus!, change.toStatus, change.outcome)).toBeNull();
        expect(day(change.effectiveOn) >= day(previous.effectiveOn)).toBe(true);
        expect(change.createdAt.getTime()).toBeGreaterThanOrEqual(previous.createdAt.getTime());
      }
      const last = changes[changes.length - 1]!;
      expect(last.toStatus).toBe(graph.case.status);
      expect(graph.case.outcome).toBe(last.outcome);
      expect(graph.case.statusSince).toEqual(last.createdAt);
      expect(graph.case.closedAt).toEqual(graph.case.status === "CLOSED" ? last.createdAt : null);
    }
  });

  it("covers every status and every outcome", () => {
    expect(new Set(graphs.map((graph) => graph.case.status))).toEqual(new Set(CASE_PATH));
    expect(new Set(graphs.map((graph) => graph.case.outcome).filter(Boolean))).toEqual(
      new Set(["RETURNED", "DECIDED_TO_STAY", "REFERRED_ELSEWHERE", "NO_CONTACT", "OTHER"]),
    );
  });

  it("keeps the past in the past", () => {
    for (const graph of graphs) {
      expect(graph.case.openedAt.getTime()).toBeLessThanOrEqual(END_OF_TODAY);
      expect(graph.case.lastEntryAt.getTime()).toBeLessThanOrEqual(END_OF_TODAY);
      expect(graph.case.lastEntryAt.getTime()).toBeGreaterThanOrEqual(graph.case.openedAt.getTime());
      for (const event of graph.referralEvents) expect(day(event.occurredOn) <= TODAY).toBe(true);
      for (const followUp of graph.followUps) if (followUp.completedOn) expect(day(followUp.completedOn) <= TODAY).toBe(true);
      for (const task of graph.tasks) if (task.doneAt) expect(task.doneAt.getTime()).toBeLessThanOrEqual(END_OF_TODAY);
      for (const session of graph.sessions) if (session.notes) expect(session.startsAt.getTime()).toBeLessThanOrEqual(END_OF_TODAY);
    }
  });

  it("gives people believable dates and valid identity numbers", () => {
    for (const graph of graphs) {
      const people = [graph.case, ...graph.householdMembers];
      for (const person of people) {
        if (person.permitGrantedOn) expect(person.permitGrantedOn.getTime()).toBeGreaterThan(person.birthDate.getTime());
        if (person.identityNumber) {
          const parsed = parseIdentityNumber(person.identityNumber, TODAY);
          expect(parsed).toMatchObject({ ok: true, birthDate: day(person.birthDate) });
        }
      }
      expect(graph.case.openedAt.getFullYear() - graph.case.birthDate.getFullYear()).toBeGreaterThanOrEqual(18);
      expect(graph.case.citizenships.length).toBeGreaterThan(0);
      if (graph.case.phone) expect(graph.case.phone).toMatch(/^\+46\d{9}$/);
      expect(parseCaseNumber(graph.case.caseNumber)).toEqual({ year: graph.case.caseYear, sequence: graph.case.caseSeq });
    }
  });

  it("has what each stage implies: plans, referrals, decisions, follow-ups", () => {
    for (const graph of graphs) {
      const path = graph.statusChanges.map((change) => change.toStatus);
      const grant = graph.referrals.find((referral) => referral.type === "RETURN_GRANT_APPLICATION" && referral.status !== "DRAFT");
      if (path.includes("PLANNING")) expect(graph.planSteps.length).toBeGreaterThanOrEqual(5);
      else expect(graph.planSteps).toEqual([]);
      if (path.includes("REFERRED")) {
        expect(grant).toBeDefined();
        expect(grant!.consentGivenOn).not.toBeNull();
        expect(grant!.eligibilityCheckId).toBe(graph.eligibilityChecks[0]?.id);
      }
      if (graph.case.status === "AWAITING_DECISION") expect(grant!.status).toBe("RECEIVED");
      if (path.includes("DEPARTED") && path.includes("AWAITING_DECISION")) {
        expect(grant).toMatchObject({ status: "DECIDED" });
        if (grant!.decision === "GRANTED") expect(grant!.decisionAmountSek).toBe(graph.eligibilityChecks[0]!.totalSek);
      }
      if (path.includes("DEPARTED")) {
        expect(graph.followUps.map((followUp) => followUp.monthsAfterReturn)).toEqual([1, 3, 6]);
      } else {
        expect(graph.followUps).toEqual([]);
      }
      if (path.includes("FOLLOW_UP")) expect(graph.followUps[0]!.completedOn).not.toBeNull();
      for (const followUp of graph.followUps) {
        for (const score of [followUp.economicScore, followUp.socialScore, followUp.psychosocialScore]) {
          if (followUp.completedOn) expect(score).toBeGreaterThanOrEqual(1);
          if (followUp.completedOn) expect(score).toBeLessThanOrEqual(5);
          else expect(score).toBeNull();
        }
      }
      if (graph.case.outcome === "REFERRED_ELSEWHERE") expect(graph.referrals.length).toBeGreaterThan(0);
    }
  });

  it("chains referral events and mirrors the last one on the referral", () => {
    for (const graph of graphs) {
      for (const referral of graph.referrals) {
        const events = graph.referralEvents.filter((event) => event.referralId === referral.id);
        expect(events[0]!.fromStatus).toBeNull();
        for (let i = 1; i < events.length; i++) expect(events[i]!.fromStatus).toBe(events[i - 1]!.toStatus);
        expect(referral.status).toBe(events[events.length - 1]!.toStatus);
        expect(referral.version).toBe(events.length);
        if (referral.sentOn) expect(referral.consentGivenOn).not.toBeNull();
      }
    }
  });

  it("keeps open tasks on open cases and links tasks only to the case's own sessions", () => {
    for (const graph of graphs) {
      const sessionIds = new Set(graph.sessions.map((session) => session.id));
      for (const task of graph.tasks) {
        if (task.sessionId) expect(sessionIds.has(task.sessionId)).toBe(true);
        if (graph.case.status === "CLOSED") expect(task.status).not.toBe("OPEN");
      }
    }
    const open = graphs.flatMap((graph) => graph.tasks).filter((task) => task.status === "OPEN" && task.dueOn);
    expect(open.some((task) => day(task.dueOn!) < TODAY)).toBe(true);
    expect(open.some((task) => day(task.dueOn!) === TODAY)).toBe(true);
  });
});

describe("single builders", () => {
  const factories = createFactories({ seed: 3, today: TODAY, organisations: ORGANISATIONS });

  it("honours the case options", () => {
    const graph = factories.buildCase({
      adviserId: "adviser",
      teamId: "team",
      status: "CLOSED",
      outcome: "DECIDED_TO_STAY",
      closedFrom: "PLANNING",
      country: "BA",
      householdMembers: 3,
      caseYear: 2026,
      caseSeq: 42,
      overrides: { firstName: "Test" },
    });
    expect(graph.case).toMatchObject({ status: "CLOSED", outcome: "DECIDED_TO_STAY", countryOfOrigin: "BA", caseNumber: "2026/0042", firstName: "Test" });
    expect(graph.statusChanges.map((change) => change.toStatus)).toEqual(["INTAKE", "COUNSELLING", "PLANNING", "CLOSED"]);
    expect(graph.householdMembers.map((member) => member.relation)).toEqual(["SPOUSE", "CHILD", "CHILD"]);
  });

  it("prices a case with the eligibility engine", () => {
    const graph = factories.buildCase({ adviserId: "adviser", teamId: "team", status: "PLANNING", householdMembers: 0 });
    const input = buildEligibilityInput(graph.case, graph.householdMembers, { applicationDate: TODAY, travelCostSek: 9_000 });
    expect(input.members).toHaveLength(1);
    expect(input.members[0]).toMatchObject({ role: "APPLICANT", birthDate: day(graph.case.birthDate) });
    const check = factories.buildEligibilityCheck({ caseId: graph.case.id, input });
    expect(check.outcome).toBe("ELIGIBLE");
    expect(check.totalSek).toBeGreaterThan(9_000);
  });

  it("builds referrals, follow-ups and tasks on request", () => {
    const { referral, events } = factories.buildReferral({ caseId: "c", organisationId: "o", statuses: ["DRAFT", "SENT", "RECEIVED", "DECIDED"] });
    expect(referral).toMatchObject({ status: "DECIDED", decision: "GRANTED", version: 4 });
    expect(events.map((event) => event.toStatus)).toEqual(["DRAFT", "SENT", "RECEIVED", "DECIDED"]);
    const followUps = factories.buildFollowUps({ caseId: "c", departedOn: "2025-06-10", completedUpTo: 3 });
    expect(followUps.map((followUp) => [followUp.monthsAfterReturn, day(followUp.dueOn), followUp.completedOn !== null])).toEqual([
      [1, "2025-07-10", true],
      [3, "2025-09-10", true],
      [6, "2025-12-10", false],
    ]);
    const task = factories.buildTask({ assigneeId: "u", dueOn: TODAY });
    expect(task).toMatchObject({ status: "OPEN", doneAt: null, caseId: null });
    expect(day(task.dueOn!)).toBe(TODAY);
  });
});

describe("allocate", () => {
  it("splits by weight and gives every category at least one", () => {
    const weights = [
      ["a", 90],
      ["b", 9],
      ["c", 1],
    ] as const;
    expect(allocate(100, weights)).toEqual([
      ["a", 90],
      ["b", 9],
      ["c", 1],
    ]);
    expect(allocate(3, weights)).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 1],
    ]);
    expect(allocate(7, weights).reduce((sum, [, n]) => sum + n, 0)).toBe(7);
  });
});

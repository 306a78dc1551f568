import { describe, expect, it } from "vitest";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { canReferralTransition, checkReferralTransition, MAX_DECISION_AMOUNT_SEK, nextReferralStatuses, REFERRAL_STATUSES } from "./status-machine";
import { daysBetween, isReferralOverdue, overdueCutoff, responseDueOn } from "./overdue";

const ALLOWED: [ReferralStatus, ReferralStatus][] = [
  ["DRAFT", "SENT"],
  ["DRAFT", "WITHDRAWN"],
  ["SENT", "RECEIVED"],
  ["SENT", "DECIDED"],
  ["SENT", "WITHDRAWN"],
  ["RECEIVED", "DECIDED"],
  ["RECEIVED", "WITHDRAWN"],
  ["DECIDED", "CLOSED"],
  ["WITHDRAWN", "CLOSED"],
];

const CONSENTED = "2026-03-01";
const GRANTED = { decision: "GRANTED", decisionAmountSek: 40_000, agencyReference: "MIG-2026-1" } as const;

describe("the referral status machine", () => {
  it("allows exactly the listed moves and nothing else", () => {
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_STATUSES) {
        const expected = ALLOWED.some(([a, b]) => a === from && b === to);
        expect(canReferralTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it("offers the next steps in a stable order and none after CLOSED", () => {
    expect(nextReferralStatuses("DRAFT")).toEqual(["SENT", "WITHDRAWN"]);
    expect(nextReferralStatuses("SENT")).toEqual(["RECEIVED", "DECIDED", "WITHDRAWN"]);
    expect(nextReferralStatuses("CLOSED")).toEqual([]);
  });

  it("refuses the jumps a form might be forged to send", () => {
    const jumps: [ReferralStatus, ReferralStatus][] = [
      ["DRAFT", "DECIDED"],
      ["DRAFT", "RECEIVED"],
      ["DRAFT", "CLOSED"],
      ["DECIDED", "SENT"],
      ["CLOSED", "DRAFT"],
      ["WITHDRAWN", "SENT"],
      ["RECEIVED", "SENT"],
      ["SENT", "SENT"],
    ];
    for (const [from, to] of jumps) {
      expect(checkReferralTransition({ from, to, consentGivenOn: CONSENTED, ...(to === "DECIDED" ? GRANTED : {}) }), `${from} → ${to}`).toBe("transitionNotAllowed");
    }
  });

  it("sends only with the person's recorded consent", () => {
    expect(checkReferralTransition({ from: "DRAFT", to: "SENT", consentGivenOn: null })).toBe("consentRequired");
    expect(checkReferralTransition({ from: "DRAFT", to: "SENT", consentGivenOn: CONSENTED })).toBeNull();
    // Withdrawing a draft needs no consent.
    expect(checkReferralTransition({ from: "DRAFT", to: "WITHDRAWN", consentGivenOn: null })).toBeNull();
  });

  it("needs a decision to decide; a grant needs a whole amount of at least 0 kronor", () => {
    const base = { from: "RECEIVED", to: "DECIDED", consentGivenOn: CONSENTED } as const;
    expect(checkReferralTransition(base)).toBe("decisionRequired");
    expect(checkReferralTransition({ ...base, decision: "GRANTED" })).toBe("amountRequired");
    expect(checkReferralTransition({ ...base, decision: "GRANTED", decisionAmountSek: -1 })).toBe("amountInvalid");
    expect(checkReferralTransition({ ...base, decision: "GRANTED", decisionAmountSek: 10.5 })).toBe("amountInvalid");
    expect(checkReferralTransition({ ...base, decision: "GRANTED", decisionAmountSek: MAX_DECISION_AMOUNT_SEK + 1 })).toBe("amountInvalid");
    expect(checkReferralTransition({ ...base, decision: "GRANTED", decisionAmountSek: 0 })).toBeNull();
    expect(checkReferralTransition({ ...base, ...GRANTED })).toBeNull();
    expect(checkReferralTransition({ ...base, from: "SENT", ...GRANTED })).toBeNull();
  });

  it("takes a refusal without an amount, with or without the agency's reference", () => {
    const base = { from: "SENT", to: "DECIDED", consentGivenOn: CONSENTED, decision: "REFUSED" } as const;
    expect(checkReferralTransition(base)).toBeNull();
    expect(checkReferralTransition({ ...base, agencyReference: "MIG-2026-2" })).toBeNull();
    expect(checkReferralTransition({ ...base, decisionAmountSek: 1000 })).toBe("amountOnlyWhenGranted");
  });

  it("keeps decision data off every other change", () => {
    expect(checkReferralTransition({ from: "SENT", to: "RECEIVED", consentGivenOn: CONSENTED, decision: "GRANTED" })).toBe("decisionOnlyWhenDeciding");
    expect(checkReferralTransition({ from: "SENT", to: "WITHDRAWN", consentGivenOn: CONSENTED, decisionAmountSek: 5 })).toBe("decisionOnlyWhenDeciding");
    expect(checkReferralTransition({ from: "DECIDED", to: "CLOSED", consentGivenOn: CONSENTED, agencyReference: "X" })).toBe("decisionOnlyWhenDeciding");
  });
});

describe("overdue referrals", () => {
  it("counts days and the last day on time", () => {
    expect(daysBetween("2026-01-31", "2026-03-02")).toBe(30);
    expect(responseDueOn("2026-01-31", 30)).toBe("2026-03-02");
    expect(overdueCutoff("2026-03-02", 30)).toBe("2026-01-31");
  });

  it("flags sent or received referrals past the response time, and nothing else", () => {
    const today = "2026-03-02";
    expect(isReferralOverdue({ status: "SENT", sentOn: "2026-01-31" }, today, 30)).toBe(false);
    expect(isReferralOverdue({ status: "SENT", sentOn: "2026-01-30" }, today, 30)).toBe(true);
    expect(isReferralOverdue({ status: "RECEIVED", sentOn: "2026-01-30" }, today, 30)).toBe(true);
    expect(isReferralOverdue({ status: "RECEIVED", sentOn: "2026-01-30" }, today, 60)).toBe(false);
    for (const status of ["DRAFT", "DECIDED", "WITHDRAWN", "CLOSED"] as const) {
      expect(isReferralOverdue({ status, sentOn: "2025-01-01" }, today, 30), status).toBe(false);
    }
    expect(isReferralOverdue({ status: "SENT", sentOn: null }, today, 30)).toBe(false);
  });
});

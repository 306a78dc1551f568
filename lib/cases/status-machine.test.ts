import { describe, expect, it } from "vitest";
import { CASE_OUTCOMES, CASE_STATUSES } from "@/lib/vocabularies/case-statuses";
import { allowedOutcomes, canTransition, checkTransition, nextStatuses, OPEN_STATUSES } from "./status-machine";

const FORWARD = ["INTAKE", "COUNSELLING", "PLANNING", "REFERRED", "AWAITING_DECISION", "DEPARTED", "FOLLOW_UP", "CLOSED"] as const;

describe("case status machine", () => {
  it("walks the whole forward path", () => {
    for (let i = 0; i < FORWARD.length - 1; i++) {
      expect(canTransition(FORWARD[i]!, FORWARD[i + 1]!), `${FORWARD[i]} → ${FORWARD[i + 1]}`).toBe(true);
    }
  });

  it("refuses jumps over steps and staying in place", () => {
    expect(canTransition("INTAKE", "PLANNING")).toBe(false);
    expect(canTransition("INTAKE", "DEPARTED")).toBe(false);
    expect(canTransition("COUNSELLING", "AWAITING_DECISION")).toBe(false);
    expect(canTransition("REFERRED", "DEPARTED")).toBe(false);
    for (const status of CASE_STATUSES) expect(canTransition(status, status), status).toBe(false);
  });

  it("allows the backward steps of real work", () => {
    expect(canTransition("AWAITING_DECISION", "PLANNING")).toBe(true);
    expect(canTransition("AWAITING_DECISION", "REFERRED")).toBe(true);
    expect(canTransition("REFERRED", "PLANNING")).toBe(true);
    expect(canTransition("PLANNING", "COUNSELLING")).toBe(true);
  });

  it("never leads back from a departure", () => {
    expect(nextStatuses("DEPARTED")).toEqual(["FOLLOW_UP", "CLOSED"]);
    expect(nextStatuses("FOLLOW_UP")).toEqual(["CLOSED"]);
  });

  it("closes from every open status and reopens only into counselling", () => {
    for (const status of OPEN_STATUSES) expect(canTransition(status, "CLOSED"), status).toBe(true);
    expect(nextStatuses("CLOSED")).toEqual(["COUNSELLING"]);
    expect(OPEN_STATUSES).not.toContain("CLOSED");
  });

  it("needs an outcome to close, and only then", () => {
    expect(checkTransition("COUNSELLING", "CLOSED", null)).toBe("outcomeRequired");
    expect(checkTransition("COUNSELLING", "CLOSED", "DECIDED_TO_STAY")).toBeNull();
    expect(checkTransition("INTAKE", "COUNSELLING", "OTHER")).toBe("outcomeOnlyOnClose");
    expect(checkTransition("INTAKE", "DEPARTED", null)).toBe("transitionNotAllowed");
  });

  it("matches the outcome to whether the person has left", () => {
    expect(checkTransition("PLANNING", "CLOSED", "RETURNED")).toBe("outcomeNotAllowed");
    expect(checkTransition("FOLLOW_UP", "CLOSED", "RETURNED")).toBeNull();
    expect(checkTransition("DEPARTED", "CLOSED", "DECIDED_TO_STAY")).toBe("outcomeNotAllowed");
    expect(allowedOutcomes("CLOSED")).toEqual([]);
    for (const status of OPEN_STATUSES) {
      expect(allowedOutcomes(status).length, status).toBeGreaterThan(0);
      expect(allowedOutcomes(status)).toContain("OTHER");
      for (const outcome of allowedOutcomes(status)) expect(CASE_OUTCOMES).toContain(outcome);
    }
  });

  it("reaches every status from intake", () => {
    const seen = new Set<string>(["INTAKE"]);
    const queue: (typeof CASE_STATUSES)[number][] = ["INTAKE"];
    while (queue.length) {
      for (const next of nextStatuses(queue.shift()!)) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect([...seen].sort()).toEqual([...CASE_STATUSES].sort());
  });
});

import { describe, expect, it } from "vitest";
import { inPlanOrder, summarizePlan } from "./plan-summary";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("summarizePlan", () => {
  it("counts steps by status and leaves the ones that do not apply out of the share", () => {
    const summary = summarizePlan(
      [
        { kind: "IDENTITY_DOCUMENTS", status: "DONE", dueOn: null },
        { kind: "HOUSING_HOME_COUNTRY", status: "IN_PROGRESS", dueOn: day("2026-03-01") },
        { kind: "TRAINING_IN_SWEDEN", status: "NOT_APPLICABLE", dueOn: day("2026-01-01") },
        { kind: "EMPLOYMENT", status: "NOT_STARTED", dueOn: day("2026-03-16") },
        { kind: "TRAVEL_BOOKING", status: "DONE", dueOn: day("2026-01-01") },
      ],
      "2026-03-16",
    );
    expect(summary).toEqual({ total: 5, done: 2, inProgress: 1, notStarted: 1, notApplicable: 1, overdue: 1, percentDone: 50 });
  });

  it("calls a plan where nothing applies complete, but not an empty one", () => {
    expect(summarizePlan([{ kind: "EMPLOYMENT", status: "NOT_APPLICABLE", dueOn: null }], "2026-03-16").percentDone).toBe(100);
    expect(summarizePlan([], "2026-03-16")).toMatchObject({ total: 0, percentDone: 0 });
  });

  it("orders steps as the office's working model does", () => {
    const ordered = inPlanOrder([{ kind: "RECEPTION_ON_ARRIVAL" }, { kind: "IDENTITY_DOCUMENTS" }, { kind: "DEREGISTRATION" }] as const);
    expect(ordered.map((step) => step.kind)).toEqual(["IDENTITY_DOCUMENTS", "DEREGISTRATION", "RECEPTION_ON_ARRIVAL"]);
  });
});

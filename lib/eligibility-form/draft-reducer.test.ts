import { describe, expect, it } from "vitest";
import { editDraft, initialDraftState, type DraftState } from "./draft-reducer";
import { MAX_FORM_ROWS } from "./member-rows";

const VALUES = {
  applicationDate: "2026-02-01",
  travelCostSek: "9 000",
  "members.0.role": "APPLICANT",
  "members.0.label": "Amal",
  "members.3.role": "CHILD",
  "members.3.livesWithApplicant": "true",
};

const keys = (state: DraftState) => state.draft.members.map((member) => member.key);
const roles = (state: DraftState) => state.draft.members.map((member) => member.role);

describe("initialDraftState", () => {
  it("starts from the posted values, rows numbered in order, nothing stale", () => {
    const state = initialDraftState(VALUES);
    expect(state.draft.applicationDate).toBe("2026-02-01");
    expect(state.draft.travelCostSek).toBe("9 000");
    expect(roles(state)).toEqual(["APPLICANT", "CHILD"]);
    expect(state.draft.members[0]?.label).toBe("Amal");
    expect(keys(state)).toEqual([0, 1]);
    expect(state.nextKey).toBe(2);
    expect(state.isStale).toBe(false);
  });

  it("gives an empty form one applicant row", () => {
    expect(roles(initialDraftState({}))).toEqual(["APPLICANT"]);
  });
});

describe("editDraft", () => {
  const start = initialDraftState(VALUES);

  it("changes a fact and marks the shown result stale until the form is sent", () => {
    const edited = editDraft(start, { type: "changeFacts", change: { canPayOwnTravel: true, travelCostSek: "10 000" } });
    expect(edited.draft).toMatchObject({ canPayOwnTravel: true, travelCostSek: "10 000", applicationDate: "2026-02-01" });
    expect(edited.isStale).toBe(true);
    expect(start.draft.canPayOwnTravel).toBe(false);
    const sent = editDraft(edited, { type: "sent" });
    expect(sent.isStale).toBe(false);
    expect(sent.draft).toBe(edited.draft);
    expect(editDraft(sent, { type: "sent" })).toBe(sent);
  });

  it("changes one person by key, leaving the others as they were", () => {
    const edited = editDraft(start, { type: "changeMember", key: 1, change: { permitGround: "REFUGEE", permitPermanent: true } });
    expect(edited.draft.members[1]).toMatchObject({ role: "CHILD", permitGround: "REFUGEE", permitPermanent: true });
    expect(edited.draft.members[0]).toBe(start.draft.members[0]);
    expect(edited.isStale).toBe(true);
  });

  it("adds a child living with the applicant under a key never used before", () => {
    const removed = editDraft(start, { type: "removeMember", key: 1 });
    const added = editDraft(removed, { type: "addMember" });
    expect(roles(added)).toEqual(["APPLICANT", "CHILD"]);
    expect(added.draft.members[1]).toMatchObject({ livesWithApplicant: true, birthDate: "", permitGround: "" });
    expect(keys(added)).toEqual([0, 2]);
    expect(added.nextKey).toBe(3);
  });

  it("adds the applicant first when there is none", () => {
    const childOnly = initialDraftState({ "members.0.role": "CHILD" });
    expect(roles(editDraft(childOnly, { type: "addMember" }))).toEqual(["CHILD", "APPLICANT"]);
  });

  it("removes a row by key, but never the last one", () => {
    const removed = editDraft(start, { type: "removeMember", key: 0 });
    expect(roles(removed)).toEqual(["CHILD"]);
    expect(removed.isStale).toBe(true);
    expect(editDraft(removed, { type: "removeMember", key: 1 })).toBe(removed);
  });

  it("stops adding at the schema's maximum", () => {
    let state = start;
    for (let i = 0; i < MAX_FORM_ROWS + 3; i++) state = editDraft(state, { type: "addMember" });
    expect(state.draft.members).toHaveLength(MAX_FORM_ROWS);
  });
});

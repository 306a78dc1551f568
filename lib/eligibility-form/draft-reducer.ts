import { draftFromFormValues, emptyMember } from "./drafts";
import type { CaseFactsDraft, MemberDraft } from "./fields";
import { canAddRow, canRemoveRow, roleForNewRow } from "./member-rows";

// What the eligibility form holds while it is edited in the browser, and every way it
// changes: one reducer, so the household, permit and case-facts parts of the form only
// say what happened and none of them keeps state of its own. Pure, for React's useReducer.

/** A row with a key that stays with it while rows above it come and go (React's list key). */
export type DraftRow = MemberDraft & { key: number };
export type FormDraft = CaseFactsDraft & { members: DraftRow[] };

export type DraftState = {
  draft: FormDraft;
  /** The key the next added row gets; never reused, so React never confuses two rows. */
  nextKey: number;
  /** Edited since the form was last sent: a result shown no longer matches what is typed. */
  isStale: boolean;
};

export type DraftEdit =
  | { type: "changeFacts"; change: Partial<CaseFactsDraft> }
  | { type: "changeMember"; key: number; change: Partial<MemberDraft> }
  | { type: "addMember" }
  | { type: "removeMember"; key: number }
  | { type: "sent" };

/** The draft for field values as posted or pre-filled (gaps in row numbers closed). */
export function initialDraftState(values: Record<string, string>): DraftState {
  const { members, ...facts } = draftFromFormValues(values);
  return { draft: { ...facts, members: members.map((member, index) => ({ ...member, key: index })) }, nextKey: members.length, isStale: false };
}

export function editDraft(state: DraftState, edit: DraftEdit): DraftState {
  const { draft } = state;
  switch (edit.type) {
    case "changeFacts":
      return { ...state, draft: { ...draft, ...edit.change }, isStale: true };
    case "changeMember": {
      const members = draft.members.map((member) => (member.key === edit.key ? { ...member, ...edit.change } : member));
      return { ...state, draft: { ...draft, members }, isStale: true };
    }
    case "addMember": {
      if (!canAddRow(draft.members.length)) return state;
      const row: DraftRow = { ...emptyMember(roleForNewRow(draft.members.map((member) => member.role))), key: state.nextKey };
      return { draft: { ...draft, members: [...draft.members, row] }, nextKey: state.nextKey + 1, isStale: true };
    }
    case "removeMember": {
      if (!canRemoveRow(draft.members.length)) return state;
      return { ...state, draft: { ...draft, members: draft.members.filter((member) => member.key !== edit.key) }, isStale: true };
    }
    case "sent":
      return state.isStale ? { ...state, isStale: false } : state;
  }
}

// The eligibility form's pure half, one module per part (each file's opening comment says more):
// - fields.ts: field names, the draft's types, reading posted values
// - to-input.ts: posted fields → the engine's input, and issues → the fields they are about
// - drafts.ts: the engine's input or posted values → what the form shows
// - member-rows.ts: adding and removing household rows, with or without JavaScript
// - draft-reducer.ts: the form's state in the browser and every change to it
// - near-rule-change.ts: the what-if comparison of rule sets near a change
export {
  CIRCUMSTANCES,
  FORM_FIELDS,
  INITIAL_ELIGIBILITY_FORM_STATE,
  MEMBER_DRAFT_FIELDS,
  MEMBER_FIELDS,
  memberField,
  type CaseFactsDraft,
  type EligibilityDraft,
  type EligibilityFormState,
  type FormEntries,
  type MemberDraft,
  type MemberFieldName,
} from "./fields";
export { fieldForIssuePath, formToEligibilityInput, parseEligibilityForm, splitCountryCodes, type EligibilityFormResult } from "./to-input";
export { draftFromFormValues, eligibilityInputToFormValues, emptyMember, renumberFieldErrors } from "./drafts";
export { INTENTS, MAX_FORM_ROWS, applyRowIntent, canAddRow, canRemoveRow, removeMemberIntent, roleForNewRow } from "./member-rows";
export { editDraft, initialDraftState, type DraftEdit, type DraftRow, type DraftState, type FormDraft } from "./draft-reducer";
export { RULE_CHANGE_WINDOW_DAYS, resultsNearRuleChange } from "./near-rule-change";

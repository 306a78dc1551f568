// What the dashboard's "now" columns and counts mean: the caseload's overdue
// work and the things that wait for the manager. Pure definitions; the SQL is
// in lib/data/attention.ts, used by the dashboard's counts and by the case
// list's filters that a count links to, so the list shows what was counted.

/** A case with no entry of any kind for this many days needs a look. */
export const INACTIVE_DAYS = 60;

/**
 * A referral sent without a decision is overdue after this many days (until
 * referrals carry their own expected decision date).
 */
export const REFERRAL_DECISION_EXPECTED_DAYS = 60;

/** What a manager may be asked to look at; each has a case-list filter or a page of its own. */
export const ATTENTION_FILTERS = ["lateDrafts", "inactive"] as const;
export type AttentionFilter = (typeof ATTENTION_FILTERS)[number];

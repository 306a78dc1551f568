// The case's tabs, in order. Each feature that adds a page under
// /cases/[caseId] appends its entry here; `label` is a full message key, so a
// feature can keep the label in its own messages file.
export type CaseTab = { suffix: string; label: string };

export const CASE_TABS: readonly CaseTab[] = [
  { suffix: "", label: "caseTabs.overview" },
  { suffix: "/sessions", label: "caseTabs.sessions" },
  { suffix: "/plan", label: "caseTabs.plan" },
  { suffix: "/tasks", label: "caseTabs.tasks" },
  { suffix: "/follow-up", label: "caseTabs.followUp" },
  { suffix: "/documents", label: "caseTabs.documents" },
  { suffix: "/eligibility", label: "eligibility.caseTab.title" },
  { suffix: "/referrals", label: "referrals.caseTab" },
];

// The case's tabs, in order. Each feature that adds a page under
// /cases/[caseId] appends its entry here; `label` is a full message key, so a
// feature can keep the label in its own messages file. `permission` is what
// the tab's page needs, so a role only sees the tabs it may open (a manager
// follows the plan and referrals but does not read counselling notes).
import type { Action } from "@/lib/permissions";

export type CaseTab = { suffix: string; label: string; permission: Action };

export const CASE_TABS: readonly CaseTab[] = [
  { suffix: "", label: "caseTabs.overview", permission: "case.read" },
  { suffix: "/sessions", label: "caseTabs.sessions", permission: "counselling.read" },
  { suffix: "/journal", label: "journal.caseTab", permission: "journal.read" },
  { suffix: "/plan", label: "caseTabs.plan", permission: "plan.read" },
  { suffix: "/tasks", label: "caseTabs.tasks", permission: "task.read" },
  { suffix: "/follow-up", label: "caseTabs.followUp", permission: "followUp.read" },
  { suffix: "/documents", label: "caseTabs.documents", permission: "document.read" },
  { suffix: "/eligibility", label: "eligibility.caseTab.title", permission: "case.read" },
  { suffix: "/referrals", label: "referrals.caseTab", permission: "referral.read" },
  { suffix: "/material", label: "clientMaterial.caseTab", permission: "clientMaterial.give" },
  { suffix: "/records", label: "records.caseTab", permission: "case.legalHold" },
];

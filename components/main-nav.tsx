import { cache } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { can, type Action } from "@/lib/permissions";
import { countPendingApprovals } from "@/lib/data/approvals";
import { countIntakeQueue } from "@/lib/data/case-assignment";

/** The header renders the navigation twice (wide row and phone menu): each count once per request. */
const pendingApprovalsOnce = cache(countPendingApprovals);
const intakeQueueOnce = cache(countIntakeQueue);

/** Only links the role may follow; the pages check again on their own. */
const LINKS: { href: string; label: string; action: Action }[] = [
  { href: "/my-day", label: "myDay", action: "myDay.read" },
  { href: "/cases", label: "cases", action: "case.read" },
  { href: "/calculator", label: "calculator", action: "eligibility.calculate" },
  { href: "/referrals", label: "referrals", action: "referral.read" },
  { href: "/dashboard", label: "statistics", action: "statistics.read" },
  { href: "/statistics/report", label: "yearlyReport", action: "statistics.read" },
  { href: "/organisations", label: "organisations", action: "organisation.read" },
  { href: "/guidance", label: "guidance", action: "guidance.read" },
  { href: "/guidance/wizard", label: "wizard", action: "guidance.read" },
  { href: "/admin/users", label: "users", action: "user.manage" },
  { href: "/admin/sign-ins", label: "signInSessions", action: "signInSession.revoke" },
  { href: "/admin/settings", label: "settings", action: "settings.manage" },
  { href: "/admin/client-material", label: "clientMaterial", action: "clientMaterial.edit" },
  { href: "/admin/jobs", label: "jobs", action: "jobs.read" },
  { href: "/admin/retention", label: "retention", action: "retention.manage" },
  { href: "/approvals", label: "approvals", action: "approval.decide" },
  // Work moving between people (docs/decisions/023); their labels are in workflow.json.
  { href: "/queue", label: "workflow.queue", action: "queue.read" },
  { href: "/cases/reassign", label: "workflow.reassign", action: "case.bulkReassign" },
  { href: "/transfers", label: "workflow.transfers", action: "case.transfer.decide" },
  { href: "/emergency-access", label: "emergencyAccess", action: "emergencyAccess.review" },
  { href: "/audit", label: "audit", action: "audit.read" },
  { href: "/log-review", label: "logReview", action: "logReview.read" },
  { href: "/profile", label: "profile", action: "profile.update" },
];

export async function MainNav({ user }: { user: SignedInUser }) {
  const t = await getTranslations("nav");
  const tApp = await getTranslations("app");
  // The managers see at a glance how many changes wait for their approval (issue 12 H2).
  const pendingApprovals = can(user.role, "approval.decide") ? await pendingApprovalsOnce() : 0;
  const queued = can(user.role, "queue.read") ? await intakeQueueOnce() : 0;
  const tWorkflow = await getTranslations("workflow.nav");
  const label = (key: string) => {
    if (key === "approvals") return t("approvalsCount", { count: pendingApprovals });
    if (key === "workflow.queue") return tWorkflow("queue", { count: queued });
    if (key.startsWith("workflow.")) return tWorkflow(key.slice("workflow.".length));
    return t(key);
  };
  return (
    <nav aria-label={tApp("mainNav")}>
      <ul className="flex flex-wrap items-center gap-4 text-sm">
        <li>
          <Link href="/" className="text-brand-700 hover:underline">
            {tApp("home")}
          </Link>
        </li>
        {LINKS.filter((link) => can(user.role, link.action)).map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-brand-700 hover:underline">
              {label(link.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

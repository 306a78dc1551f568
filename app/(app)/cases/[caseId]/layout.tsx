import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { authorize } from "@/lib/gate";
import { getCase } from "@/lib/data/cases";
import { mergedIntoCaseId } from "@/lib/data/case-merge";
import { can } from "@/lib/permissions";
import { ProtectedIdentityBanner } from "@/components/protected-identity-banner";
import { CASE_TABS } from "./_components/case-tabs";
import { CaseTabNav } from "./_components/case-tab-nav";
import { formatOfficeDay } from "@/lib/dates";

/**
 * Every page of a case names the case in its title: "Plan · Ärende 2026/0042 · Hemväg"
 * (issue 15). getCase is cached per request, so the layout and the page share one read.
 */
export async function generateMetadata({ params }: { params: Promise<{ caseId: string }> }): Promise<Metadata> {
  // A case the user may not read (or that does not exist) still gets a title: the page answers "not found",
  // and a thrown notFound here would leave that answer without any <title> (axe: document-title).
  const found = await getCase((await params).caseId).catch(() => null);
  if (!found) return { title: "Hemväg" };
  const t = await getTranslations("cases");
  const caseTitle = t("caseNumberTitle", { number: found.caseNumber });
  return { title: { template: `%s · ${caseTitle} · Hemväg`, default: `${caseTitle} · Hemväg` } };
}

/** The case header on every page of a case: number, name, status and adviser, then its tabs. */
export default async function CaseLayout({ children, params }: { children: React.ReactNode; params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const [found, user] = await Promise.all([getCase(caseId), authorize()]);
  if (!found) notFound();
  // A merged case's number leads to the case it was merged into (decision 019); its record stays, read there and in print.
  const keptCaseId = await mergedIntoCaseId(caseId);
  if (keptCaseId) redirect(`/cases/${keptCaseId}`);
  const t = await getTranslations("cases");
  const tStatus = await getTranslations("caseStatus");
  const tRoot = await getTranslations();
  const tWorkflow = await getTranslations("workflow");
  return (
    <>
      <ProtectedIdentityBanner protection={found.protection} />
      <header className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="font-mono text-sm text-slate-700">{t("caseNumberTitle", { number: found.caseNumber })}</p>
          <h1 className="text-2xl font-semibold">
            {found.fields.firstName} {found.fields.lastName}
          </h1>
          <p className="mt-1 text-sm text-slate-700">{found.adviser ? t("adviserLine", { adviser: found.adviser.name, team: found.team.name }) : tWorkflow("inTeamQueue", { team: found.team.name })}</p>
        </div>
        <p className="rounded-md border border-brand-600 bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">
          {t("currentStatus", { status: tStatus(found.status), date: formatOfficeDay(found.statusSince) })}
        </p>
      </header>
      <CaseTabNav caseId={caseId} label={t("tabsLabel")} tabs={CASE_TABS.filter((tab) => can(user.role, tab.permission)).map((tab) => ({ suffix: tab.suffix, text: tRoot(tab.label) }))} />
      {children}
    </>
  );
}

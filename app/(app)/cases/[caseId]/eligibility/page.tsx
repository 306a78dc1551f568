import Link from "next/link";
import { getLocale } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Cell, Table } from "@/components/ui/table";
import { authorize } from "@/lib/gate";
import { listEligibilityChecks } from "@/lib/data/eligibility-checks";
import { formatSek } from "@/lib/eligibility";
import { can } from "@/lib/permissions";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { PageSection } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";

export const generateMetadata = pageTitle("eligibility.caseTab");

export default async function EligibilityChecksPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: list, t } = await openCasePage(params, listEligibilityChecks, "eligibility");
  const user = await authorize();
  const language = (await getLocale()) === "en" ? "en" : "sv";
  const isOpen = list.case.status !== "CLOSED";
  const canSave = can(user.role, "eligibility.save");
  return (
    <PageSection
      id="eligibility-heading"
      title={t("caseTab.title")}
      intro={t("caseTab.intro")}
      gap="gap-4"
      actions={
        canSave && isOpen ? (
          <Link href={`/cases/${caseId}/eligibility/new`} className={buttonClasses("primary")}>
            {t("caseTab.newCheck")}
          </Link>
        ) : null
      }
    >
      {canSave && !isOpen ? <p className="text-sm text-slate-700">{t("caseTab.caseClosed")}</p> : null}
      {list.checks.length === 0 ? (
        <p className="text-slate-700">{t("caseTab.noChecks")}</p>
      ) : (
        <Table
          caption={t("caseTab.savedChecks")}
          headers={[t("caseTab.checkedOn"), t("caseTab.applicationDate"), t("caseTab.ruleSet"), t("caseTab.outcome"), t("caseTab.total"), t("caseTab.savedBy")]}
        >
          {list.checks.map((check) => {
            const savedOn = formatOfficeDateTime(check.createdAt);
            return (
              <tr key={check.id}>
                <Cell className="whitespace-nowrap">
                  <Link href={`/cases/${caseId}/eligibility/${check.id}`} className="text-brand-700 underline" aria-label={t("caseTab.open", { date: savedOn })}>
                    {savedOn}
                  </Link>
                </Cell>
                <Cell className="whitespace-nowrap">{check.applicationDate}</Cell>
                <Cell>{check.ruleSetTitle[language]}</Cell>
                <Cell>{t(`result.outcome.${check.outcome}`)}</Cell>
                <Cell className="whitespace-nowrap text-right tabular-nums">{formatSek(check.totalSek, language)}</Cell>
                <Cell>{check.createdByName ?? t("caseTab.unknownUser")}</Cell>
              </tr>
            );
          })}
        </Table>
      )}
    </PageSection>
  );
}

import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { getRetentionOverview } from "@/lib/data/retention";
import { formatOfficeDateTime, formatOfficeDay } from "@/lib/dates";
import { ApproveForm, MakeListForm } from "./_components/retention-forms";
import { approveRetentionAction, makeRetentionListAction } from "./actions";
import { pageTitle } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";
import { DefinitionList } from "@/components/ui/definition-list";

export const generateMetadata = pageTitle("retention");

const COUNT_KEYS = ["householdMembers", "sessions", "journalEntries", "documents", "eligibilityChecks", "referrals", "followUps"] as const;

/**
 * Retention (gallring) for the administrator: the newest list of cases due
 * (the dry run: case numbers and counts, never a person), its approval, and
 * what the removal did. The rules themselves are on the settings page.
 */
export default async function RetentionPage() {
  const overview = await getRetentionOverview();
  const t = await getTranslations("retention");
  const { run, items, totals } = overview;
  const isListed = run?.state === "LISTED";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro", { years: overview.rules.removeAfterYears, days: overview.rules.researchSampleDays.join(", ") || "–" })}
      />
      <div className="flex flex-col gap-6">
        <MakeListForm action={makeRetentionListAction} />
        {run ? (
          <Section id="run-heading" title={t(`state.${run.state}`, { date: formatOfficeDateTime(run.evaluatedAt) })} size="block" className="flex flex-col gap-4">
            <DefinitionList
              className="grid max-w-2xl grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4"
              testId="retention-totals"
              termClassName="text-slate-700"
              items={[
                { term: t("toRemove"), value: totals.toRemove, valueClassName: "font-semibold" },
                { term: t("toArchive"), value: totals.toArchive, valueClassName: "font-semibold" },
                { term: t("onHold"), value: overview.casesOnHold, valueClassName: "font-semibold" },
                { term: t("removed"), value: totals.removed, valueClassName: "font-semibold" },
                ...COUNT_KEYS.map((key) => ({ term: t(`counts.${key}`), value: totals.records[key] })),
              ]}
            />
            <ApproveForm action={approveRetentionAction.bind(null, run.id)} count={totals.toRemove} canApprove={isListed && totals.toRemove > 0} />
            {isListed && totals.toRemove === 0 ? <p className="text-sm text-slate-700">{t("nothingToRemove")}</p> : null}
            {items.length > 0 ? (
              <Table caption={t("listCaption")} headers={[t("columns.caseNumber"), t("columns.disposition"), t("columns.lastEntryYear"), t("columns.records"), t("columns.result")]}>
                {items.map((item) => (
                  <tr key={item.caseId}>
                    <Cell className="font-mono">{item.caseNumber}</Cell>
                    <Cell>{t(`disposition.${item.disposition}`)}</Cell>
                    <Cell>{item.lastEntryYear}</Cell>
                    <Cell>
                      {COUNT_KEYS.filter((key) => item.counts[key] > 0)
                        .map((key) => `${t(`counts.${key}`)} ${item.counts[key]}`)
                        .join(", ") || "–"}
                    </Cell>
                    <Cell>
                      {item.removedAt
                        ? t("result.removed", { date: formatOfficeDay(item.removedAt) })
                        : item.transferredAt
                          ? t("result.transferred", { date: formatOfficeDay(item.transferredAt) })
                          : item.skippedReason
                            ? t(`result.skipped.${item.skippedReason}`)
                            : "–"}
                    </Cell>
                  </tr>
                ))}
              </Table>
            ) : (
              <p className="text-sm text-slate-700">{t("emptyList")}</p>
            )}
          </Section>
        ) : (
          <p className="text-sm text-slate-700">{t("noList")}</p>
        )}
      </div>
    </>
  );
}

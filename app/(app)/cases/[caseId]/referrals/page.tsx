import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Cell, Table } from "@/components/ui/table";
import { OverdueBadge, ReferralStatusBadge } from "@/components/referrals/referral-badges";
import { listCaseReferrals } from "@/lib/data/referrals";
import { pageTitle } from "@/i18n/page-title";
import { PageSection } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";


export const generateMetadata = pageTitle("referrals", "caseTitle");


export default async function CaseReferralsPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: result, t } = await openCasePage(params, listCaseReferrals, "referrals");
  // Days arrive as ISO strings, which is how the office writes them.
  const formatDay = (iso: string | null) => iso ?? "–";
  const isOpen = result.caseStatus !== "CLOSED";
  return (
    <PageSection
      id="referrals-heading"
      title={t("caseTitle")}
      intro={t("caseIntro", { days: result.responseDays })}
      gap="gap-4"
      actions={
        isOpen && result.canWrite ? (
          <Link href={`/cases/${caseId}/referrals/new`} className={buttonClasses("primary")}>
            {t("newReferral")}
          </Link>
        ) : null
      }
    >
      {!isOpen ? <p className="text-sm text-slate-700">{t("caseClosedReadOnly")}</p> : null}
      {result.referrals.length === 0 ? (
        <p className="text-slate-700">{t("caseEmpty")}</p>
      ) : (
        <Table caption={t("caseTitle")} headers={[t("columns.referral"), t("columns.status"), t("columns.sentOn"), t("columns.dueOn"), t("columns.consent")]}>
          {result.referrals.map((referral) => (
            <tr key={referral.id}>
              <Cell>
                <Link href={`/cases/${caseId}/referrals/${referral.id}`} className="text-brand-700 underline">
                  {t("typeTo", { type: t(`types.${referral.type}`), organisation: referral.organisationName })}
                </Link>
              </Cell>
              <Cell>
                <span className="flex flex-wrap gap-1">
                  <ReferralStatusBadge status={referral.status} label={t(`statuses.${referral.status}`)} />
                  {referral.decision ? <span className="text-xs text-slate-800">{t(`decisions.${referral.decision}`)}</span> : null}
                </span>
              </Cell>
              <Cell className="whitespace-nowrap">{formatDay(referral.sentOn)}</Cell>
              <Cell className="whitespace-nowrap">
                {referral.dueOn ? (
                  <span className="flex flex-wrap items-center gap-1">
                    {formatDay(referral.dueOn)}
                    {referral.isOverdue ? <OverdueBadge label={t("overdue")} /> : null}
                  </span>
                ) : (
                  "–"
                )}
              </Cell>
              <Cell>{referral.hasConsent ? t("consentYes") : t("consentNo")}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </PageSection>
  );
}

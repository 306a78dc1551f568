import { getTranslations } from "next-intl/server";
import { listOrganisations } from "@/lib/data/organisations";
import { prepareNewReferral } from "@/lib/data/referrals";
import { NewReferralForm } from "../_components/new-referral-form";
import { createReferralAction } from "../actions";
import { formatOfficeDay } from "@/lib/dates";
import { BackLink } from "@/components/ui/back-link";
import { pageTitle } from "@/i18n/page-title";
import { PageSection } from "@/components/ui/section";
import { openCasePage } from "../../open-case-page";

export const generateMetadata = pageTitle("referrals", "newTitle");

export default async function NewReferralPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: context, t } = await openCasePage(params, prepareNewReferral, "referrals");
  const organisations = await listOrganisations({ activeOnly: true });
  const tEligibility = await getTranslations("eligibility");
  const check = context.latestEligibilityCheck;
  const linkedCheckHint = check
    ? t("linkedCheckHint", {
        date: formatOfficeDay(check.createdAt),
        outcome: tEligibility(`result.outcome.${check.outcome}`),
      })
    : null;
  return (
    <PageSection
      id="new-referral-page-heading"
      title={t("caseTitle")}
      intro={t("newIntro")}
      extra={
        <BackLink href={`/cases/${caseId}/referrals`} className="mt-2">
          {t("backToList")}
        </BackLink>
      }
      gap="gap-4"
    >
      {context.isCaseClosed ? (
        <p className="text-sm text-slate-700">{t("caseClosedReadOnly")}</p>
      ) : (
        <NewReferralForm action={createReferralAction.bind(null, caseId)} organisations={organisations} linkedCheckHint={linkedCheckHint} />
      )}
    </PageSection>
  );
}

import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listOrganisations } from "@/lib/data/organisations";
import { prepareNewReferral } from "@/lib/data/referrals";
import { NewReferralForm } from "../_components/new-referral-form";
import { createReferralAction } from "../actions";
import { formatOfficeDay } from "@/lib/dates";
import { BackLink } from "@/components/ui/back-link";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("referrals", "newTitle");

export default async function NewReferralPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const context = await prepareNewReferral(caseId);
  if (!context) notFound();
  const organisations = await listOrganisations({ activeOnly: true });
  const t = await getTranslations("referrals");
  const tEligibility = await getTranslations("eligibility");
  const check = context.latestEligibilityCheck;
  const linkedCheckHint = check
    ? t("linkedCheckHint", {
        date: formatOfficeDay(check.createdAt),
        outcome: tEligibility(`result.outcome.${check.outcome}`),
      })
    : null;
  return (
    <section aria-labelledby="new-referral-page-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="new-referral-page-heading" className="text-xl font-semibold">
          {t("caseTitle")}
        </h2>
        <p className="mt-1 max-w-prose text-sm text-slate-700">{t("newIntro")}</p>
        <BackLink href={`/cases/${caseId}/referrals`} className="mt-2">{t("backToList")}</BackLink>
      </div>
      {context.isCaseClosed ? (
        <p className="text-sm text-slate-700">{t("caseClosedReadOnly")}</p>
      ) : (
        <NewReferralForm action={createReferralAction.bind(null, caseId)} organisations={organisations} linkedCheckHint={linkedCheckHint} />
      )}
    </section>
  );
}

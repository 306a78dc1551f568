import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getOfficeSettings, getRetentionSettings } from "@/lib/data/settings";
import { ReferralSettingsForm } from "./_components/referral-settings-form";
import { StatisticsSettingsForm } from "./_components/statistics-settings-form";
import { getLogReviewSettings } from "@/lib/data/log-review";
import { LogReviewSettingsForm } from "./_components/log-review-settings-form";
import { RetentionSettingsForm } from "./_components/retention-settings-form";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("settings");

/** Office-wide settings, one section per feature: referrals, retention. */
export default async function SettingsPage() {
  const [settings, logReview, retention] = await Promise.all([getOfficeSettings(), getLogReviewSettings(), getRetentionSettings()]);
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <section className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <ReferralSettingsForm responseDays={settings.responseDays} defaultResponseDays={settings.defaultResponseDays} />
        <p className="mt-3 text-xs text-slate-600">
          {settings.isResponseDaysSet && settings.updatedAt
            ? t("lastChanged", { date: formatOfficeDateTime(settings.updatedAt) })
            : t("usingDefault", { days: settings.defaultResponseDays })}
        </p>
      </section>
      <section className="mt-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <StatisticsSettingsForm threshold={settings.suppressionThreshold} defaultThreshold={settings.defaultSuppressionThreshold} />
      </section>
      <section className="mt-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <LogReviewSettingsForm settings={logReview.value} />
      </section>
      <section className="mt-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <RetentionSettingsForm removeAfterYears={retention.removeAfterYears} researchSampleDays={retention.researchSampleDays} auditYears={retention.auditYears} />
      </section>
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getOfficeSettings } from "@/lib/data/settings";
import { ReferralSettingsForm } from "./_components/referral-settings-form";
import { formatOfficeDateTime } from "@/lib/dates";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

/** Office-wide settings, one section per feature; retention joins here later. */
export default async function SettingsPage() {
  const settings = await getOfficeSettings();
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
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { EmergencyForm } from "./_components/emergency-form";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("cases", "emergencyTitle");

export default async function EmergencyAccessPage() {
  await authorize("case.emergencyAccess");
  const t = await getTranslations("cases");
  return (
    <>
      <PageHeader title={t("emergencyTitle")} description={t("emergencyIntro")} />
      <EmergencyForm />
    </>
  );
}

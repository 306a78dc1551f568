import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { EmergencyForm } from "./_components/emergency-form";

export async function generateMetadata() {
  const t = await getTranslations("cases");
  return { title: t("emergencyTitle") };
}

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

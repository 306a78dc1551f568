import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { caseFieldOptions } from "../_components/options";
import { IntakeForm } from "./_components/intake-form";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("cases", "intakeTitle");

export default async function NewCasePage() {
  await authorize("case.create");
  const t = await getTranslations("cases");
  return (
    <>
      <PageHeader title={t("intakeTitle")} description={t("intakeIntro")} />
      <IntakeForm options={await caseFieldOptions()} />
    </>
  );
}

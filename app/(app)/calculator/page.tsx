import { getLocale, getTranslations } from "next-intl/server";
import { EligibilityForm } from "@/components/eligibility/eligibility-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { countryOptions } from "@/lib/countries";
import { officeToday } from "@/lib/dates";
import { FORM_FIELDS, memberField } from "@/lib/eligibility-form";
import { calculateEligibilityAction } from "./actions";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("eligibility.calculator");

/** The what-if calculator: a household without names or identities; nothing is stored. */
export default async function CalculatorPage() {
  await authorize("eligibility.calculate");
  const t = await getTranslations("eligibility.calculator");
  const locale = await getLocale();
  const initialValues = {
    [FORM_FIELDS.applicationDate]: officeToday(),
    [FORM_FIELDS.destinationIsHomeCountry]: "true",
    [FORM_FIELDS.registeredInSweden]: "true",
    [memberField(0, "role")]: "APPLICANT",
    [memberField(0, "livesWithApplicant")]: "true",
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="flex flex-col gap-6">
        <Alert tone="info">{t("noIdentity")}</Alert>
        <EligibilityForm action={calculateEligibilityAction} initialValues={initialValues} countries={countryOptions(locale)} />
      </div>
    </>
  );
}

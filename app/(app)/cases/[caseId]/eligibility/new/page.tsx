import { BackLink } from "@/components/ui/back-link";
import { getLocale } from "next-intl/server";
import { EligibilityForm } from "@/components/eligibility/eligibility-form";
import { Alert } from "@/components/ui/alert";
import { countryOptions } from "@/lib/countries";
import { prefillFromCase } from "@/lib/data/eligibility-checks";
import { FORM_FIELDS, eligibilityInputToFormValues } from "@/lib/eligibility-form";
import { eligibilityCheckAction } from "../actions";
import { pageTitle } from "@/i18n/page-title";
import { PageSection } from "@/components/ui/section";
import { openCasePage } from "../../open-case-page";

export const generateMetadata = pageTitle("eligibility.caseTab", "newTitle");

/** A new check, pre-filled from the case; the adviser adjusts, calculates, then saves. */
export default async function NewEligibilityCheckPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: prefill, t } = await openCasePage(params, prefillFromCase, "eligibility.caseTab");
  const locale = await getLocale();
  const values = eligibilityInputToFormValues(prefill.input, prefill.memberLabels);
  // No earlier check to take the fare from: an empty field asks for it, "0" would not.
  if (!prefill.isFromEarlierCheck) delete values[FORM_FIELDS.travelCostSek];
  return (
    <PageSection id="new-check-heading" title={t("newTitle")} back={<BackLink href={`/cases/${caseId}/eligibility`}>{t("back")}</BackLink>} gap="gap-4">
      <Alert tone="info">{t("prefilled")}</Alert>
      <EligibilityForm action={eligibilityCheckAction.bind(null, caseId)} initialValues={values} countries={countryOptions(locale)} canSave />
    </PageSection>
  );
}

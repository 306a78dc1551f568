import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EligibilityForm } from "@/components/eligibility/eligibility-form";
import { Alert } from "@/components/ui/alert";
import { countryOptions } from "@/lib/countries";
import { prefillFromCase } from "@/lib/data/eligibility-checks";
import { FORM_FIELDS, eligibilityInputToFormValues } from "@/lib/eligibility-form";
import { eligibilityCheckAction } from "../actions";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("eligibility.caseTab", "newTitle");

/** A new check, pre-filled from the case; the adviser adjusts, calculates, then saves. */
export default async function NewEligibilityCheckPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const prefill = await prefillFromCase(caseId);
  if (!prefill) notFound();
  const t = await getTranslations("eligibility.caseTab");
  const locale = await getLocale();
  const values = eligibilityInputToFormValues(prefill.input, prefill.memberLabels);
  // No earlier check to take the fare from: an empty field asks for it, "0" would not.
  if (!prefill.isFromEarlierCheck) delete values[FORM_FIELDS.travelCostSek];
  return (
    <section aria-labelledby="new-check-heading" className="flex flex-col gap-4">
      <div>
        <Link href={`/cases/${caseId}/eligibility`} className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h2 id="new-check-heading" className="mt-2 text-xl font-semibold">
          {t("newTitle")}
        </h2>
      </div>
      <Alert tone="info">{t("prefilled")}</Alert>
      <EligibilityForm action={eligibilityCheckAction.bind(null, caseId)} initialValues={values} countries={countryOptions(locale)} canSave />
    </section>
  );
}

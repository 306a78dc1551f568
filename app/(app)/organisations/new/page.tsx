import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { countryOptions } from "@/lib/countries";
import { OrganisationForm } from "../_components/organisation-form";
import { createOrganisationAction } from "../actions";
import { BackLink } from "@/components/ui/back-link";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("organisations", "newOrganisation");

export default async function NewOrganisationPage() {
  // The data layer refuses the save anyway; this keeps the form from being shown to others.
  await authorize("organisation.manage");
  const t = await getTranslations("organisations");
  const countries = countryOptions(await getLocale());
  return (
    <>
      <PageHeader title={t("newOrganisation")} description={t("formIntro")} />
      <BackLink href="/organisations" className="mb-4">{t("backToList")}</BackLink>
      <OrganisationForm
        action={createOrganisationAction}
        initial={{ name: "", kind: "", country: "SE", phone: "", email: "", website: "", address: "", contactRoutes: "", isActive: true }}
        countries={countries}
        submitLabel={t("create")}
      />
    </>
  );
}

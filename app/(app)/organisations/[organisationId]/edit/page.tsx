import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { countryOptions } from "@/lib/countries";
import { getOrganisation } from "@/lib/data/organisations";
import { OrganisationForm } from "../../_components/organisation-form";
import { updateOrganisationAction } from "../../actions";
import { formatPhone } from "@/lib/phone";
import { BackLink } from "@/components/ui/back-link";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("organisations", "editTitle");

export default async function EditOrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const { organisationId } = await params;
  await authorize("organisation.manage");
  const organisation = await getOrganisation(organisationId);
  if (!organisation) notFound();
  const t = await getTranslations("organisations");
  const countries = countryOptions(await getLocale());
  return (
    <>
      <PageHeader title={t("editTitle")} description={organisation.name} />
      <BackLink href="/organisations" className="mb-4">{t("backToList")}</BackLink>
      <OrganisationForm
        action={updateOrganisationAction.bind(null, organisationId)}
        initial={{
          name: organisation.name,
          kind: organisation.kind,
          country: organisation.country,
          phone: organisation.phone ? formatPhone(organisation.phone) : "",
          email: organisation.email ?? "",
          website: organisation.website ?? "",
          address: organisation.address ?? "",
          contactRoutes: organisation.contactRoutes,
          isActive: organisation.isActive,
          savedAt: organisation.updatedAt.toISOString(),
        }}
        countries={countries}
        submitLabel={t("save")}
      />
    </>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { countryOptions } from "@/lib/countries";
import { OrganisationForm } from "../_components/organisation-form";
import { createOrganisationAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("organisations");
  return { title: t("newOrganisation") };
}

export default async function NewOrganisationPage() {
  // The data layer refuses the save anyway; this keeps the form from being shown to others.
  await authorize("organisation.manage");
  const t = await getTranslations("organisations");
  const countries = countryOptions(await getLocale());
  return (
    <>
      <PageHeader title={t("newOrganisation")} description={t("formIntro")} />
      <p className="mb-4 text-sm">
        <Link href="/organisations" className="text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <OrganisationForm
        action={createOrganisationAction}
        initial={{ name: "", kind: "", country: "SE", phone: "", email: "", website: "", address: "", contactRoutes: "", isActive: true }}
        countries={countries}
        submitLabel={t("create")}
      />
    </>
  );
}

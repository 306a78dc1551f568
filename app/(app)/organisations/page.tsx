import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { countryName } from "@/lib/countries";
import { listOrganisations } from "@/lib/data/organisations";
import { can } from "@/lib/permissions";
import { formatPhone } from "@/lib/phone";
import { pageTitle } from "@/i18n/page-title";
import { DefinitionList } from "@/components/ui/definition-list";

export const generateMetadata = pageTitle("organisations");

/** The register of where people are referred, with how to reach each; administrators keep it up to date. */
export default async function OrganisationsPage() {
  const organisations = await listOrganisations();
  const user = await authorize();
  const canManage = can(user.role, "organisation.manage");
  const t = await getTranslations("organisations");
  const locale = await getLocale();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          canManage ? (
            <Link href="/organisations/new" className={buttonClasses("primary")}>
              {t("newOrganisation")}
            </Link>
          ) : null
        }
      />
      {organisations.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <article aria-labelledby={`organisation-${organisation.id}`} className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 id={`organisation-${organisation.id}`} className="text-lg font-semibold">
                  {organisation.name}
                </h2>
                {!organisation.isActive ? <span className="rounded-md border border-slate-400 px-2 py-0.5 text-xs text-slate-800">{t("inactive")}</span> : null}
              </div>
              <p className="text-sm text-slate-700">
                {t(`kinds.${organisation.kind}`)} · {countryName(organisation.country, locale)}
              </p>
              <p className="text-sm whitespace-pre-wrap">{organisation.contactRoutes || t("noContactRoutes")}</p>
              <DefinitionList
                className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm"
                termClassName="font-medium text-slate-800"
                items={[
                  organisation.phone ? { term: t("fields.phone"), value: formatPhone(organisation.phone) } : null,
                  organisation.email ? { term: t("fields.email"), value: organisation.email, valueClassName: "break-all" } : null,
                  organisation.address ? { term: t("fields.address"), value: organisation.address, valueClassName: "whitespace-pre-wrap" } : null,
                  organisation.website
                    ? {
                        term: t("fields.website"),
                        value: (
                          <a href={organisation.website} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
                            {organisation.website}
                          </a>
                        ),
                        valueClassName: "break-all",
                      }
                    : null,
                ]}
              />
              {canManage ? (
                <p className="mt-auto pt-2 text-sm">
                  <Link href={`/organisations/${organisation.id}/edit`} className="text-brand-700 underline">
                    {t("edit", { name: organisation.name })}
                  </Link>
                </p>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EligibilityResultView } from "@/components/eligibility/eligibility-result";
import { buttonClasses } from "@/components/ui/button";
import { Cell, Table } from "@/components/ui/table";
import { countryName } from "@/lib/countries";
import { getEligibilityCheck } from "@/lib/data/eligibility-checks";
import { formatSek } from "@/lib/eligibility";
import { formatOfficeDateTime } from "@/lib/dates";
import { Confirmation } from "@/components/ui/confirmation";
import { BackLink } from "@/components/ui/back-link";
import { pageTitle } from "@/i18n/page-title";
import { PageSection, Panel } from "@/components/ui/section";
import { DefinitionList } from "@/components/ui/definition-list";

export const generateMetadata = pageTitle("eligibility.caseTab");

/** A saved check, shown from its stored input and result: as it was when it was saved. */
export default async function EligibilityCheckPage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string; checkId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ caseId, checkId }, { saved }] = await Promise.all([params, searchParams]);
  const check = await getEligibilityCheck(checkId);
  if (!check || check.caseId !== caseId) notFound();
  const t = await getTranslations("eligibility");
  const tGround = await getTranslations("permitGround");
  const locale = await getLocale();
  const language = locale === "en" ? "en" : "sv";
  const savedOn = formatOfficeDateTime(check.createdAt);
  const { input, result } = check;
  const yesNo = (value: boolean) => (value ? t("caseTab.yes") : t("caseTab.no"));
  const person = (index: number) => {
    const name = check.memberFirstNames[index];
    return name ? t("form.personNamed", { number: index + 1, name }) : t("form.person", { number: index + 1 });
  };
  return (
    <PageSection
      id="check-heading"
      title={t("caseTab.savedTitle", { date: savedOn })}
      back={<BackLink href={`/cases/${caseId}/eligibility`}>{t("caseTab.back")}</BackLink>}
      intro={
        <>
          {t("caseTab.savedMeta", {
            date: savedOn,
            name: check.createdByName ?? t("caseTab.unknownUser"),
            ruleSet: language === "en" ? (result.ruleSet.titleEn ?? result.ruleSet.title) : result.ruleSet.title,
          })}{" "}
          {t("caseTab.savedIntro")}
        </>
      }
      gap="gap-4"
    >
      {saved ? <Confirmation>{t("caseTab.saved")}</Confirmation> : null}
      <div className="flex flex-wrap gap-3">
        <Link href={`/print/eligibility/${check.id}?lang=sv`} className={buttonClasses("secondary")} lang="sv">
          {t("caseTab.printSv")}
        </Link>
        <Link href={`/print/eligibility/${check.id}?lang=en`} className={buttonClasses("secondary")} lang="en">
          {t("caseTab.printEn")}
        </Link>
      </div>

      <EligibilityResultView result={result} memberLabels={check.memberFirstNames} headingLevel={3} />

      <Panel id="check-input-heading" title={t("caseTab.inputTitle")} className="flex flex-col gap-3">
        <DefinitionList
          className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]"
          items={[
            { term: t("caseTab.applicationDate"), value: input.applicationDate },
            {
              term: t("caseTab.destination"),
              value: (
                <>
                  {countryName(input.destination.country, locale)} ({input.destination.isHomeCountry ? t("caseTab.homeCountry") : t("caseTab.notHomeCountry")})
                </>
              ),
            },
            { term: t("caseTab.registered"), value: yesNo(input.registeredInSweden) },
            { term: t("caseTab.debts"), value: yesNo(input.hasDebtsToCsnOrKronofogden) },
            { term: t("caseTab.ownTravel"), value: yesNo(input.canPayOwnTravel) },
            { term: t("caseTab.grantBefore"), value: yesNo(input.hadGrantBefore) },
            { term: t("caseTab.travelCost"), value: formatSek(input.travelCostSek, language) },
          ]}
        />
        <Table
          caption={t("caseTab.household")}
          headers={[t("caseTab.person"), t("caseTab.role"), t("caseTab.birthDate"), t("caseTab.citizenships"), t("caseTab.permit"), t("caseTab.livesWithApplicant")]}
        >
          {input.members.map((member, index) => (
            <tr key={index}>
              <Cell>{person(index)}</Cell>
              <Cell>{t(`roles.${member.role}`)}</Cell>
              <Cell className="whitespace-nowrap">{member.birthDate}</Cell>
              <Cell>{member.citizenships.length > 0 ? member.citizenships.map((code) => countryName(code, locale)).join(", ") : t("caseTab.stateless")}</Cell>
              <Cell>
                {member.permit
                  ? `${tGround(member.permit.ground)}, ${member.permit.permanent ? t("caseTab.permanent") : t("caseTab.temporary")}, ${t("caseTab.grantedOn", { date: member.permit.grantedOn })}`
                  : t("caseTab.none")}
              </Cell>
              <Cell>{member.role === "APPLICANT" ? "–" : yesNo(member.livesWithApplicant)}</Cell>
            </tr>
          ))}
        </Table>
      </Panel>
    </PageSection>
  );
}

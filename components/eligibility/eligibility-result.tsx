import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatSek, type EligibilityResult, type MemberResult, type Reason } from "@/lib/eligibility";
import { ScrollRegion } from "@/components/ui/scroll-region";

// The result of an eligibility check in the reader's language: outcome in words, amounts,
// caps, each person with their reasons, warnings, alternatives, and every reason with its
// citation. No "use client" and no state, so a page renders it on the server (a saved
// check) and the form renders it in the browser (a preview). A saved result may come from
// an older engine, so the fields the contract calls "extra" are read as optional.

type Language = "sv" | "en";

const OUTCOME_STYLES: Record<EligibilityResult["outcome"], string> = {
  ELIGIBLE: "border-green-700 bg-green-50 text-green-900",
  NOT_ELIGIBLE: "border-red-700 bg-red-50 text-red-900",
  NEEDS_ASSESSMENT: "border-amber-600 bg-amber-50 text-amber-900",
};

const CAP_CODES = new Set(["CAP_FAMILY_TOTAL", "CAP_COUPLE", "CAP_HOUSEHOLD"]);

export function languageOf(locale: string): Language {
  return locale === "en" ? "en" : "sv";
}

function ReasonList({ reasons, language }: { reasons: readonly Reason[]; language: Language }) {
  const t = useTranslations("eligibility.result");
  return (
    <ul className="flex list-disc flex-col gap-2 pl-5">
      {reasons.map((reason, index) => (
        <li key={`${reason.code}-${index}`}>
          <span>{reason.text[language]}</span>{" "}
          <span className="block text-xs text-slate-600">
            {t("citation")}: {reason.citation}
          </span>
        </li>
      ))}
    </ul>
  );
}

function ReasonGroup({
  title,
  reasons,
  language,
  headingLevel,
  tone,
}: {
  title: string;
  reasons: readonly Reason[];
  language: Language;
  headingLevel: 3 | 4;
  tone: "error" | "warning" | "plain";
}) {
  if (reasons.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  const border = tone === "error" ? "border-red-700" : tone === "warning" ? "border-amber-600" : "border-slate-300";
  return (
    <div className={`border-l-4 pl-3 text-sm ${border}`}>
      <Heading className="mb-1 font-semibold">{title}</Heading>
      <ReasonList reasons={reasons} language={language} />
    </div>
  );
}

export type EligibilityResultViewProps = {
  result: EligibilityResult;
  /** First names in a case; a calculator shows "Person 1" instead. */
  memberLabels?: readonly (string | null | undefined)[];
  /** The section heading's level; the blocks inside use the next one down. */
  headingLevel?: 2 | 3;
  title?: string;
  /** Shown under the heading, e.g. whether the rules are in force on the date. */
  badge?: React.ReactNode;
};

export function EligibilityResultView({ result, memberLabels = [], headingLevel = 2, title, badge }: EligibilityResultViewProps) {
  const t = useTranslations("eligibility");
  const language = languageOf(useLocale());
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const subLevel = (headingLevel + 1) as 3 | 4;
  const SubHeading = `h${subLevel}` as const;
  const sek = (amount: number) => formatSek(amount, language);

  const capsApplied = result.capsApplied ?? [];
  const isCap = (reason: Reason) => CAP_CODES.has(reason.code) || capsApplied.includes(reason.code);
  const blocking = result.reasons.filter((reason) => reason.severity === "BLOCKS");
  const caps = result.reasons.filter(isCap);
  const warnings = result.reasons.filter((reason) => reason.severity === "WARNS" && !isCap(reason));
  const information = result.reasons.filter((reason) => reason.severity === "INFO" && !isCap(reason));
  const ruleSetTitle = language === "en" ? (result.ruleSet.titleEn ?? result.ruleSet.title) : result.ruleSet.title;
  const isInForce = result.ruleSet.inForceOnApplicationDate ?? true;

  const memberName = (member: MemberResult, position: number) => {
    const number = position + 1;
    const label = memberLabels[member.index ?? position];
    const role = member.role ? t(`roles.${member.role}`) : null;
    const name = label ? t("form.personNamed", { number, name: label }) : t("form.person", { number });
    return role ? `${name} (${role.toLowerCase()})` : name;
  };

  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <Heading id={headingId} className="text-lg font-semibold">
          {title ?? t("result.title")}
        </Heading>
        {badge}
      </div>

      <div className={`rounded-md border-l-4 px-4 py-3 ${OUTCOME_STYLES[result.outcome]}`}>
        <p className="text-lg font-semibold" data-testid="eligibility-outcome">
          {t(`result.outcome.${result.outcome}`)}
        </p>
        {result.isProvisional ? <p className="mt-1 text-sm">{t("result.provisional")}</p> : null}
        <p className="mt-1 text-sm">{t("result.notDecision")}</p>
      </div>

      {/* A titled result (side by side) already names its rules in the heading. */}
      {title === undefined || !isInForce ? (
        <p className="text-sm text-slate-700">
          {title === undefined ? (
            <>
              <span className="font-medium">{t("result.ruleSet")}:</span> {ruleSetTitle}
            </>
          ) : null}
          {isInForce ? null : <span className="block">{t("result.notInForce")}</span>}
        </p>
      ) : null}

      <div>
        <SubHeading className="mb-1 font-semibold">{t("result.amounts")}</SubHeading>
        <dl className="grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
          <dt>{t("result.allowance")}</dt>
          <dd className="text-right tabular-nums">
            {sek(result.allowanceSek)}
            {result.uncappedAllowanceSek !== undefined && result.uncappedAllowanceSek > result.allowanceSek ? (
              <span className="block text-xs text-slate-600">{t("result.uncapped", { amount: sek(result.uncappedAllowanceSek) })}</span>
            ) : null}
          </dd>
          <dt>{t("result.travelCost")}</dt>
          <dd className="text-right tabular-nums">{sek(result.travelCostSek)}</dd>
          <dt className="border-t border-slate-300 pt-1 font-semibold">{t("result.total")}</dt>
          <dd className="border-t border-slate-300 pt-1 text-right font-semibold tabular-nums" data-testid="eligibility-total">
            {sek(result.totalSek)}
          </dd>
        </dl>
        {result.perAdultSek !== undefined && result.perChildSek !== undefined ? (
          <p className="mt-1 text-xs text-slate-600">
            {t("result.perAdult", { amount: sek(result.perAdultSek) })} · {t("result.perChild", { amount: sek(result.perChildSek) })}
          </p>
        ) : null}
      </div>

      <div>
        <SubHeading className="mb-1 font-semibold">{t("result.capsApplied")}</SubHeading>
        {caps.length > 0 ? <ReasonList reasons={caps} language={language} /> : <p className="text-sm">{t("result.noCaps")}</p>}
      </div>

      <div>
        <SubHeading className="mb-1 font-semibold">{t("result.members")}</SubHeading>
        {/* Scrolls on its own at 320 px rather than widening the page. */}
        <ScrollRegion label={t("result.members")}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("result.members")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-2 py-1 font-semibold">{t("result.person")}</th>
                <th scope="col" className="px-2 py-1 font-semibold">{t("result.age")}</th>
                <th scope="col" className="px-2 py-1 font-semibold">{t("result.covered")}</th>
                <th scope="col" className="px-2 py-1 text-right font-semibold">{t("result.amount")}</th>
              </tr>
            </thead>
            {/* One body per person: their row, then their reasons across the full width, so
                the table stays readable in a narrow column of the side-by-side view. */}
            {result.members.map((member, position) => (
              <tbody key={member.index ?? position} className="border-t border-slate-300">
                <tr>
                  <th scope="row" className="px-2 pt-2 align-top font-medium">
                    {memberName(member, position)}
                  </th>
                  <td className="px-2 pt-2 align-top">
                    {member.ageYears === undefined || member.ageYears === null
                      ? t("result.ageUnknown")
                      : t("result.ageYears", { age: member.ageYears })}{" "}
                    ({member.isChild ? t("result.child") : t("result.adult")})
                  </td>
                  <td className="px-2 pt-2 align-top">{member.eligible ? t("result.yes") : t("result.no")}</td>
                  <td className="px-2 pt-2 text-right align-top whitespace-nowrap tabular-nums">
                    {sek(member.allowanceSek)}
                    {member.uncappedAllowanceSek !== undefined && member.uncappedAllowanceSek > member.allowanceSek ? (
                      <span className="block text-xs text-slate-600">{t("result.uncapped", { amount: sek(member.uncappedAllowanceSek) })}</span>
                    ) : null}
                  </td>
                </tr>
                {member.reasons.length > 0 ? (
                  <tr>
                    <td colSpan={4} className="px-2 pt-1 pb-2">
                      <span className="sr-only">
                        {t("result.reasons")}, {memberName(member, position)}:
                      </span>
                      <ReasonList reasons={member.reasons} language={language} />
                    </td>
                  </tr>
                ) : null}
              </tbody>
            ))}
          </table>
        </ScrollRegion>
      </div>

      <ReasonGroup title={t("result.blocking")} reasons={blocking} language={language} headingLevel={subLevel} tone="error" />
      <ReasonGroup title={t("result.warnings")} reasons={warnings} language={language} headingLevel={subLevel} tone="warning" />

      {result.alternatives.length > 0 ? (
        <div className="border-l-4 border-brand-600 pl-3 text-sm">
          <SubHeading className="mb-1 font-semibold">{t("result.alternatives")}</SubHeading>
          <ul className="flex list-disc flex-col gap-2 pl-5">
            {result.alternatives.map((alternative) => (
              <li key={alternative.code}>
                {alternative.text[language]}
                {alternative.source ? (
                  <span className="block text-xs text-slate-600">
                    {t("result.citation")}: {alternative.source}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <ReasonGroup title={t("result.information")} reasons={information} language={language} headingLevel={subLevel} tone="plain" />
    </section>
  );
}

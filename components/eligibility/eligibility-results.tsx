import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { EligibilityResult } from "@/lib/eligibility";
import { EligibilityResultView, languageOf } from "./eligibility-result";

/**
 * One result, or the same household under each rule set side by side when the
 * application date is near a change of rules (the what-if calculator).
 */
export function EligibilityResults({
  results,
  memberLabels,
}: {
  results: readonly EligibilityResult[];
  memberLabels?: readonly (string | null | undefined)[];
}) {
  const t = useTranslations("eligibility.compare");
  const language = languageOf(useLocale());
  const headingId = useId();
  const [first] = results;
  if (!first) return null;
  if (results.length === 1) return <EligibilityResultView result={first} memberLabels={memberLabels} />;

  const changeOn = results.map((result) => result.ruleSet.validFrom).sort().at(-1) ?? "";
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro", { date: changeOn })}</p>
      <div className="grid gap-4 lg:grid-cols-2" data-testid="eligibility-comparison">
        {results.map((result) => {
          const isInForce = result.ruleSet.inForceOnApplicationDate ?? true;
          return (
            <EligibilityResultView
              key={result.ruleSet.id}
              result={result}
              memberLabels={memberLabels}
              headingLevel={3}
              title={language === "en" ? result.ruleSet.titleEn : result.ruleSet.title}
              badge={
                <p
                  className={`mt-1 inline-block rounded px-2 py-0.5 text-xs font-medium ${
                    isInForce ? "bg-brand-100 text-brand-800" : "bg-slate-200 text-slate-800"
                  }`}
                >
                  {isInForce ? t("inForce") : t("hypothetical")}
                </p>
              }
            />
          );
        })}
      </div>
    </section>
  );
}

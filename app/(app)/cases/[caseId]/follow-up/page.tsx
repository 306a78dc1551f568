import { getTranslations } from "next-intl/server";
import { listFollowUps } from "@/lib/data/follow-ups";
import { isoOfDbDate } from "@/lib/dates";

import { officeToday } from "@/lib/dates";
import { FollowUpForm } from "./_components/follow-up-form";
import { recordFollowUpAction } from "./actions";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { Disclosure } from "@/components/ui/disclosure";
import { REINTEGRATION_DIMENSIONS } from "@/lib/schemas/form-constants";
import { pageTitle } from "@/i18n/page-title";
import { PageSection, Panel } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";

export const generateMetadata = pageTitle("followUps");

const SCORE_FIELD = { economic: "economicScore", social: "socialScore", psychosocial: "psychosocialScore" } as const;

export default async function FollowUpPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: result, t } = await openCasePage(params, listFollowUps, "followUps");
  const tc = await getTranslations("casework");
  const today = officeToday();
  const day = (date: Date) => isoOfDbDate(date);
  const { followUps } = result;
  const completed = followUps.filter((followUp) => followUp.completedOn !== null);
  const nextDue = followUps.find((followUp) => followUp.completedOn === null);
  const tForms = await getTranslations("forms");
  /** Where one follow-up stands, in one line: due or done, late, and its scores. */
  const standing = (followUp: (typeof followUps)[number]) => {
    const parts = [t("dueOn", { date: day(followUp.dueOn) })];
    if (followUp.completedOn) parts.push(t("completedOnDate", { date: day(followUp.completedOn) }));
    else if (isoOfDbDate(followUp.dueOn) < today) parts.push(t("late"));
    const scores = REINTEGRATION_DIMENSIONS.filter((dimension) => followUp[SCORE_FIELD[dimension]] !== null).map(
      (dimension) => `${t(`dimensions.${dimension}.title`)} ${followUp[SCORE_FIELD[dimension]]}`,
    );
    if (scores.length) parts.push(scores.join(", "));
    return parts.join(" · ");
  };

  return (
    <PageSection id="follow-up-heading" title={t("title")} intro={t("intro")}>
      {followUps.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <>
          <Panel id="scores-heading" title={t("scoresOverTime")}>
            {completed.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">{t("noScoresYet")}</p>
            ) : (
              <ScrollRegion label={t("scoresOverTime")} className="mt-3">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t("scoresOverTime")}</caption>
                  <thead>
                    <tr className="bg-slate-100">
                      <th scope="col" className="px-3 py-2 font-semibold">
                        {t("dimension")}
                      </th>
                      {completed.map((followUp) => (
                        <th key={followUp.id} scope="col" className="px-3 py-2 font-semibold">
                          {t("afterMonths", { months: followUp.monthsAfterReturn })}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {REINTEGRATION_DIMENSIONS.map((dimension) => (
                      <tr key={dimension}>
                        <th scope="row" className="px-3 py-2 font-medium">
                          {t(`dimensions.${dimension}.title`)}
                        </th>
                        {completed.map((followUp) => {
                          const score = followUp[SCORE_FIELD[dimension]];
                          return (
                            <td key={followUp.id} className="px-3 py-2">
                              {score === null ? (
                                "–"
                              ) : (
                                <div className="flex items-center gap-2">
                                  <span className="w-24 shrink-0">{t("scoreOf", { score, label: t(`scoreLabels.${score}`) })}</span>
                                  <span className="block h-3 w-24 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                                    <span className="block h-full bg-brand-600" style={{ width: `${(score / 5) * 100}%` }} />
                                  </span>
                                </div>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </Panel>

          {/* The follow-ups as sections (issue 15: one page of every form was 4,750 px tall): a summary
              that links to each, and each with a line that says where it stands and its form folded away. Only the
              next contact due is open. */}
          <Panel id="follow-up-summary-heading" title={tForms("summary")} as="nav">
            <ul className="mt-2 flex flex-col gap-1 text-sm">
              {followUps.map((followUp) => (
                <li key={followUp.id}>
                  <a href={`#follow-up-${followUp.monthsAfterReturn}`} className="font-medium text-brand-700 underline">
                    {t("contactAfter", { months: followUp.monthsAfterReturn })}
                  </a>{" "}
                  · {standing(followUp)}
                </li>
              ))}
            </ul>
          </Panel>

          <ol className="flex flex-col gap-4">
            {followUps.map((followUp) => (
              <li key={followUp.id} id={`follow-up-${followUp.monthsAfterReturn}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white">
                <div className="px-4 pt-4">
                  <h3 className="text-lg font-semibold">{t("contactAfter", { months: followUp.monthsAfterReturn })}</h3>
                  <p className="text-sm text-slate-700">{standing(followUp)}</p>
                </div>
                <Disclosure defaultOpen={followUp.id === nextDue?.id} summary={tForms("openSection")} className="mt-2 border-t border-slate-200">
                  <div className="flex flex-col gap-3 border-t border-slate-200 p-4">
                    {result.canEdit ? (
                      <FollowUpForm
                        months={followUp.monthsAfterReturn}
                        action={recordFollowUpAction.bind(null, caseId, followUp.id)}
                        initial={{
                          completedOn: followUp.completedOn ? isoOfDbDate(followUp.completedOn) : "",
                          economicScore: followUp.economicScore?.toString() ?? "",
                          socialScore: followUp.socialScore?.toString() ?? "",
                          psychosocialScore: followUp.psychosocialScore?.toString() ?? "",
                          notes: followUp.notes,
                          savedAt: followUp.updatedAt.toISOString(),
                        }}
                      />
                    ) : followUp.completedOn ? (
                      <p className="whitespace-pre-wrap text-sm">{followUp.notes || "–"}</p>
                    ) : (
                      <p className="text-sm text-slate-700">{result.caseStatus === "CLOSED" ? tc("caseClosedReadOnly") : t("notDoneYet")}</p>
                    )}
                  </div>
                </Disclosure>
              </li>
            ))}
          </ol>
        </>
      )}
    </PageSection>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { getReviewMonth } from "@/lib/data/log-review";
import { drawParameterValues, isReviewMonth } from "@/lib/log-review/month";
import { can } from "@/lib/permissions";
import { LOG_REVIEW_RULES } from "@/lib/vocabularies/protected-identity";
import { PickVerdictForm, SignOffForm } from "./_components/review-forms";
import { formatOfficeDateTime, formatOfficeDay } from "@/lib/dates";
import { Panel } from "@/components/ui/section";
import { DefinitionList } from "@/components/ui/definition-list";

export async function generateMetadata({ params }: { params: Promise<{ month: string }> }) {
  const t = await getTranslations("logReview");
  const { month } = await params;
  return { title: isReviewMonth(month) ? t("monthTitle", { month }) : t("title") };
}

/** One month's review: who read what, when, from where and why, each with its verdict; then the sign-off. */
export default async function LogReviewMonthPage({ params }: { params: Promise<{ month: string }> }) {
  const user = await authorize("logReview.read");
  const { month } = await params;
  const review = await getReviewMonth(month);
  if (!review) notFound();
  const t = await getTranslations("logReview");
  const tRoles = await getTranslations("roles");
  const when = (date: Date) => formatOfficeDateTime(date, { seconds: true });
  const canWrite = can(user.role, "logReview.write") && !review.signedOffAt;
  const totals = review.parameters.ruleTotals ?? {};
  return (
    <>
      <PageHeader
        title={t("monthTitle", { month })}
        description={t("summary", { reads: review.readCount, picks: review.picks.length, date: formatOfficeDay(review.createdAt), name: review.createdBy ?? "–" })}
        actions={
          <a href={`/api/log-review/${month}/pdf`} className={buttonClasses("secondary")}>
            {t("pdf")}
          </a>
        }
      />
      <div className="flex flex-col gap-6">
        {review.signedOffAt ? (
          <Alert tone="success">{t("signedOff", { name: review.signedOffBy ?? "–", date: when(review.signedOffAt) })}</Alert>
        ) : (
          <Alert tone="info">{t("statusOpen", { unmarked: review.unmarked })}</Alert>
        )}
        <Panel id="rules-heading" title={t("ruleTotals")} level={2} className="min-w-0 text-sm [overflow-wrap:anywhere]">
          <p className="mt-1 text-slate-700">
            {t("parameters", drawParameterValues(review))}
          </p>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {LOG_REVIEW_RULES.map((rule) => (
              <li key={rule}>
                {t(`rules.${rule}`)}: <strong>{totals[rule] ?? 0}</strong>
              </li>
            ))}
          </ul>
        </Panel>

        <ol className="flex min-w-0 flex-col gap-4 [overflow-wrap:anywhere]" aria-label={t("pdfPicks")}>
          {review.picks.map((pick) => (
            <li key={pick.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="review-pick">
              {pick.event ? (
                <>
                  <h3 className="font-semibold">
                    {when(pick.event.at)} · {pick.event.userName ?? pick.event.userEmail ?? "–"}
                  </h3>
                  <DefinitionList
                    className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]"
                    termClassName="font-medium text-slate-700"
                    items={[
                      {
                        term: t("columns.who"),
                        value: (
                          <>
                            {pick.event.userEmail ?? "–"}
                            {pick.event.role ? `, ${tRoles(pick.event.role)}` : ""}
                            {pick.event.userTeam ? `, ${pick.event.userTeam}` : ""}
                          </>
                        ),
                        valueClassName: "break-words",
                      },
                      {
                        term: t("columns.what"),
                        value: (
                          <>
                            <span className="font-mono text-xs">{pick.event.action}</span> · {pick.event.caseNumber ?? t("caseGone")}
                            {pick.event.caseTeam ? ` (${pick.event.caseTeam})` : ""}
                            {pick.event.isProtected ? ` · ${t("protectedCase")}` : ""}
                          </>
                        ),
                      },
                      { term: t("columns.where"), value: pick.event.ipAddress ?? "–", valueClassName: "font-mono text-xs" },
                      {
                        term: t("columns.why"),
                        value: (
                          <>
                            {pick.rules.map((rule) => t(`rules.${rule}`)).join(", ")}
                            {pick.event.grantReason ? <span className="block">{t("grantReason", { reason: pick.event.grantReason })}</span> : null}
                            {pick.event.statedReason ? <span className="block">{t("statedReason", { reason: pick.event.statedReason })}</span> : null}
                          </>
                        ),
                      },
                    ]}
                  />
                </>
              ) : (
                <p>{t("eventGone")}</p>
              )}
              <div className="mt-3 border-t border-slate-200 pt-3">
                {canWrite ? (
                  <PickVerdictForm month={month} pickId={pick.id} version={pick.version} verdict={pick.verdict} comment={pick.comment} />
                ) : (
                  <p>
                    <strong>{pick.verdict ? t(`verdicts.${pick.verdict}`) : t("unmarked")}</strong>
                    {pick.comment ? ` – ${pick.comment}` : ""}
                  </p>
                )}
                {pick.markedBy && pick.markedAt ? <p className="mt-1 text-xs text-slate-600">{t("markedBy", { name: pick.markedBy, date: when(pick.markedAt) })}</p> : null}
              </div>
            </li>
          ))}
        </ol>

        {canWrite ? (
          <Panel id="sign-off-heading" title={t("signOffTitle")} level={2} className="flex flex-col gap-2">
            <p className="text-sm text-slate-700">{t("signOffIntro")}</p>
            <SignOffForm month={month} version={review.version} />
          </Panel>
        ) : null}
        <p>
          <Link href="/log-review" className="text-brand-700 underline">
            {t("monthsTitle")}
          </Link>
        </p>
      </div>
    </>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { listEmergencyAccesses } from "@/lib/data/emergency-access";
import { SignOffForm } from "./_components/sign-off-form";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { DefinitionList } from "@/components/ui/definition-list";

export const generateMetadata = pageTitle("emergencyReview");

/**
 * Managers review every emergency opening of their team's cases and sign each
 * off, "reviewed — justified / not justified", with a comment (issue 12 M1).
 * Those still to review come first; `?show=unreviewed` lists only them.
 */
export default async function EmergencyAccessReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { show } = await searchParams;
  const onlyUnreviewed = show === "unreviewed";
  const accesses = await listEmergencyAccesses({ onlyUnreviewed });
  const t = await getTranslations("emergencyReview");
  const ts = await getTranslations("emergencySignOff");
  const now = new Date();
  const when = (date: Date) => formatOfficeDateTime(date);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <nav aria-label={ts("filterLabel")} className="mb-4 flex gap-4 text-sm">
        <Link href="/emergency-access?show=unreviewed" aria-current={onlyUnreviewed ? "page" : undefined} className="text-brand-700 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline">
          {ts("onlyUnreviewed")}
        </Link>
        <Link href="/emergency-access" aria-current={onlyUnreviewed ? undefined : "page"} className="text-brand-700 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline">
          {ts("all")}
        </Link>
      </nav>
      {accesses.length === 0 ? (
        <p className="text-slate-700">{onlyUnreviewed ? ts("noneToReview") : t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {accesses.map((access) => (
            <li key={access.id}>
              <article aria-labelledby={`grant-${access.id}`} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="emergency-grant">
                <h2 id={`grant-${access.id}`} className="font-semibold">
                  {ts("grantHeading", { who: access.user.name, case: access.case.caseNumber })}
                </h2>
                <DefinitionList
                  className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]"
                  items={[
                    {
                      term: t("who"),
                      value: (
                        <>
                          {access.user.name} <span className="text-slate-700">({access.user.email})</span>
                        </>
                      ),
                    },
                    {
                      term: t("case"),
                      value: (
                        <Link href={`/cases/${access.case.id}`} className="text-brand-700 underline">
                          {access.case.caseNumber}
                        </Link>
                      ),
                    },
                    { term: t("reason"), value: access.reason, valueClassName: "break-words" },
                    { term: t("when"), value: when(access.createdAt) },
                    {
                      term: t("until"),
                      value: (
                        <>
                          {when(access.expiresAt)}
                          {access.expiresAt > now ? <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("active")}</span> : null}
                        </>
                      ),
                    },
                  ]}
                />
                {access.review ? (
                  <p className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="emergency-review">
                    <strong>{ts(`reviewed.${access.review.verdict}`)}</strong> — {access.review.comment}
                    <span className="block text-slate-700">{ts("reviewedBy", { name: access.review.reviewer.name, when: when(access.review.createdAt) })}</span>
                  </p>
                ) : access.isOwn ? (
                  <p className="text-sm text-slate-700">{ts("ownGrant")}</p>
                ) : (
                  <SignOffForm grantId={access.id} />
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

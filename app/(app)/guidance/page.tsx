import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { listArticles, searchArticles } from "@/lib/data/guidance";
import { can } from "@/lib/permissions";
import { GuidanceQuerySchema, QUERY_MAX } from "@/lib/schemas/guidance";
import { DraftBadge, TopicBadge } from "./_components/badges";
import { currentLanguage, titleIn } from "./_components/localized";
import { Snippet } from "./_components/snippet";
import { formatOfficeDay } from "@/lib/dates";
import { GUIDANCE_TOPICS } from "@/lib/vocabularies/guidance-topics";
import { pageTitle } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("guidance");

const LINK = "text-brand-700 underline";

/** Topics, search and the list. Search is a GET form: it works before JavaScript, and a search can be bookmarked. */
export default async function GuidancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await authorize("guidance.read");
  const { q, topic } = GuidanceQuerySchema.parse(await searchParams);
  const language = await currentLanguage();
  const [articles, hits] = await Promise.all([listArticles(topic), q ? searchArticles(q, language) : Promise.resolve(null)]);
  const t = await getTranslations("guidance");
  const tTopic = await getTranslations("guidanceTopics");
  const byTopic = GUIDANCE_TOPICS.map((key) => ({ topic: key, articles: articles.filter((article) => article.topic === key) })).filter(
    (group) => group.articles.length > 0,
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <div className="flex flex-wrap gap-2">
            {can(user.role, "guidance.edit") ? (
              <Link href="/guidance/new" className={buttonClasses("secondary")}>
                {t("newArticle")}
              </Link>
            ) : null}
            <Link href="/guidance/wizard" className={buttonClasses("primary")}>
              {t("wizardLink")}
            </Link>
          </div>
        }
      />

      <form method="get" action="/guidance" role="search" aria-label={t("searchLabel")} className="mb-6 flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4">
        <label htmlFor="guidance-q" className="text-sm font-medium text-slate-800">
          {t("searchLabel")}
        </label>
        <p id="guidance-q-hint" className="text-xs text-slate-600">
          {t("searchHint")}
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="guidance-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={QUERY_MAX}
            aria-describedby="guidance-q-hint"
            className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm shadow-sm"
          />
          <button type="submit" className={buttonClasses("primary")}>
            {t("search")}
          </button>
        </div>
      </form>

      {hits ? (
        <Section id="results-heading" title={t("resultsTitle", { q })} size="block" className="mb-8" headingClassName="mb-1">
          <p className="mb-3 text-sm text-slate-700" aria-live="polite">
            {hits.length ? t("resultsCount", { count: hits.length }) : t("noResults")}
          </p>
          {hits.length ? (
            <ol className="flex flex-col gap-3">
              {hits.map((hit) => (
                <li key={hit.slug} className="rounded-lg border border-slate-200 bg-white p-4">
                  <div className="mb-1 flex flex-wrap items-center gap-2">
                    <Link href={`/guidance/${hit.slug}`} className={`${LINK} font-semibold`}>
                      {hit.title}
                    </Link>
                    <TopicBadge topic={hit.topic} />
                    {hit.isPublished ? null : <DraftBadge />}
                  </div>
                  {hit.snippet.length ? <Snippet parts={hit.snippet} /> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-700">
              {t("noResultsHint")}{" "}
              <Link href="/guidance/wizard" className={LINK}>
                {t("wizardLink")}
              </Link>
            </p>
          )}
        </Section>
      ) : null}

      <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
        <nav aria-label={t("topicsNav")}>
          <h2 className="mb-2 text-sm font-semibold text-slate-800">{t("topicsNav")}</h2>
          <ul className="flex flex-col gap-1 text-sm">
            <li>
              <Link href="/guidance" aria-current={topic ? undefined : "page"} className={topic ? LINK : "font-semibold text-slate-900"}>
                {t("allTopics")}
              </Link>
            </li>
            {GUIDANCE_TOPICS.map((key) => (
              <li key={key}>
                <Link href={`/guidance?topic=${key}`} aria-current={topic === key ? "page" : undefined} className={topic === key ? "font-semibold text-slate-900" : LINK}>
                  {tTopic(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex flex-col gap-6">
          {byTopic.length === 0 ? <p className="text-sm text-slate-700">{t("noArticles")}</p> : null}
          {byTopic.map((group) => (
            <section key={group.topic} aria-labelledby={`topic-${group.topic}`}>
              <h2 id={`topic-${group.topic}`} className="mb-2 text-lg font-semibold">
                {tTopic(group.topic)}
              </h2>
              <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {group.articles.map((article) => (
                  <li key={article.slug} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                    <span className="flex flex-wrap items-center gap-2">
                      <Link href={`/guidance/${article.slug}`} className={LINK}>
                        {titleIn(article, language)}
                      </Link>
                      {article.isPublished ? null : <DraftBadge />}
                    </span>
                    <span className="text-xs text-slate-700">
                      {t("reviewedOn", { date: formatOfficeDay(new Date(article.lastReviewedOn)) })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}

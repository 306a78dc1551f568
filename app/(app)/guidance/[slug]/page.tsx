import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { authorize } from "@/lib/gate";
import { getArticle } from "@/lib/data/guidance";
import { can } from "@/lib/permissions";
import { TextBlocks } from "@/components/ui/text-blocks";
import { DraftBadge, TopicBadge } from "../_components/badges";
import { currentLanguage, titleIn, type Language } from "../_components/localized";
import { markReviewedAction, setPublishedAction } from "./actions";
import { formatOfficeDay } from "@/lib/dates";
import { Panel } from "@/components/ui/section";
import { DefinitionList } from "@/components/ui/definition-list";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = ["created", "saved", "reviewed", "published", "unpublished", "conflict", "notFound"] as const;

export async function generateMetadata({ params }: Props) {
  const article = await getArticle((await params).slug);
  const t = await getTranslations("guidance");
  return { title: article ? titleIn(article, await currentLanguage()) : t("title") };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const user = await authorize("guidance.read");
  const { slug } = await params;
  const article = await getArticle(slug);
  if (!article) notFound();
  const query = await searchParams;
  const uiLanguage = await currentLanguage();
  // Staff can show a person the other language's text; the interface stays in theirs.
  const language: Language = query.lang === "en" || query.lang === "sv" ? query.lang : uiLanguage;
  const other: Language = language === "sv" ? "en" : "sv";
  const notice = NOTICES.find((key) => key === query.notice);
  const t = await getTranslations("guidance");
  const isEditor = can(user.role, "guidance.edit");
  const title = titleIn(article, language);

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/guidance" className="text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      {notice ? (
        <Alert tone={notice === "conflict" || notice === "notFound" ? "error" : "success"}>{t(`notices.${notice}`)}</Alert>
      ) : null}

      <article lang={language} className="flex flex-col gap-4">
        <header className="flex flex-col gap-2">
          <div lang={uiLanguage} className="flex flex-wrap items-center gap-2">
            <TopicBadge topic={article.topic} />
            {article.isPublished ? null : <DraftBadge />}
          </div>
          <h1 className="text-2xl font-semibold">{title}</h1>
        </header>
        <TextBlocks body={language === "en" ? article.bodyEn : article.bodySv} className="max-w-prose text-slate-900" />
        {article.sources.length ? (
          <section aria-labelledby="sources-heading" className="max-w-prose">
            <h2 id="sources-heading" lang={uiLanguage} className="mb-2 text-lg font-semibold">
              {t("sources")}
            </h2>
            <ul className="list-disc space-y-1 pl-6 text-sm text-slate-800">
              {article.sources.map((source, index) => (
                <li key={index}>{source}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>

      <DefinitionList
        className="grid max-w-prose grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm"
        termClassName="font-medium text-slate-800"
        items={[
          { term: t("owner"), value: article.owner?.name ?? t("noOwner") },
          { term: t("lastReviewed"), value: formatOfficeDay(new Date(article.lastReviewedOn)) },
          { term: t("version"), value: article.version },
        ]}
      />

      <p className="text-sm">
        <Link href={`/guidance/${article.slug}?lang=${other}`} className="text-brand-700 underline" hrefLang={other}>
          {t(other === "en" ? "readInEnglish" : "readInSwedish")}
        </Link>
      </p>

      {isEditor ? (
        <Panel id="admin-heading" title={t("adminTitle")} level={2} className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-3">
            <Link href={`/guidance/${article.slug}/edit`} className={buttonClasses("primary")}>
              {t("edit")}
            </Link>
            <Link href={`/guidance/${article.slug}/revisions`} className={buttonClasses("secondary")}>
              {t("revisions")}
            </Link>
            <form action={markReviewedAction}>
              <input type="hidden" name="articleId" value={article.id} />
              <input type="hidden" name="slug" value={article.slug} />
              <Button type="submit" variant="secondary">
                {t("markReviewed")}
              </Button>
            </form>
            <form action={setPublishedAction}>
              <input type="hidden" name="articleId" value={article.id} />
              <input type="hidden" name="slug" value={article.slug} />
              <input type="hidden" name="version" value={article.version} />
              <input type="hidden" name="isPublished" value={article.isPublished ? "false" : "true"} />
              <Button type="submit" variant={article.isPublished ? "danger" : "primary"}>
                {article.isPublished ? t("unpublish") : t("publish")}
              </Button>
            </form>
          </div>
        </Panel>
      ) : null}
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth";
import { getArticle, getRevision } from "@/lib/data/guidance";
import { ArticleBody } from "../../../_components/article-body";

type Props = { params: Promise<{ slug: string; version: string }> };

async function load(params: Props["params"]) {
  const { slug, version } = await params;
  const number = /^\d{1,9}$/.test(version) ? Number(version) : NaN;
  const article = await getArticle(slug);
  if (!article || !Number.isInteger(number)) return null;
  const revision = await getRevision(article.id, number);
  return revision ? { article, revision } : null;
}

export async function generateMetadata({ params }: Props) {
  const found = await load(params);
  const t = await getTranslations("guidance.history");
  return { title: found ? t("revisionTitle", { version: found.revision.version, title: found.revision.titleSv }) : t("caption") };
}

export default async function RevisionPage({ params }: Props) {
  await requirePermission("guidance.edit");
  const found = await load(params);
  if (!found) notFound();
  const { article, revision } = found;
  const t = await getTranslations("guidance.history");
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={t("revisionTitle", { version: revision.version, title: revision.titleSv })}
        description={t("revisionIntro", {
          who: revision.savedBy ?? t("unknownWriter"),
          when: format.dateTime(revision.replacedAt, { dateStyle: "medium", timeStyle: "short" }),
        })}
      />
      <div className="flex flex-col gap-8">
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={`/guidance/${article.slug}/revisions`} className="text-brand-700 underline">
            {t("backToHistory")}
          </Link>
          <Link href={`/guidance/${article.slug}`} className="text-brand-700 underline">
            {t("backToArticle")}
          </Link>
        </p>
        {(["sv", "en"] as const).map((language) => (
          <section key={language} aria-labelledby={`revision-${language}`} className="flex flex-col gap-3">
            <h2 id={`revision-${language}`} className="text-xl font-semibold">
              {t(language === "sv" ? "swedish" : "english")}: <span lang={language}>{language === "sv" ? revision.titleSv : revision.titleEn}</span>
            </h2>
            <div lang={language}>
              <ArticleBody body={language === "sv" ? revision.bodySv : revision.bodyEn} headingLevel={3} />
            </div>
          </section>
        ))}
      </div>
    </>
  );
}

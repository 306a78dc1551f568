import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { getArticle, getRevision } from "@/lib/data/guidance";
import { TextBlocks } from "@/components/ui/text-blocks";
import { formatOfficeDateTime } from "@/lib/dates";
import { Section } from "@/components/ui/section";
import { DefinitionList } from "@/components/ui/definition-list";

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
  await authorize("guidance.edit");
  const found = await load(params);
  if (!found) notFound();
  const { article, revision } = found;
  const t = await getTranslations("guidance.history");
  const tGuidance = await getTranslations("guidance");
  const tTopics = await getTranslations("guidanceTopics");
  return (
    <>
      <PageHeader
        title={t("revisionTitle", { version: revision.version, title: revision.titleSv })}
        description={t("revisionIntro", {
          who: revision.savedBy ?? t("unknownWriter"),
          when: formatOfficeDateTime(revision.replacedAt),
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
        <Section id="revision-details" title={t("detailsTitle")} className="flex flex-col gap-2">
          {revision.topic === null ? (
            <p className="text-sm text-slate-700">{t("notRecorded")}</p>
          ) : (
            <DefinitionList
              className="grid max-w-prose grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm"
              items={[
                { term: t("topic"), value: tTopics(revision.topic) },
                { term: tGuidance("owner"), value: revision.ownerName ?? tGuidance("noOwner") },
                { term: tGuidance("lastReviewed"), value: revision.lastReviewedOn ?? "–" },
                { term: t("status"), value: revision.isPublished ? t("publishedStatus") : tGuidance("draft") },
                {
                  term: tGuidance("sources"),
                  value: (
                    <>
                      {revision.sources?.length ? (
                        <ul className="list-disc pl-5">
                          {revision.sources.map((source, index) => (
                            <li key={index}>{source}</li>
                          ))}
                        </ul>
                      ) : (
                        "–"
                      )}
                    </>
                  ),
                },
              ]}
            />
          )}
        </Section>
        {(["sv", "en"] as const).map((language) => (
          <Section
            key={language}
            id={`revision-${language}`}
            title={
              <>
                {t(language === "sv" ? "swedish" : "english")}: <span lang={language}>{language === "sv" ? revision.titleSv : revision.titleEn}</span>
              </>
            }
            className="flex flex-col gap-3"
          >
            <div lang={language}>
              <TextBlocks body={language === "sv" ? revision.bodySv : revision.bodyEn} headingLevel={3} className="max-w-prose text-slate-900" />
            </div>
          </Section>
        ))}
      </div>
    </>
  );
}

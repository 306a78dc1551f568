import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { authorize } from "@/lib/gate";
import { getArticle, getCurrentVersionSaver, listRevisions } from "@/lib/data/guidance";
import { formatOfficeDateTime } from "@/lib/dates";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const article = await getArticle((await params).slug);
  const t = await getTranslations("guidance.history");
  return { title: t("title", { title: article?.titleSv ?? "" }) };
}

export default async function RevisionsPage({ params }: Props) {
  await authorize("guidance.edit");
  const { slug } = await params;
  const article = await getArticle(slug);
  if (!article) notFound();
  const [revisions, currentSaver] = await Promise.all([listRevisions(article.id), getCurrentVersionSaver(article.id)]);
  const t = await getTranslations("guidance.history");
  const when = (date: Date) => formatOfficeDateTime(date);
  return (
    <>
      <PageHeader title={t("title", { title: article.titleSv })} description={t("intro")} />
      <div className="flex flex-col gap-4">
        <p className="text-sm">
          <Link href={`/guidance/${article.slug}`} className="text-brand-700 underline">
            {t("backToArticle")}
          </Link>
        </p>
        <Table caption={t("caption")} headers={[t("version"), t("savedBy"), t("savedAt"), t("replacedAt")]}>
          <tr>
            <Cell>
              <Link href={`/guidance/${article.slug}`} className="text-brand-700 underline">
                {t("currentVersion", { version: article.version })}
              </Link>
            </Cell>
            <Cell>{currentSaver ?? t("unknownWriter")}</Cell>
            <Cell>{when(article.updatedAt)}</Cell>
            <Cell>–</Cell>
          </tr>
          {revisions.map((revision) => (
            <tr key={revision.version}>
              <Cell>
                <Link href={`/guidance/${article.slug}/revisions/${revision.version}`} className="text-brand-700 underline">
                  {t("versionLink", { version: revision.version })}
                </Link>
              </Cell>
              <Cell>{revision.savedBy ?? t("unknownWriter")}</Cell>
              <Cell>{when(revision.savedAt)}</Cell>
              <Cell>{when(revision.replacedAt)}</Cell>
            </tr>
          ))}
        </Table>
        {revisions.length === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : null}
      </div>
    </>
  );
}

import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { contentOf, getArticle, listOwnerOptions } from "@/lib/data/guidance";
import { ArticleForm } from "../../_components/article-form";
import { topicOptions } from "../../_components/editor-options";
import { updateArticleAction } from "./actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const article = await getArticle((await params).slug);
  const t = await getTranslations("guidance.editor");
  return { title: article ? t("editTitle", { title: article.titleSv }) : t("newTitle") };
}

export default async function EditArticlePage({ params }: Props) {
  await authorize("guidance.edit");
  const { slug } = await params;
  const article = await getArticle(slug);
  if (!article) notFound();
  const [active, topics] = await Promise.all([listOwnerOptions(), topicOptions()]);
  // A deactivated owner stays selectable, so saving other changes does not drop them silently.
  const owners = article.owner && !active.some((owner) => owner.id === article.owner!.id) ? [...active, article.owner] : active;
  const t = await getTranslations("guidance.editor");
  const content = contentOf(article);
  const initial = { ...content, ownerId: content.ownerId ?? "", isPublished: content.isPublished ? "on" : "", version: String(article.version) };
  return (
    <>
      <PageHeader title={t("editTitle", { title: article.titleSv })} description={t("intro")} />
      <ArticleForm
        action={updateArticleAction.bind(null, article.id, article.slug)}
        initial={initial}
        isNew={false}
        cancelHref={`/guidance/${article.slug}`}
        owners={owners}
        topics={topics}
      />
    </>
  );
}

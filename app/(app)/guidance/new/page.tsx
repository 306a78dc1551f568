import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { authorize } from "@/lib/gate";
import { listOwnerOptions } from "@/lib/data/guidance";
import { ArticleForm } from "../_components/article-form";
import { topicOptions } from "../_components/editor-options";
import { createArticleAction } from "./actions";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("guidance.editor", "newTitle");

export default async function NewArticlePage() {
  const user = await authorize("guidance.edit");
  const [owners, topics] = await Promise.all([listOwnerOptions(), topicOptions()]);
  const t = await getTranslations("guidance.editor");
  const initial = { slug: "", topic: "WHERE_TO_REFER", titleSv: "", titleEn: "", bodySv: "", bodyEn: "", sources: "", ownerId: user.id, isPublished: "on" };
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("intro")} />
      <ArticleForm action={createArticleAction} initial={initial} isNew cancelHref="/guidance" owners={owners} topics={topics} />
    </>
  );
}

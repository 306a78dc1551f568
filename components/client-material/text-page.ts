import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { findClientMaterialTextAt } from "@/lib/data/client-material";
import { clientLanguageName } from "@/lib/client-material/languages";
import { authorize } from "@/lib/gate";

/** The route of one client-material text in one language (`/…/[kind]/[language]`). */
export type ClientMaterialTextParams = { params: Promise<{ kind: string; language: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The title of a page about one text in one language (its editor, its print view): the text's kind and the language's name. */
export function clientMaterialTextMetadata(permission: Parameters<typeof authorize>[0], titleKey: "admin.editTitle" | "print.title") {
  return async function generateMetadata({ params }: ClientMaterialTextParams) {
    await authorize(permission);
    const text = await findClientMaterialTextAt(params);
    const t = await getTranslations("clientMaterial");
    if (!text) return {};
    return { title: t(titleKey, { text: t(`kinds.${text.kind}`), language: clientLanguageName(text.language, await getLocale()) }) };
  };
}

import { getTranslations } from "next-intl/server";
import type { GuidanceTopic } from "@/lib/vocabularies/guidance-topics";

export async function TopicBadge({ topic }: { topic: GuidanceTopic }) {
  const t = await getTranslations("guidanceTopics");
  return <span className="inline-block rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">{t(topic)}</span>;
}

export async function DraftBadge() {
  const t = await getTranslations("guidance");
  return <span className="inline-block rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">{t("draft")}</span>;
}

import { getTranslations } from "next-intl/server";
import { GUIDANCE_TOPICS } from "@/lib/vocabularies/guidance-topics";


export async function topicOptions(): Promise<{ value: string; label: string }[]> {
  const t = await getTranslations("guidanceTopics");
  return GUIDANCE_TOPICS.map((topic) => ({ value: topic, label: t(topic) }));
}

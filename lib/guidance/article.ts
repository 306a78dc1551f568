import type { GuidanceTopic } from "../vocabularies/guidance-topics";

/** What an article says, in both languages: what the seed writes and what the data layer reads back. */
export type ArticleText = {
  slug: string;
  topic: GuidanceTopic;
  titleSv: string;
  titleEn: string;
  bodySv: string;
  bodyEn: string;
  /** One source a line as stored, one an item here. */
  sources: string[];
};

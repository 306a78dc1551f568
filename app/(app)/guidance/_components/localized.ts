import { getLocale } from "next-intl/server";

export type Language = "sv" | "en";

export async function currentLanguage(): Promise<Language> {
  return (await getLocale()) === "en" ? "en" : "sv";
}

export function titleIn(article: { titleSv: string; titleEn: string }, language: Language): string {
  return language === "en" ? article.titleEn : article.titleSv;
}

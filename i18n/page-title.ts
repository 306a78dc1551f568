import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/**
 * A page's `generateMetadata` when its title is one message of the user's language:
 * `export const generateMetadata = pageTitle("plan")`. The root layout's template adds
 * the app's name (and a case's layout the case number).
 */
export function pageTitle(namespace: string, key = "title") {
  return async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations(namespace);
    return { title: t(key) };
  };
}

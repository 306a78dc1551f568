import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

/**
 * The first lines of a case's page: the case id from the address, what the page shows of the case, and
 * the page's messages. A data function answers null for a case outside the user's scope as for one that
 * does not exist, and the page answers 404 to both, so that forbidden looks the same as missing.
 */
export async function openCasePage<T>(params: Promise<{ caseId: string }>, load: (caseId: string) => Promise<T | null>, namespace: string) {
  const { caseId } = await params;
  const found = await load(caseId);
  if (!found) notFound();
  const t = await getTranslations(namespace);
  return { caseId, found, t };
}

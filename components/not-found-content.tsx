import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * What "not found" (and "forbidden", which looks the same) says. Without a
 * <main> of its own: the root page wraps it in one, the signed-in layout
 * already has one (one page, one main landmark).
 */
export async function NotFoundContent() {
  const t = await getTranslations("app");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("notFound")}</h1>
      <Link href="/" className="text-brand-700 underline">
        {t("backHome")}
      </Link>
    </>
  );
}
